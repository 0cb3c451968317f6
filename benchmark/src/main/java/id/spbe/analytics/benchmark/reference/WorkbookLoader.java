package id.spbe.analytics.benchmark.reference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Loads the generated workbooks: POI reads the cells (DuckDB has no XLSX reader without downloading its excel
 * extension), DuckDB's appender takes them into a staging table, from which they go into raw_&lt;kind&gt; by name.
 */
final class WorkbookLoader {
  private WorkbookLoader() {}

  static void load(DuckDBConnection connection, Path dir, List<ManifestFile> files) throws SQLException, IOException {
    for (ManifestFile f : files) {
      if (f.isWorkbook()) {
        loadOne(connection, dir.resolve(f.path()), f);
      }
    }
  }

  private static void loadOne(DuckDBConnection connection, Path file, ManifestFile f) throws SQLException, IOException {
    try (Statement sql = connection.createStatement()) {
      sql.execute("create or replace temp table workbook_rows (source_file varchar, "
          + f.fields().stream().map(c -> "\"" + c + "\" varchar").collect(Collectors.joining(", ")) + ")");
      try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in);
           DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "workbook_rows")) {
        Sheet sheet = workbook.getSheetAt(0);
        for (int r = f.headerRow(); r <= sheet.getLastRowNum(); r++) {
          Row row = sheet.getRow(r);
          if (row == null) {
            continue;
          }
          appender.beginRow();
          appender.append(file.toString());
          for (int c = 0; c < f.fields().size(); c++) {
            String value = text(row.getCell(c));
            if (value == null) {
              appender.appendNull();
            } else {
              appender.append(value);
            }
          }
          appender.endRow();
        }
      }
      sql.execute("insert into raw_" + f.kind() + " by name select * from workbook_rows");
    }
  }

  /** A cell as the pipeline reads it: integers without ".0", dates as ISO text, blanks as null. */
  static String text(Cell cell) {
    if (cell == null) {
      return null;
    }
    return switch (cell.getCellType()) {
      case STRING -> cell.getStringCellValue().isEmpty() ? null : cell.getStringCellValue();
      case NUMERIC -> DateUtil.isCellDateFormatted(cell)
          ? DateTimeFormatter.ISO_LOCAL_DATE.format(cell.getLocalDateTimeCellValue().toLocalDate())
          : new java.math.BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      default -> null;
    };
  }
}
