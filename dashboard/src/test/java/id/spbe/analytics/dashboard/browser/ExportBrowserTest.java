package id.spbe.analytics.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Clicking an export downloads a file that opens with the numbers on the screen, in the chosen language. */
class ExportBrowserTest extends FixtureBrowserTest {

  @BeforeEach
  void emptyDownloads() {
    browser.clearDownloads();
  }

  @Test
  void theGapTableDownloadsAsXlsxWithTypedNumbersAndEnglishHeaders() throws IOException {
    open("/indikator.html?instansi=6521&year=2025&lang=en", "indikator-export");
    element("#gap-exports a[data-format='xlsx']").click();
    Path file = browser.awaitDownload(".xlsx");
    assertThat(file.getFileName().toString()).isEqualTo("spbe-indikator-6521-2025-spbe2020-en.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Indicator");
      assertThat(sheet.getLastRowNum()).isEqualTo(10);
      Row first = sheet.getRow(1);
      assertThat(first.getCell(0).getNumericCellValue()).as("indicator numbers as numbers").isEqualTo(32.0);
      assertThat(first.getCell(12).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(first.getCell(12).getNumericCellValue()).isEqualTo(0.0275);
      assertThat(first.getCell(13).getStringCellValue()).isEqualTo("BAPPEDA");
    }
  }

  @Test
  void theFilteredGapTableDownloadsAsIndonesianCsv() throws IOException {
    open("/indikator.html?instansi=6521&year=2025&domain=D4&lang=id", "indikator-export-csv");
    element("#gap-exports a[data-format='csv']").click();
    Path file = browser.awaitDownload(".csv");
    String csv = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF# Versi data: v-000001");
    assertThat(file.getFileName().toString()).endsWith("-id.csv");
    List<String> lines = csv.substring(1).lines().dropWhile(l -> l.startsWith("# ")).toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("No.;Indikator;Domain;Aspek;Level mandiri");
    assertThat(lines.get(1)).startsWith("32;Tingkat Kematangan Layanan Perencanaan;D4;A7;3,00;2,00;")
        .contains(";0,0275;");
  }

  @Test
  void thePdfReportDownloadsWithItsSectionsInTheChosenLanguage() throws IOException {
    open("/?instansi=6521&lang=en", "ringkasan-report");
    element("#report-link").click();
    Path file = browser.awaitDownload(".pdf");
    assertThat(file.getFileName().toString()).isEqualTo("laporan-rpjmd-6521-2025-en.pdf");
    PdfReader reader = new PdfReader(Files.readAllBytes(file));
    try {
      int pages = reader.getNumberOfPages();
      assertThat(pages).isEqualTo(3);
      String first = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
      assertThat(first).contains("RPJMD Review Report").contains("Kabupaten Blitar (6521)").contains("3.36 (Baik / Good)");
      String second = new PdfTextExtractor(reader).getTextFromPage(2).replaceAll("\\s+", " ");
      assertThat(second).contains("Action plan to the RPJMD target").contains("3.52 (Sangat Baik / Very good)");
      String last = new PdfTextExtractor(reader).getTextFromPage(pages).replaceAll("\\s+", " ");
      assertThat(last).contains("Method note").contains("Annex: every indicator (2025)")
          .contains("Page " + pages + " of " + pages);
    } finally {
      reader.close();
    }
  }
}
