package id.spbe.analytics.dashboard.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a table as an XLSX workbook with typed cells: numbers as numbers with the column's decimals (Excel shows
 * them in the reader's own notation), dates as dates, booleans as booleans, headers in the chosen language. Text
 * that a spreadsheet would run as a formula is neutralised. A second sheet says what was exported.
 */
public final class XlsxExport {
  private XlsxExport() {}

  public static byte[] write(ExportTable table) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(workbook);
      Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
      header(sheet, table.headers(), styles.header);
      for (int r = 0; r < table.rows().size(); r++) {
        Row row = sheet.createRow(r + 1);
        List<Object> values = table.rows().get(r);
        for (int c = 0; c < values.size(); c++) {
          cell(row.createCell(c), table, c, values.get(c), styles);
        }
      }
      sheet.createFreezePane(0, 1);
      if (!table.headers().isEmpty()) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, table.rows().size()), 0, table.headers().size() - 1));
      }
      widths(sheet, table);
      about(workbook, table, styles.header);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write XLSX " + table.title(), e);
    }
  }

  static void header(Sheet sheet, List<String> headers, CellStyle style) {
    Row row = sheet.createRow(0);
    for (int c = 0; c < headers.size(); c++) {
      Cell cell = row.createCell(c);
      cell.setCellValue(FormulaGuard.neutralise(headers.get(c)));
      cell.setCellStyle(style);
    }
  }

  static void cell(Cell cell, ExportTable table, int column, Object value, Styles styles) {
    if (value == null) {
      return;
    }
    switch (table.types().get(column)) {
      case TEXT, CODE -> text(cell, table.types().get(column) == ColumnType.CODE ? table.code(value)
          : String.valueOf(value), styles);
      case INTEGER -> {
        cell.setCellValue(((Number) value).doubleValue());
        cell.setCellStyle(styles.integer);
      }
      case INDICATOR -> {
        String code = String.valueOf(value);
        if (code.matches("\\d{1,9}")) {
          cell.setCellValue(Integer.parseInt(code));
          cell.setCellStyle(styles.integer);
        } else {
          text(cell, code, styles);
        }
      }
      case DECIMAL -> {
        cell.setCellValue(CsvExport.decimal(value).doubleValue());
        cell.setCellStyle(styles.decimal(table.scales().get(column)));
      }
      case DATE -> {
        cell.setCellValue((LocalDate) value);
        cell.setCellStyle(styles.date);
      }
      case TIMESTAMP -> {
        cell.setCellValue((LocalDateTime) value);
        cell.setCellStyle(styles.timestamp);
      }
      case BOOLEAN -> cell.setCellValue((Boolean) value);
    }
  }

  /** Risky text keeps the apostrophe (so it survives a later save as CSV) and is marked quote-prefixed. */
  private static void text(Cell cell, String text, Styles styles) {
    if (FormulaGuard.isRisky(text)) {
      cell.setCellValue(FormulaGuard.neutralise(text));
      cell.setCellStyle(styles.quoted);
    } else {
      cell.setCellValue(text);
    }
  }

  static void widths(Sheet sheet, ExportTable table) {
    for (int c = 0; c < table.headers().size(); c++) {
      int longest = table.headers().get(c).length();
      for (List<Object> row : table.rows()) {
        Object v = row.get(c);
        longest = Math.max(longest, v == null ? 0 : Math.min(60, String.valueOf(v).length()));
      }
      sheet.setColumnWidth(c, Math.min(255, longest + 2) * 256);
    }
  }

  static void about(XSSFWorkbook workbook, ExportTable table, CellStyle bold) {
    Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.messages().text("export.aboutSheet")));
    int r = 0;
    for (Map.Entry<String, String> line : table.about().entrySet()) {
      Row row = sheet.createRow(r++);
      Cell key = row.createCell(0);
      key.setCellValue(FormulaGuard.neutralise(line.getKey()));
      key.setCellStyle(bold);
      row.createCell(1).setCellValue(FormulaGuard.neutralise(line.getValue()));
    }
    sheet.setColumnWidth(0, 28 * 256);
    sheet.setColumnWidth(1, 60 * 256);
  }

  /**
   * Cell styles are workbook-wide and limited in number: made once per workbook and shared (also by the workbooks
   * of several sheets, {@link OpdWorkbook}).
   */
  static final class Styles {
    final CellStyle header;
    final CellStyle integer;
    final CellStyle date;
    final CellStyle timestamp;
    final CellStyle quoted;
    private final Map<Integer, CellStyle> decimals = new HashMap<>();
    private final XSSFWorkbook workbook;
    private final DataFormat formats;

    Styles(XSSFWorkbook workbook) {
      this.workbook = workbook;
      this.formats = workbook.createDataFormat();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      integer = format("0");
      date = format("yyyy-mm-dd");
      timestamp = format("yyyy-mm-dd hh:mm:ss");
      quoted = workbook.createCellStyle();
      quoted.setQuotePrefixed(true);
    }

    CellStyle decimal(int scale) {
      return decimals.computeIfAbsent(scale, s -> format(s == 0 ? "0" : "0." + "0".repeat(s)));
    }

    private CellStyle format(String pattern) {
      CellStyle style = workbook.createCellStyle();
      style.setDataFormat(formats.getFormat(pattern));
      return style;
    }
  }
}
