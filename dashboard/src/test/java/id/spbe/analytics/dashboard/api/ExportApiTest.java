package id.spbe.analytics.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.analytics.dashboard.DashboardServer;
import id.spbe.analytics.dashboard.fixture.SharedWarehouse;
import id.spbe.analytics.dashboard.security.Access;
import id.spbe.analytics.dashboard.security.MutableClock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExportApiTest extends FixtureApiTest {

  private static List<String> csvLines(String pathAndQuery) {
    HttpResponse<byte[]> response = server.bytes(pathAndQuery);
    assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
    String text = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF# ");
    // the "# name: value" lines that say what the file holds come first; the table follows
    return text.substring(1).lines().dropWhile(l -> l.startsWith("# ")).toList();
  }

  private static List<String> csvAbout(String pathAndQuery) {
    String text = new String(server.bytes(pathAndQuery).body(), StandardCharsets.UTF_8);
    return text.substring(1).lines().takeWhile(l -> l.startsWith("# ")).toList();
  }

  @Test
  void csvExportsSayWhatTheyHoldAsTheXlsxAboutSheetDoes() throws IOException {
    String query = "/api/export/indikator?lang=id&instansi=6521&year=2025&format=";
    List<String> about = csvAbout(query + "csv");
    List<String> sheet = new java.util.ArrayList<>();
    try (XSSFWorkbook book = xlsx(query + "xlsx")) {
      for (Row row : book.getSheetAt(1)) {
        sheet.add("# " + row.getCell(0).getStringCellValue() + ": " + row.getCell(1).getStringCellValue());
      }
    }
    assertThat(about).isEqualTo(sheet).contains("# Versi data: v-000001")
        .anySatisfy(l -> assertThat(l).startsWith("# Instansi: Kabupaten Blitar"))
        .anySatisfy(l -> assertThat(l).matches("# Dibuat: \\d{1,2} [A-Z][a-z]+ \\d{4} \\d{2}\\.\\d{2} WIB"));
    assertThat(csvAbout("/api/export/indikator?lang=en&instansi=6521&year=2025&format=csv"))
        .anySatisfy(l -> assertThat(l).matches("# Made: \\d{1,2} [A-Z][a-z]+ \\d{4} \\d{2}:\\d{2} WIB"));
  }

  @Test
  void fileNamesCarryTheLanguageAndTheFrameworkAsPeopleSayItAndFormatTakesAnyCase() {
    for (String lang : List.of("id", "en")) {
      HttpResponse<byte[]> response = server.bytes("/api/export/indikator?format=XLSX&lang=" + lang
          + "&instansi=6521&year=2025");
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Disposition")).get().asString()
          .endsWith("filename=\"spbe-indikator-6521-2025-spbe2020-" + lang + ".xlsx\"");
    }
    HttpResponse<byte[]> csv = server.bytes("/api/export/rencana?format=Csv&lang=en&instansi=6521&framework=PEMDI_2026");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition")).get().asString()
        .endsWith("filename=\"spbe-rencana-6521-pemdi2026-en.csv\"").doesNotContain("PEMDI_");
  }

  @Test
  void xlsxIndicatorNumbersAreNumbersSoThatExcelSorts1To10() throws IOException {
    try (XSSFWorkbook book = xlsx("/api/export/indikator?format=xlsx&lang=id&instansi=6521&year=2025")) {
      Cell code = book.getSheetAt(0).getRow(1).getCell(0);
      assertThat(code.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(code.getNumericCellValue()).isEqualTo(32.0);
    }
  }

  @Test
  void theNationalExportSaysScopeAndStatusInWordsWithoutFileProvenance() {
    List<String> lines = csvLines("/api/export/nasional?format=csv&lang=id&instansi=6521");
    assertThat(lines.get(0)).doesNotContain("Sumber");
    assertThat(String.join("\n", lines)).contains(";indeks;").contains("terverifikasi").contains("satu sumber")
        .doesNotContain("fixture").doesNotContain(";index;").doesNotContain("single_source");
  }

  private static XSSFWorkbook xlsx(String pathAndQuery) throws IOException {
    HttpResponse<byte[]> response = server.bytes(pathAndQuery);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition")).get().asString()
        .startsWith("attachment; filename=\"spbe-").endsWith(".xlsx\"");
    return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
  }

  /** The "Dibuat" (made) line of a workbook's about sheet. */
  private static String madeAt(XSSFWorkbook book) {
    for (Row row : book.getSheetAt(1)) {
      if (row.getCell(0).getStringCellValue().equals("Dibuat")) {
        return row.getCell(1).getStringCellValue();
      }
    }
    throw new AssertionError("no Dibuat line on the about sheet");
  }

  @Test
  void everyRowOfEveryExportOfSampleDataSaysItIsIllustrative() throws IOException {
    for (String dataset : List.of("tren", "aspek", "indikator", "rencana", "opd")) {
      List<String> lines = csvLines("/api/export/" + dataset + "?format=csv&lang=id&instansi=6521&year=2025");
      assertThat(lines.get(0)).as(dataset).endsWith(";Data ilustratif");
      assertThat(lines.subList(1, lines.size())).as(dataset).isNotEmpty()
          .allSatisfy(l -> assertThat(l).endsWith(";contoh ilustratif (bukan angka resmi)"));
    }
    assertThat(csvLines("/api/export/indikator?format=csv&lang=en&instansi=6521&year=2025").get(1))
        .endsWith(",illustrative sample data (not official)");
    try (XSSFWorkbook book = xlsx("/api/export/indikator?format=xlsx&lang=id&instansi=6521&year=2025")) {
      Row header = book.getSheetAt(0).getRow(0);
      assertThat(header.getCell(header.getLastCellNum() - 1).getStringCellValue()).isEqualTo("Data ilustratif");
      Row first = book.getSheetAt(0).getRow(1);
      assertThat(first.getCell(header.getLastCellNum() - 1).getStringCellValue())
          .isEqualTo("contoh ilustratif (bukan angka resmi)");
      assertThat(book.getSheetAt(1).getRow(1).getCell(1).getStringCellValue()).startsWith("DATA ILUSTRATIF");
    }
  }

  @Test
  void exportsNameFrameworksAsPeopleSayThem() throws IOException {
    for (String lang : List.of("id", "en")) {
      List<String> trend = csvLines("/api/export/tren?format=csv&lang=" + lang + "&instansi=6521");
      assertThat(String.join("\n", trend)).as(lang).contains("SPBE 2020 (PermenPANRB 59/2020)")
          .doesNotContainPattern("PERMEN_\\d|PEMDI_\\d");
      try (XSSFWorkbook book = xlsx("/api/export/rencana?format=xlsx&lang=" + lang + "&instansi=6521")) {
        StringBuilder about = new StringBuilder();
        book.getSheetAt(1).forEach(r -> r.forEach(c -> about.append(c.getStringCellValue()).append(' ')));
        assertThat(about.toString()).as(lang).doesNotContainPattern("PERMEN_\\d|PEMDI_\\d");
      }
    }
  }

  @Test
  void theSameExportOnTheSameDayIsTheSameFileAndIsMadeAgainTheNextDay() throws IOException {
    MutableClock clock = new MutableClock(); // 2026-11-28 08:00 UTC
    String url = "/api/export/indikator?format=xlsx&lang=id&instansi=6521&year=2025";
    try (DashboardServer own =
        new DashboardServer(SharedWarehouse.root(), Duration.ofSeconds(5), Access.open(), clock)) {
      // 08:00 UTC is 15.00 WIB, the pemda's office time, said with its zone
      assertThat(madeAt(new XSSFWorkbook(new ByteArrayInputStream(own.bytes(url).body()))))
          .isEqualTo("28 November 2026 15.00 WIB");
      clock.advance(Duration.ofHours(2));
      assertThat(madeAt(new XSSFWorkbook(new ByteArrayInputStream(own.bytes(url).body()))))
          .as("made once that day: the file says when it was made").isEqualTo("28 November 2026 15.00 WIB");
      clock.advance(Duration.ofDays(1));
      assertThat(madeAt(new XSSFWorkbook(new ByteArrayInputStream(own.bytes(url).body()))))
          .isEqualTo("29 November 2026 17.00 WIB");
    }
  }

  @Test
  void csvInIndonesianUsesSemicolonsAndDecimalCommasWithIndonesianHeaders() {
    List<String> lines = csvLines("/api/export/indikator?format=csv&lang=id&instansi=6521&year=2025");
    assertThat(lines.get(0)).startsWith("No.;Indikator;Domain;Aspek;Level mandiri;Level resmi;Level saat ini");
    assertThat(lines).hasSize(11);
    assertThat(lines.get(1)).startsWith("32;Tingkat Kematangan Layanan Perencanaan;D4;A7;3,00;2,00;2,00;resmi;3;")
        .contains(";1,00;2,75;0,0275;BAPPEDA;");
  }

  @Test
  void csvInEnglishUsesCommasAndDecimalPoints() {
    List<String> lines = csvLines("/api/export/indikator?format=csv&lang=en&instansi=6521&year=2025&domain=D4");
    assertThat(lines.get(0)).startsWith("No.,Indicator,Domain,Aspect,Self level,Official level");
    assertThat(lines.get(1)).startsWith("32,Tingkat Kematangan Layanan Perencanaan,D4,A7,3.00,2.00,2.00,official,3,")
        .contains(",1.00,2.75,0.0275,BAPPEDA,");
    assertThat(lines).hasSize(4);
  }

  @Test
  void csvNeutralisesFormulasButKeepsNegativeNumbersAsNumbers() {
    String all = String.join("\n", csvLines("/api/export/indikator?format=csv&lang=en&instansi=6521&year=2025"));
    assertThat(all).contains("\"'=HYPERLINK(\"\"http://contoh.invalid\"\",\"\"audit\"\")\"").contains(",'+31.Laporan-Audit.pdf")
        .contains(",'-Peta rencana diterapkan pada seluruh OPD,").contains(",'@Tim koordinasi SPBE rapat triwulanan,")
        .contains("\"12.Notulen;Reviu \"\"Peta\"\" 2025.pdf\"");
    List<String> trend = csvLines("/api/export/tren?format=csv&lang=id&instansi=6521");
    String y2021 = trend.stream().filter(l -> l.startsWith("2021;")).findFirst().orElseThrow();
    assertThat(y2021).contains(";-0,01;").doesNotContain("'-0,01");
  }

  @Test
  void xlsxCellsAreTypedWithHeadersInTheChosenLanguage() throws IOException {
    try (XSSFWorkbook book = xlsx("/api/export/indikator?format=xlsx&lang=en&instansi=6521&year=2025")) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("Indicator gaps");
      Row header = sheet.getRow(0);
      assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Indicator");
      assertThat(header.getCell(12).getStringCellValue()).isEqualTo("Index points");
      Row first = sheet.getRow(1);
      assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(32.0);
      assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(3.0);
      assertThat(first.getCell(8).getNumericCellValue()).isEqualTo(3.0);
      assertThat(first.getCell(12).getNumericCellValue()).isEqualTo(0.0275);
      assertThat(first.getCell(12).getCellStyle().getDataFormatString()).isEqualTo("0.0000");
      assertThat(first.getCell(7).getStringCellValue()).isEqualTo("official");
      assertThat(book.getSheetAt(1).getRow(0).getCell(1).getStringCellValue()).isEqualTo("v-000001");
    }
  }

  @Test
  void xlsxNeutralisesFormulasAndLeavesNumbersAndBooleansTyped() throws IOException {
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
    try (XSSFWorkbook book = xlsx("/api/export/tren?format=xlsx&lang=id&instansi=6521")) {
      Row y2021 = rowOf(book.getSheetAt(0), "2021");
      assertThat(y2021.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(y2021.getCell(9).getNumericCellValue()).isEqualTo(-0.01);
      assertThat(y2021.getCell(11).getCellType()).isEqualTo(CellType.BOOLEAN);
    }
    try (XSSFWorkbook book = xlsx("/api/export/karantina?format=xlsx&lang=en&run=20261128T120000Z-aaaa")) {
      Row first = book.getSheetAt(0).getRow(1);
      assertThat(first.getCell(4).getStringCellValue()).isEqualTo("'=1+2");
      assertThat(first.getCell(6).getStringCellValue()).isEqualTo("The level must be a whole number");
    }
  }

  @Test
  void everyDatasetExportsInBothFormats() throws IOException {
    String[][] datasets = {{"tren", "instansi=6521"}, {"domain", "instansi=6521&year=2025"},
        {"aspek", "instansi=6521&year=2025"}, {"indikator", "instansi=6521&year=2025"},
        {"opd", "instansi=6521&year=2025"}, {"rencana", "instansi=6521"}, {"perbandingan", "instansi=6521"},
        {"sejawat", "instansi=6521&year=2025"}, {"domain-nasional", "instansi=6521&year=2024"},
        {"nasional", "instansi=6521"}, {"run", ""}, {"input", ""}, {"tabel", ""},
        {"karantina", "run=20261128T120000Z-aaaa"}};
    for (String[] d : datasets) {
      assertThat(csvLines("/api/export/" + d[0] + "?format=csv&" + d[1]).size()).as(d[0]).isGreaterThan(1);
      try (XSSFWorkbook book = xlsx("/api/export/" + d[0] + "?format=xlsx&" + d[1])) {
        assertThat(book.getSheetAt(0).getLastRowNum()).as(d[0]).isGreaterThan(0);
      }
    }
  }

  @Test
  void unknownDatasetFormatOrLanguageAre400s() {
    badRequest("/api/export/semua?format=csv", "dataset");
    badRequest("/api/export/indikator?format=pdf&instansi=6521", "format");
    badRequest("/api/export/indikator?format=csv&lang=fr&instansi=6521", "lang");
    badRequest("/api/export/indikator?format=csv&instansi=6521&year=2025&opd=X%27", "opd");
    assertThat(csvLines("/api/export/indikator?format=csv&lang=in&instansi=6521&year=2025").get(0))
        .as("'in' is Indonesian too").startsWith("No.;Indikator;");
  }

  private static Row rowOf(Sheet sheet, String firstCell) {
    for (Row row : sheet) {
      Cell cell = row.getCell(0);
      String text = cell.getCellType() == CellType.NUMERIC ? String.valueOf((int) cell.getNumericCellValue())
          : cell.getStringCellValue();
      if (text.equals(firstCell)) {
        return row;
      }
    }
    throw new AssertionError("No row " + firstCell);
  }
}
