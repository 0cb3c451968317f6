package id.spbe.analytics.dashboard.export;

import id.spbe.analytics.dashboard.language.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a table as CSV the way a spreadsheet in that language opens it: Indonesian uses {@code ;} between fields
 * and a decimal comma (2,76), English {@code ,} and a decimal point (2.76). UTF-8 with a byte order mark so Excel
 * reads the names right; RFC 4180 quoting.
 */
public final class CsvExport {
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private CsvExport() {}

  public static byte[] write(ExportTable table, Language language) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setDelimiter(language.decimalSeparator() == ',' ? ';' : ',')
        .setRecordSeparator("\r\n")
        .setCommentMarker('#')
        .get();
    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
         CSVPrinter printer = new CSVPrinter(writer, format)) {
      writer.write('\uFEFF');
      // what the file holds, as the XLSX's about sheet says it: one "# name: value" line each (version,
      // illustrative mark, instansi, filters, made at), then the header; see docs/exports.md
      for (var line : table.about().entrySet()) {
        printer.printComment(line.getKey() + ": " + line.getValue());
      }
      printer.printRecord(table.headers().stream().map(FormulaGuard::neutralise).toList());
      for (List<Object> row : table.rows()) {
        List<String> cells = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
          cells.add(cell(table, i, row.get(i), language));
        }
        printer.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write CSV " + table.title(), e);
    }
    return out.toByteArray();
  }

  private static String cell(ExportTable table, int column, Object value, Language language) {
    if (value == null) {
      return "";
    }
    return switch (table.types().get(column)) {
      case TEXT, INDICATOR -> FormulaGuard.neutralise(String.valueOf(value));
      case CODE -> FormulaGuard.neutralise(table.code(value));
      case INTEGER, DATE -> String.valueOf(value);
      case DECIMAL -> language.number(decimal(value), table.scales().get(column));
      case TIMESTAMP -> ((LocalDateTime) value).format(TIMESTAMP);
      case BOOLEAN -> table.code(value);
    };
  }

  static BigDecimal decimal(Object value) {
    return value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
  }
}
