package id.spbe.analytics.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.spbe.analytics.dashboard.DashboardServer;
import id.spbe.analytics.dashboard.fixture.SampleWarehouse;
import id.spbe.analytics.dashboard.security.Access;
import id.spbe.analytics.dashboard.security.MutableClock;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The RPJMD review PDF over what the pipeline publishes from the sample; its figures worked out by hand from the
 * sample's input files (levels hasil-resmi-indikator-*.csv, self-assessment penilaian-mandiri-2025.csv, targets
 * target-level-indikator.csv and target-rpjmd.csv, owners pengampu-indikator.csv, weights and bands from
 * data/reference/permen_59_2020 and pemdi_2026). States the sample cannot produce are in ReportFixtureApiTest.
 */
public class ReportApiTest extends SampleApiTest {

  /** The text of each page of the report, runs of white space (line breaks in table cells) as one space. */
  public static List<String> pages(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      List<String> pages = new ArrayList<>();
      for (int p = 1; p <= reader.getNumberOfPages(); p++) {
        pages.add(extractor.getTextFromPage(p).replaceAll("\\s+", " "));
      }
      return pages;
    } finally {
      reader.close();
    }
  }

  static byte[] pdf(String query) {
    HttpResponse<byte[]> response = server.bytes("/api/laporan?" + query);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
    assertThat(response.headers().firstValue("Content-Disposition")).get().asString()
        .contains("laporan-rpjmd-6521-");
    return response.body();
  }

  /**
   * The text between one paragraph and the next one given (or the end). Only for paragraphs: the PDF's text layer
   * holds a page's paragraphs before its tables, so a table's text is not found between the paragraphs around it.
   */
  static String section(String all, String heading, String next) {
    int from = all.indexOf(heading);
    assertThat(from).as("section %s", heading).isNotNegative();
    int to = next == null ? all.length() : all.indexOf(next, from);
    assertThat(to).as("section after %s", heading).isGreaterThan(from);
    return all.substring(from, to);
  }

  static int count(String all, String text) {
    return all.split(java.util.regex.Pattern.quote(text), -1).length - 1;
  }

  @Test
  void thePaceIsTheReviewedYearsIndexAndOneYearGivesNoPace() throws IOException {
    // 2025 is scored on 59/2020: least squares over its published indices 2021-2025 (2,76 2,98 3,10 3,25 3,36) is
    // 1,47 / 10 = 0,147 a year, reaching 3,50 only after 2025, this index's last year (2026 is Indeks Pemdi)
    String y2025 = String.join(" ", pages(pdf("instansi=6521&year=2025&lang=id"))).replaceAll("\\s+", " ");
    assertThat(y2025).contains("Laju indeks resmi (SPBE 2020 (PermenPANRB 59/2020))")
        .contains("+0,15 poin per tahun; baru tercapai setelah tahun terakhir indeks ini")
        .doesNotContain("Laju indeks resmi (Pemdi 2026");
    // 2026 is the first Indeks Pemdi year: one result, no pace yet (not "never reached at this pace")
    String y2026 = String.join(" ", pages(pdf("instansi=6521&year=2026&lang=id"))).replaceAll("\\s+", " ");
    assertThat(y2026).contains("belum ada laju: baru satu tahun hasil pada indeks ini")
        .doesNotContain("target tidak tercapai pada laju ini");
    String en = String.join(" ", pages(pdf("instansi=6521&year=2026&lang=en"))).replaceAll("\\s+", " ");
    assertThat(en).contains("no pace yet: only one year of results on this index");
  }

  @Test
  void anOpenEvidenceItemWithoutAnAssessorNoteShowsNoEmptyNoteLabel() throws IOException {
    String all = String.join(" ", pages(pdf("instansi=6521&year=2026&lang=id")));
    // bukti-dukung-2026-07-03.csv: I8-L2-02 (proses) and I20-L2-02 (draf) are open with an empty catatan_asesor,
    // which the pipeline once published as '' and the report printed as a bare "· Catatan asesor:"
    for (String itemName : List.of("Bukti penerapan pelindungan data pribadi di sebagian OPD: laporan pelaksanaan",
        "Bukti penerapan pengelolaan kepuasan pengguna layanan digital pemerintah di sebagian OPD: laporan pelaksanaan")) {
      assertThat(all).contains(itemName).doesNotContain(itemName + " · Catatan asesor");
    }
    // I2-L3-01 (revisi) has one: shown whole under the item
    assertThat(all).contains("Bukti penerapan manajemen layanan digital pemerintah di seluruh OPD sesuai pedoman: "
        + "dokumen penetapan · Catatan asesor: Katalog layanan belum memuat layanan OPD di luar Diskominfo.");
  }

  @Test
  void theIndonesianReportHasSummaryTrendResultsGapsOpdsPlanMethodAndAnnex() throws IOException {
    List<String> pages = pages(pdf("instansi=6521&year=2025&lang=id"));
    // 2025: sum(w x level) / 100 over the 47 official levels = 3.3625 -> 3,36 Baik, 3,50 - 3,36 = 0,14 below the
    // target; 2024 the same sum = 3.252 -> 3,25, so +0,11
    assertThat(pages.get(0)).contains("Laporan Reviu RPJMD").contains("Kabupaten Blitar (6521)").contains("Ringkasan")
        .contains("3,36 (Baik)").contains("0,14 poin di bawah target").contains("+0,11").contains("Tren indeks")
        .contains("Halaman 1")
        // what the review acts on, on the first page: the count below target and the points at stake. Below their
        // target level in 2025: 5, 12, 13, 19, 24, 26, 30, 31, 32, 34, 36, 40, 44; sum((target - level) x w / 100)
        // = 5: 0.013; 12, 13, 19: 3 x 0.025; 24, 26, 31: 3 x 0.015; 30 (two levels): 0.03; 32, 36 (two levels):
        // 2 x 0.055; 34, 40: 2 x 0.0275; 44: 0.03; in all 0.3580
        .contains("Di bawah target (2025)13 dari 47 indikator di bawah target; total 0,3580 poin indeks dipertaruhkan");
    String all = String.join(" ", pages);
    // D4 Layanan SPBE: w 45.5, official sum(w x level) / sum(w) over indicators 32-47 = 168.25 / 45.5 = 3.6978 -> 3,70
    assertThat(all).contains("Hasil per domain dan aspek").containsPattern("Layanan SPBE ?45,50 ?3,70")
        // the SPBE plan: 3.3625 + 0.145 = 3.5075 -> 3,51 (RencanaApiTest), its last step indicator 31
        .contains("Rencana aksi menuju target RPJMD").contains("3,51 (Sangat Baik)")
        .contains("Tingkat Kematangan Pelaksanaan Audit Keamanan SPBE");
    assertThat(all.indexOf("Kesenjangan indikator terhadap target (2025)"))
        .isLessThan(all.indexOf("OPD pengampu dan kalibrasi penilaian mandiri (2025)"))
        .isLessThan(all.indexOf("Catatan metode")).isLessThan(all.indexOf("Lampiran: semua indikator (2025)"));
  }

  @Test
  void theBodyListsOnlyTheIndicatorsBelowTargetAndTheAnnexEveryOne() throws IOException {
    String all = String.join(" ", pages(pdf("instansi=6521&year=2025&lang=id")));
    // 13 of the 47 levels of 2025 are below their target level (the first test)
    assertThat(all).contains("Hanya indikator di bawah target yang diberikan (13 dari 47); semua indikator ada di "
        + "Lampiran.").contains("Lampiran: semua indikator (2025)");
    // indicator 2 is at its target (4) and in no plan step: once, in the annex, not in the body
    assertThat(count(all, "Tingkat Kematangan Kebijakan Internal Peta Rencana")).isEqualTo(1);
    // indicator 32 is below target (2 against 4): in the body, the plan (step 1) and the annex
    assertThat(count(all, "Tingkat Kematangan Layanan Perencanaan")).isEqualTo(3);
    // an indicator at its target but raised by the plan: the sample's plan raises none (ReportFixtureApiTest)
  }

  @Test
  void theReportHasTheOpdScorecardsAndTheCalibrationSummary() throws IOException {
    String all = String.join(" ", pages(pdf("instansi=6521&year=2025&lang=id")));
    // penilaian-mandiri-2025.csv against hasil-resmi-indikator-2025.csv, indicator by indicator: 26 higher, 1 lower
    // (26: 1 against 2), 20 the same; self-assessed sum(w x level) / 100 = 3.9185 -> 3,92, 3,92 - 3,36 = +0,56
    assertThat(all).contains("OPD pengampu dan kalibrasi penilaian mandiri (2025)").contains("Penilaian mandiri 2025: "
        + "indeks 3,92 terhadap indeks resmi 3,36 (+0,56); 26 indikator dinilai OPD lebih tinggi daripada asesor, "
        + "1 lebih rendah, 20 sama.")
        .contains("Bias kalibrasi (level)").contains("Badan Perencanaan Pembangunan Daerah")
        .contains("Inspektorat Daerah")
        // BAPPEDA owns 1, 2, 11, 12, 13, 32: 12 and 13 one level short (2.5 / 100 each), 32 two (2 x 2.75 / 100):
        // 0.025 + 0.025 + 0.055 = 0.1050 at stake
        .contains("0,1050");
    String en = String.join(" ", pages(pdf("instansi=6521&year=2025&lang=en")));
    assertThat(en).contains("OPDs and self-assessment calibration (2025)")
        .contains("Self-assessment 2025: index 3.92 against the official 3.36 (+0.56); 26 indicators self-assessed "
            + "higher than the assessors");
  }

  @Test
  void theMethodNoteSaysTheFormulaFrameworksSourcesAndBandColours() throws IOException {
    String all = String.join(" ", pages(pdf("instansi=6521&year=2025&lang=id")));
    String note = section(all, "Catatan metode", "Lampiran");
    assertThat(note).contains("Rumus: indeks = Σ(bobot × nilai indikator) / Σ bobot")
        .contains("Kerangka 2020–2025: SPBE 2020 (PermenPANRB 59/2020).")
        .contains("Sumber: indeks resmi dan level indikator dari hasil evaluasi SPBE/Pemdi Kementerian PANRB")
        .contains("Versi data " + publishedVersion() + ".")
        .contains("Baik (2,60 sampai di bawah 3,50): kuning muda")
        .doesNotContain("unresolved").doesNotContain("repository");
    String en = String.join(" ", pages(pdf("instansi=6521&year=2026&lang=en")));
    assertThat(section(en, "Method note", "Annex")).contains("Pemdi 2026 (PermenPANRB 8/2026): Kurang (Poor) (1.00 "
        + "up to below 1.50): light red");
  }

  /** The version the server publishes: the sample warehouse's numbering depends on how often it was republished. */
  private static String publishedVersion() {
    String version = server.json("/api/rencana?instansi=6521").path("version").asText();
    assertThat(version).matches("v-\\d{6}");
    return version;
  }

  @Test
  void noPageIsLeftHalfEmptyAndNoHeaderBreaksMidWord() throws IOException {
    for (String query : List.of("year=2025&lang=id", "year=2025&lang=en", "year=2026&lang=id")) {
      List<String> pages = pages(pdf("instansi=6521&" + query));
      // sections follow each other: every page but the last is filled (a page holding one short table, as when
      // each section opened a page, has well under half this text)
      for (int p = 0; p < pages.size() - 1; p++) {
        assertThat(pages.get(p).length()).as("%s page %d", query, p + 1).isGreaterThan(1500);
      }
      String all = String.join(" ", pages);
      List<String> headers = query.endsWith("en") ? List.of("Gap (levels)", "Index points at stake",
          "Calibration bias (levels)", "Complete by the deadline", "Indicator-level target", "Self-assessment")
          : List.of("Kesenjangan (level)", "Poin indeks dipertaruhkan", "Bias kalibrasi (level)",
              "Lengkap tepat waktu", "Target level indikator", "Penilaian mandiri", "Indeks setelah langkah");
      for (String header : headers) {
        if (!query.startsWith("year=2026") || !header.contains("kalibrasi") && !header.contains("tepat")
            && !header.contains("langkah")) {
          assertThat(all).as("%s: the header '%s' whole", query, header).contains(header);
        }
      }
    }
  }

  @Test
  void everyPageOfAReportOnSampleDataSaysItIsIllustrative() throws IOException {
    List<String> id = pages(pdf("instansi=6521&year=2025&lang=id"));
    assertThat(id).allSatisfy(page -> assertThat(page)
        .contains("DATA ILUSTRATIF: angka contoh, bukan hasil resmi. Jangan dikutip sebagai angka resmi."));
    List<String> en = pages(pdf("instansi=6521&year=2025&lang=en"));
    assertThat(en).allSatisfy(page -> assertThat(page).contains("ILLUSTRATIVE DATA: sample figures, not official"));
  }

  @Test
  void aYearAboveItsTargetIsReachedByItsMarginNotANegativeDistance() throws IOException {
    // 2021: official 2,76 (hasil-resmi-indeks.csv, the Bupati's figure) against the 2,75 target (target-rpjmd.csv)
    String summary = pages(pdf("instansi=6521&year=2025&lang=id")).get(0);
    assertThat(summary).contains("tercapai (+0,01)").doesNotContain("-0,01");
    assertThat(pages(pdf("instansi=6521&year=2025&lang=en")).get(0)).contains("reached (+0.01)");
  }

  @Test
  void theDomainTargetIsTheIndicatorsTargetLevelNotTheRpjmdTarget() throws IOException {
    // D1 (indicators 1-10, w 1.3 each): official levels 35 / 10 = 3,50, self-assessed 42 / 10 = 4,20, target levels
    // 3+4+4+5+3+4+3+3+4+3 = 36 / 10 = 3,60 (not the RPJMD 3,50)
    assertThat(String.join(" ", pages(pdf("instansi=6521&year=2025&lang=id")))).contains("Target level indikator")
        .containsPattern("Kebijakan Internal SPBE ?13,00 ?3,50 ?4,20 ?3,60");
  }

  @Test
  void everyPageSaysWhichOfHowManyItIs() throws IOException {
    List<String> id = pages(pdf("instansi=6521&year=2025&lang=id"));
    for (int p = 0; p < id.size(); p++) {
      assertThat(id.get(p)).contains("Halaman " + (p + 1) + " dari " + id.size() + " · Kabupaten Blitar (6521)");
    }
    List<String> en = pages(pdf("instansi=6521&year=2025&lang=en"));
    assertThat(en.get(en.size() - 1)).contains("Page " + en.size() + " of " + en.size());
  }

  @Test
  void theReportNamesFrameworksAsPeopleSayThem() throws IOException {
    for (String query : List.of("year=2025&lang=id", "year=2025&lang=en", "year=2026&lang=id", "year=2026&lang=en")) {
      String all = String.join(" ", pages(pdf("instansi=6521&" + query)));
      assertThat(all).as(query).contains("SPBE 2020 (PermenPANRB 59/2020)").doesNotContainPattern("PERMEN_\\d|PEMDI_\\d");
    }
  }

  @Test
  void theEnglishReportUsesEnglishTextsAndDecimalPoints() throws IOException {
    List<String> pages = pages(pdf("instansi=6521&year=2025&lang=en"));
    assertThat(pages.get(0)).contains("RPJMD Review Report").contains("Summary").contains("3.36 (Baik / Good)")
        .contains("0.14 points below the target").contains("Page 1")
        .containsPattern("Made \\d{1,2} (January|February|March|April|May|June|July|August|September|October|"
            + "November|December) \\d{4}");
    String all = String.join(" ", pages);
    // 0.0275: one level on a w 2.75 indicator (34 and 40 short of their target by one; the plan's first steps)
    assertThat(all).contains("Indicator gaps to target (2025)").contains("0.0275")
        .contains("Action plan to the RPJMD target").contains("3.51 (Sangat Baik / Very good)").contains("Method note")
        .contains("Annex: every indicator (2025)");
  }

  @Test
  void thePemdiYearIsComparedWithTheTargetReStatedOnItsScale() throws IOException {
    List<String> pages = pages(pdf("instansi=6521&year=2026&lang=id"));
    // 2026: sum(w x value) / 100 over the 20 Pemdi values (I7 2,10 from EPSS, I5, I6, I18 the assumed 1,00) =
    // 1.9355 -> 1,94 Cukup (1,50 to below 2,50); against the re-stated 2,50: 0,56 below
    assertThat(pages.get(0)).contains("Indeks resmi 20261,94 (Cukup)").contains("2,50 · 0,56 poin di bawah target")
        .contains("Target 2026 ditetapkan ulang pada skala Indeks Pemdi: 2,50 (target semula 3,50 pada skala Indeks "
            + "SPBE)")
        .doesNotContain("INDEKS_PEMDI");
    // Pasal 11 PermenPANRB 8/2026: the SPBE target's predikat-band equivalent, offered as a suggestion only: 3,50
    // is the bottom of SPBE Sangat Baik (3,50-4,20), the same place in Pemdi Sangat Baik (3,50-4,00) is 3,50
    assertThat(String.join(" ", pages).replaceAll("\\s+", " ")).contains("Saran setara predikat")
        .contains("3,50 (Sangat Baik); hanya saran, bukan target");
  }

  @Test
  void theSameReportOnTheSameDayIsDrawnOnceAndRedrawnTheNextDay() throws IOException {
    MutableClock clock = new MutableClock(); // 2026-11-28
    try (DashboardServer own =
        new DashboardServer(SampleWarehouse.root(), Duration.ofSeconds(5), Access.open(), clock)) {
      byte[] first = own.bytes("/api/laporan?instansi=6521&year=2025&lang=id").body();
      byte[] again = own.bytes("/api/laporan?year=2025&lang=id&instansi=6521").body();
      // a redrawn PDF differs: it carries the second it was made and a fresh document ID
      assertThat(Arrays.equals(again, first)).as("the second download is the same document, not redrawn").isTrue();
      assertThat(pages(first).get(0)).contains("Dibuat 28 November 2026");

      clock.advance(Duration.ofDays(1));
      byte[] nextDay = own.bytes("/api/laporan?instansi=6521&year=2025&lang=id").body();
      assertThat(pages(nextDay).get(0)).contains("Dibuat 29 November 2026");
      assertThat(pages(own.bytes("/api/laporan?instansi=6521&year=2024&lang=id").body()).get(0))
          .contains("Tahun 2024").contains("Dibuat 29 November 2026");
    }
  }

  @Test
  void badParametersAre400s() {
    badRequest("/api/laporan?instansi=6521&year=2031", "year");
    badRequest("/api/laporan?instansi=6521&year=2025&lang=de", "lang");
    badRequest("/api/laporan?instansi=..%2F..%2Fetc&year=2025", "instansi");
  }
}
