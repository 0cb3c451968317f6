package id.spbe.analytics.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.analytics.dashboard.DashboardServer;
import id.spbe.analytics.dashboard.fixture.SharedWarehouse;
import id.spbe.analytics.dashboard.fixture.WarehouseFixture;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Formulas behind leading whitespace, as refused cells can hold them: spreadsheets trim the whitespace and would
 * run the rest. Each must come out of the CSV and the XLSX export with the apostrophe; plain text must not.
 */
class FormulaCasesExportTest {
  /** source_row to raw value; rows 1-8 are formulas, 9-10 plain text. */
  private static final Map<Integer, String> VALUES = Map.of(1, " =1+2", 2, "\t=1+2", 3, "\r=1+2", 4, "\n+1",
      5, "  @SUM(A1)", 6, "\u00A0-2+3", 7, " \t =HYPERLINK(\"http://contoh.invalid\")", 8, "=1+2", 9, " 1-2",
      10, "Nilai 1=2");
  @TempDir
  static Path root;
  private static DashboardServer server;

  @BeforeAll
  static void start() {
    StringBuilder rows = new StringBuilder();
    VALUES.forEach((row, value) -> rows.append(rows.isEmpty() ? "" : ",\n").append("('x.xlsx', 'S', ").append(row)
        .append(", 'level', ").append(sql(value)).append(", 'LEVEL_NOT_INTEGER', 'pesan', 'message')"));
    new WarehouseFixture(root).blitar("v-000001", "2.76").table("v-000001", "quarantined_row", """
        select '%s' as run_id, * from (values %s)
          t(source_file, source_sheet, source_row, column_name, raw_value, reason_code, message_id, message_en)
        """.formatted(SharedWarehouse.REFUSED_RUN, rows)).publish("v-000001");
    server = new DashboardServer(root, Duration.ofSeconds(5));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void csvNeutralisesFormulasBehindWhitespace() throws IOException {
    String csv = new String(server.bytes("/api/export/karantina?format=csv&lang=en&run=" + SharedWarehouse.REFUSED_RUN)
        .body(), StandardCharsets.UTF_8);
    Map<Integer, String> cells = new HashMap<>();
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    for (CSVRecord r : records) {
      if (r.size() > 4 && r.get(0).equals("x.xlsx")) {
        cells.put(Integer.parseInt(r.get(2)), r.get(4));
      }
    }
    assertThat(cells).hasSize(VALUES.size());
    VALUES.forEach((row, value) -> assertThat(cells.get(row)).as("row %d", row)
        .isEqualTo(row <= 8 ? "'" + value : value));
  }

  @Test
  void xlsxNeutralisesFormulasBehindWhitespaceAndWritesNoFormula() throws IOException {
    byte[] body = server.bytes("/api/export/karantina?format=xlsx&lang=en&run=" + SharedWarehouse.REFUSED_RUN).body();
    Map<Integer, Cell> cells = new HashMap<>();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
      for (Row row : book.getSheetAt(0)) {
        for (Cell cell : row) {
          assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
        }
        if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("x.xlsx")) {
          cells.put((int) row.getCell(2).getNumericCellValue(), row.getCell(4));
        }
      }
      assertThat(cells).hasSize(VALUES.size());
      VALUES.forEach((row, value) -> {
        Cell cell = cells.get(row);
        assertThat(cell.getStringCellValue()).as("row %d", row).isEqualTo(row <= 8 ? "'" + value : value);
        assertThat(cell.getCellStyle().getQuotePrefixed()).as("row %d", row).isEqualTo(row <= 8);
      });
    }
  }

  private static String sql(String value) {
    StringBuilder out = new StringBuilder("(''");
    value.codePoints().forEach(cp -> out.append(" || chr(").append(cp).append(")"));
    return out.append(")").toString();
  }
}
