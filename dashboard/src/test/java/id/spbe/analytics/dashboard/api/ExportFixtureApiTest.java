package id.spbe.analytics.dashboard.api;

import static id.spbe.analytics.dashboard.api.ExportApiTest.csvLines;
import static id.spbe.analytics.dashboard.api.ExportApiTest.rowOf;
import static id.spbe.analytics.dashboard.api.ExportApiTest.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The exports of states the sample cannot produce: its justifications and file names hold no text shaped like a
 * formula, and its one run was published, so there is no refused run with quarantined rows (fixture/BlitarTables,
 * RunTables).
 */
class ExportFixtureApiTest extends FixtureApiTest {

  @Test
  void csvNeutralisesFormulas() {
    String all = String.join("\n", csvLines("/api/export/indikator?format=csv&lang=en&instansi=6521&year=2025"));
    assertThat(all).contains("\"'=HYPERLINK(\"\"http://contoh.invalid\"\",\"\"audit\"\")\"").contains(",'+31.Laporan-Audit.pdf")
        .contains(",'-Peta rencana diterapkan pada seluruh OPD,").contains(",'@Tim koordinasi SPBE rapat triwulanan,")
        .contains("\"12.Notulen;Reviu \"\"Peta\"\" 2025.pdf\"");
  }

  @Test
  void xlsxNeutralisesFormulas() throws IOException {
    try (XSSFWorkbook book = xlsx("/api/export/indikator?format=xlsx&lang=id&instansi=6521&year=2025")) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Indikator");
      for (Row row : sheet) {
        for (Cell cell : row) {
          assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
        }
      }
      Row audit = rowOf(sheet, "31");
      assertThat(audit.getCell(16).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://contoh.invalid\",\"audit\")");
      assertThat(audit.getCell(16).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(audit.getCell(17).getStringCellValue()).isEqualTo("'+31.Laporan-Audit.pdf");
    }
    try (XSSFWorkbook book = xlsx("/api/export/karantina?format=xlsx&lang=en&run=20261128T120000Z-aaaa")) {
      Row first = book.getSheetAt(0).getRow(1);
      assertThat(first.getCell(4).getStringCellValue()).isEqualTo("'=1+2");
      assertThat(first.getCell(6).getStringCellValue()).isEqualTo("The level must be a whole number");
    }
  }

  @Test
  void theQuarantineOfARefusedRunExportsInBothFormats() throws IOException {
    assertThat(csvLines("/api/export/karantina?format=csv&run=20261128T120000Z-aaaa").size()).isGreaterThan(1);
    try (XSSFWorkbook book = xlsx("/api/export/karantina?format=xlsx&run=20261128T120000Z-aaaa")) {
      assertThat(book.getSheetAt(0).getLastRowNum()).isGreaterThan(0);
    }
  }
}
