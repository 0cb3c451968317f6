package id.spbe.analytics.pipeline.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the XLSX fixtures in code, the way planners' workbooks look: cells typed as Excel types them (numbers
 * as numbers, dates as dates, text as text), merged titles and headers, hidden sheets, error cells.
 * A cell value of {@code Integer}/{@code Double} becomes a numeric cell, {@code LocalDate} a date cell,
 * {@link FormulaError} an error cell, {@code null} no cell; anything else a text cell.
 */
final class Workbooks {
  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final CellStyle dateStyle;
  private Sheet sheet;

  Workbooks() {
    dateStyle = workbook.createCellStyle();
    dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
  }

  Workbooks sheet(String name) {
    sheet = workbook.createSheet(name);
    return this;
  }

  Workbooks hidden() {
    workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
    return this;
  }

  /** Cells of the row with this 1-based number, from column A. */
  Workbooks row(int rowNumber, Object... cells) {
    Row row = sheet.createRow(rowNumber - 1);
    for (int i = 0; i < cells.length; i++) {
      Object value = cells[i];
      if (value == null) {
        continue;
      }
      Cell cell = row.createCell(i);
      if (value instanceof Integer n) {
        cell.setCellValue(n);
      } else if (value instanceof Double d) {
        cell.setCellValue(d);
      } else if (value instanceof LocalDate date) {
        cell.setCellValue(date);
        cell.setCellStyle(dateStyle);
      } else if (value instanceof Boolean b) {
        cell.setCellValue(b);
      } else if (value instanceof FormulaError error) {
        cell.setCellErrorValue(error.getCode());
      } else {
        cell.setCellValue(value.toString());
      }
    }
    return this;
  }

  /** Merges an A1-style range, e.g. "A1:F1"; the value stays in its top-left cell, as Excel keeps it. */
  Workbooks merge(String range) {
    sheet.addMergedRegion(CellRangeAddress.valueOf(range));
    return this;
  }

  byte[] bytes() throws IOException {
    try (workbook; java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      workbook.write(out);
      return out.toByteArray();
    }
  }

  Path writeTo(Path file) throws IOException {
    try (workbook; OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
    return file;
  }
}
