package id.spbe.analytics.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.analytics.dashboard.DashboardServer;
import id.spbe.analytics.dashboard.fixture.SampleWarehouse;
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

/**
 * The exports over what the pipeline publishes from the sample (data/samples/kabupaten-blitar). The 2025 indicator
 * table is worked out by hand from hasil-resmi-indikator-2025.csv (official levels), penilaian-mandiri-2025.csv (self
 * levels), target-level-indikator.csv (2025 targets), pengampu-indikator.csv (OPDs) and the PermenPANRB 59/2020
 * weights (data/reference/permen_59_2020/indicators.csv, summing to 100): the most index points at stake are on
 * indicator 32 (Bappeda, official 2 to target 4, w 2,75: 2 x 2,75 / 100 = 0,0550) and 36 (BKPSDM, the same
 * numbers), 32 first by its number. Formula-like text and a refused run's quarantine are states the sample
 * cannot produce: {@link ExportFixtureApiTest}.
 */
class ExportApiTest extends SampleApiTest {

  static List<String> csvLines(String pathAndQuery) {
    HttpResponse<byte[]> response = server.bytes(pathAndQuery);
    assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
    String text = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF# ");
    // the "# name: value" lines that say what the file holds come first; the table follows
    return text.substring(1).lines().dropWhile(l -> l.startsWith("# ")).toList();
  }

  private static List<String> csvAbout(DashboardServer on, String pathAndQuery) {
    String text = new String(on.bytes(pathAndQuery).body(), StandardCharsets.UTF_8);
    return text.substring(1).lines().takeWhile(l -> l.startsWith("# ")).toList();
  }

  @Test
  void csvExportsSayWhatTheyHoldAsTheXlsxAboutSheetDoes() throws IOException {
    // a clock that stands still: the two files are made one after the other, and on the shared server's clock a
    // minute could turn between them ("Dibuat: ... 23.46" beside "23.47")
    try (DashboardServer own = new DashboardServer(SampleWarehouse.root(), Duration.ofSeconds(5), Access.open(),
        new MutableClock())) {
      String query = "/api/export/indikator?lang=id&instansi=6521&year=2025&format=";
      List<String> about = csvAbout(own, query + "csv");
      List<String> sheet = new java.util.ArrayList<>();
      HttpResponse<byte[]> workbook = own.bytes(query + "xlsx");
      assertThat(workbook.statusCode()).isEqualTo(200);
      assertThat(workbook.headers().firstValue("Content-Disposition")).get().asString()
          .startsWith("attachment; filename=\"spbe-").endsWith(".xlsx\"");
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
        for (Row row : book.getSheetAt(1)) {
          sheet.add("# " + row.getCell(0).getStringCellValue() + ": " + row.getCell(1).getStringCellValue());
        }
      }
      assertThat(about).isEqualTo(sheet).contains("# Versi data: v-000001")
          .anySatisfy(l -> assertThat(l).startsWith("# Instansi: Kabupaten Blitar"))
          .anySatisfy(l -> assertThat(l).matches("# Dibuat: \\d{1,2} [A-Z][a-z]+ \\d{4} \\d{2}\\.\\d{2} WIB"));
    }
    assertThat(csvAbout(server, "/api/export/indikator?lang=en&instansi=6521&year=2025&format=csv"))
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

  static XSSFWorkbook xlsx(String pathAndQuery) throws IOException {
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
        new DashboardServer(SampleWarehouse.root(), Duration.ofSeconds(5), Access.open(), clock)) {
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
    assertThat(lines).hasSize(48); // the header and the 47 indicators of PermenPANRB 59/2020
    // 32: self 3, official 2, target 4; gap 2 x w 2,75 / 100 = 0,0550
    assertThat(lines.get(1)).startsWith("32;Tingkat Kematangan Layanan Perencanaan;D4;A7;3,00;2,00;2,00;resmi;4;")
        .contains(";2,00;2,75;0,0550;BAPPEDA;");
  }

