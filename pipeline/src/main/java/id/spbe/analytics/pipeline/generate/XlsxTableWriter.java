package id.spbe.analytics.pipeline.generate;

import id.spbe.analytics.pipeline.generate.GeneratedTable.IndicatorCell;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a table as an Excel workbook the way planners' recaps look: two title rows and a blank row above the
 * header. The bytes depend only on the content: workbook dates and zip entry times are fixed.
 */
final class XlsxTableWriter {
  /** Excel's row of the header (1-based), below the title rows. */
  static final int HEADER_ROW = 4;
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2018, 1, 1, 0, 0);

  private XlsxTableWriter() {}

  /** Streaming (SXSSF): XMLBeans would spend most of the generator's time saving large sheets. */
  static byte[] write(GeneratedTable table) {
    XSSFWorkbook template = new XSSFWorkbook();
    template.getProperties().getCoreProperties().setCreated(Optional.of(new Date(0)));
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(template, 200)) {
      Sheet sheet = workbook.createSheet("Data");
      CellStyle dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      sheet.createRow(0).createCell(0).setCellValue(table.title());
      sheet.createRow(1).createCell(0).setCellValue(Columns.ILLUSTRATIVE_NOTE);
      Row header = sheet.createRow(HEADER_ROW - 1);
      for (int c = 0; c < table.columns().size(); c++) {
        header.createCell(c).setCellValue(Dialect.XLSX.header(table.columns().get(c)));
      }
      for (int r = 0; r < table.rows().size(); r++) {
        Row row = sheet.createRow(HEADER_ROW + r);
        List<Object> values = table.rows().get(r);
        for (int c = 0; c < values.size(); c++) {
          fill(row.createCell(c), values.get(c), dateStyle);
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      workbook.dispose(); // its temporary sheet files
      return withFixedEntryTimes(bytes.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write workbook " + table.path(), e);
    }
  }

  private static void fill(Cell cell, Object value, CellStyle dateStyle) {
    if (value instanceof Integer n) {
      cell.setCellValue(n);
    } else if (value instanceof BigDecimal d) {
      cell.setCellValue(d.doubleValue());
    } else if (value instanceof LocalDate date) {
      cell.setCellValue(date);
      cell.setCellStyle(dateStyle);
    } else if (value instanceof Boolean flag) {
      cell.setCellValue(flag ? "ya" : "tidak");
    } else if (value instanceof IndicatorCell indicator) {
      if (indicator.item() == 0) {
        cell.setCellValue(Integer.parseInt(indicator.code()));
      } else {
        cell.setCellValue(indicator.text());
      }
    } else if (value instanceof Raw raw) {
      cell.setCellValue(raw.text());
    } else if (value != null) {
      cell.setCellValue(value.toString());
    }
  }

  /**
   * POI stamps every zip entry with the current time; the same content must give the same bytes. Read through
   * the central directory (ZipFile): SXSSF writes entries with data descriptors, which ZipInputStream refuses.
   */
  private static byte[] withFixedEntryTimes(byte[] workbook) throws IOException {
    Path temporary = Files.createTempFile("spbe-generate-", ".xlsx");
    try {
      Files.write(temporary, workbook);
      ByteArrayOutputStream out = new ByteArrayOutputStream(workbook.length);
      try (ZipFile in = new ZipFile(temporary.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
        for (ZipEntry entry : Collections.list(in.entries())) {
          ZipEntry fixed = new ZipEntry(entry.getName());
          fixed.setTimeLocal(FIXED_TIME); // DOS time as given: no time-zone conversion
          zip.putNextEntry(fixed);
          try (InputStream content = in.getInputStream(entry)) {
            content.transferTo(zip);
          }
          zip.closeEntry();
        }
      }
      return out.toByteArray();
    } finally {
      Files.delete(temporary);
    }
  }
}
