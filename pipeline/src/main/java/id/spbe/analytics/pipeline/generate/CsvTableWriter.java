package id.spbe.analytics.pipeline.generate;

import id.spbe.analytics.pipeline.generate.GeneratedTable.IndicatorCell;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes a table as CSV text in one of the CSV dialects (RFC 4180 quoting). */
final class CsvTableWriter {
  private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private CsvTableWriter() {}

  static byte[] write(GeneratedTable table, Dialect dialect) {
    StringBuilder out = new StringBuilder(64 * (table.rows().size() + 1));
    line(out, table.columns().stream().map(dialect::header).toList(), dialect);
    List<Column> columns = table.columns();
    for (int r = 0; r < table.rows().size(); r++) {
      List<Object> row = table.rows().get(r);
      String[] cells = new String[row.size()];
      for (int c = 0; c < cells.length; c++) {
        cells[c] = text(row.get(c), columns.get(c), dialect, r);
      }
      line(out, List.of(cells), dialect);
    }
    return out.toString().getBytes(dialect.charset());
  }

  /** A value as the dialect writes it; one level in nine as "Level 3", as planners type it. */
  static String text(Object value, Column column, Dialect dialect, int rowIndex) {
    boolean indonesian = dialect == Dialect.ID_CSV;
    if (value == null) {
      return "";
    }
    if (value instanceof Raw raw) {
      return raw.text();
    }
    if (value instanceof Integer level && column.type() == CellType.LEVEL && indonesian && rowIndex % 9 == 4) {
      return "Level " + level;
    }
    if (value instanceof BigDecimal decimal) {
      String plain = decimal.toPlainString();
      return indonesian ? plain.replace('.', ',') : plain;
    }
    if (value instanceof LocalDate date) {
      return indonesian ? DAY_FIRST.format(date) : date.toString();
    }
    if (value instanceof Boolean flag) {
      return indonesian ? (flag ? "ya" : "tidak") : (flag ? "yes" : "no");
    }
    if (value instanceof IndicatorCell indicator) {
      return indicator.text();
    }
    return value.toString();
  }

  private static void line(StringBuilder out, List<String> cells, Dialect dialect) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(dialect.separator());
      }
      out.append(quoted(cells.get(i), dialect.separator()));
    }
    out.append(dialect.lineEnd());
  }

  private static String quoted(String cell, char separator) {
    boolean needs = cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
        || cell.indexOf('\r') >= 0;
    return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