  @Test
  void csvInEnglishUsesCommasAndDecimalPoints() {
    List<String> lines = csvLines("/api/export/indikator?format=csv&lang=en&instansi=6521&year=2025&domain=D4");
    assertThat(lines.get(0)).startsWith("No.,Indicator,Domain,Aspect,Self level,Official level");
    assertThat(lines.get(1)).startsWith("32,Tingkat Kematangan Layanan Perencanaan,D4,A7,3.00,2.00,2.00,official,4,")
        .contains(",2.00,2.75,0.0550,BAPPEDA,");
    assertThat(lines).hasSize(17); // the header and domain D4's 16 indicators, 32 to 47
  }

  @Test
  void csvKeepsNegativeNumbersAsNumbers() {
    // 2021: the RPJMD target 2,75 (target-rpjmd.csv) minus the official 2,76 (hasil-resmi-indeks.csv) = -0,01
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
      assertThat(first.getCell(4).getNumericCellValue()).as("self level").isEqualTo(3.0);
      assertThat(first.getCell(8).getNumericCellValue()).as("target level").isEqualTo(4.0);
      assertThat(first.getCell(12).getNumericCellValue()).as("2 x 2,75 / 100").isEqualTo(0.055);
      assertThat(first.getCell(12).getCellStyle().getDataFormatString()).isEqualTo("0.0000");
      assertThat(first.getCell(7).getStringCellValue()).isEqualTo("official");
      assertThat(book.getSheetAt(1).getRow(0).getCell(1).getStringCellValue()).isEqualTo("v-000001");
    }
  }

  @Test
  void xlsxLeavesNumbersAndBooleansTyped() throws IOException {
    try (XSSFWorkbook book = xlsx("/api/export/indikator?format=xlsx&lang=id&instansi=6521&year=2025")) {
      for (Row row : book.getSheetAt(0)) {
        for (Cell cell : row) {
          assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
        }
      }
    }
    try (XSSFWorkbook book = xlsx("/api/export/tren?format=xlsx&lang=id&instansi=6521")) {
      Row y2021 = rowOf(book.getSheetAt(0), "2021");
      // distance to target: 2,75 - 2,76
      assertThat(y2021.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(y2021.getCell(9).getNumericCellValue()).isEqualTo(-0.01);
      assertThat(y2021.getCell(11).getCellType()).isEqualTo(CellType.BOOLEAN);
    }
  }

  @Test
  void everyDatasetExportsInBothFormats() throws IOException {
    String[][] datasets = {{"tren", "instansi=6521"}, {"domain", "instansi=6521&year=2025"},
        {"aspek", "instansi=6521&year=2025"}, {"indikator", "instansi=6521&year=2025"},
        {"opd", "instansi=6521&year=2025"}, {"rencana", "instansi=6521"}, {"perbandingan", "instansi=6521"},
        {"sejawat", "instansi=6521&year=2025"}, {"domain-nasional", "instansi=6521&year=2024"},
        {"nasional", "instansi=6521"}, {"run", ""}, {"input", ""}, {"tabel", ""}};
    for (String[] d : datasets) {
      assertThat(csvLines("/api/export/" + d[0] + "?format=csv&" + d[1]).size()).as(d[0]).isGreaterThan(1);
      try (XSSFWorkbook book = xlsx("/api/export/" + d[0] + "?format=xlsx&" + d[1])) {
        assertThat(book.getSheetAt(0).getLastRowNum()).as(d[0]).isGreaterThan(0);
      }
    }
  }

  @Test
  void thePublishedTablesExportNamesEachInWordsBesideItsWarehouseName() {
    List<String> id = csvLines("/api/export/tabel?format=csv&lang=id");
    assertThat(id.get(0)).startsWith("Isi tabel;Tabel;");
    assertThat(id).anySatisfy(line -> assertThat(line).startsWith("Indeks instansi;instansi_index;"));
    assertThat(csvLines("/api/export/tabel?format=csv&lang=en"))
        .anySatisfy(line -> assertThat(line).startsWith("Instansi index,instansi_index,"));
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

  static Row rowOf(Sheet sheet, String firstCell) {
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
