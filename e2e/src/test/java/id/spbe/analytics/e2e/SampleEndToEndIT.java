package id.spbe.analytics.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import id.spbe.analytics.dashboard.DashboardApp;
import id.spbe.analytics.dashboard.browser.Browser;
import id.spbe.analytics.dashboard.warehouse.PublishedState;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The product as a planner uses it: the packaged pipeline jar, run as its own process on the bundled Blitar
 * sample, then the dashboard over what it published.
 */
class SampleEndToEndIT {
  private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
  private static Path warehouse;
  private static String pipelineOutput;

  @BeforeAll
  static void runThePackagedPipeline() throws Exception {
    warehouse = Files.createTempDirectory("spbe-e2e-warehouse");
    Path log = Files.createTempFile("spbe-e2e-pipeline", ".log");
    Process process = new ProcessBuilder(javaBinary(), "-jar", ROOT.resolve("pipeline/target/spbe-pipeline.jar").toString(),
        "run", "--input", ROOT.resolve("data/samples/kabupaten-blitar").toString(), "--warehouse", warehouse.toString(),
        "--reference", ROOT.resolve("data/reference").toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("pipeline finished in time").isTrue();
    pipelineOutput = Files.readString(log);
    assertThat(process.exitValue()).as("pipeline exit code; output:%n%s", pipelineOutput).isZero();
  }

  @Test
  void theConsoleSummaryNamesTheVersionAndTheIndices() {
    assertThat(pipelineOutput).contains("PUBLISHED v-000001").contains("6521 2021 PERMEN_59_2020  official")
        .doesNotContain("Exception");
    // the illustrative 2026 Indeks Pemdi result: decimal values such as 1,75 and 2,50 taken as they are; with the
    // EPSS value 2,10 for indicator 7: sum(w x value) / 100 = 193,55 / 100 = 1,9355 -> 1,94, Cukup (Tabel 4)
    assertThat(pipelineOutput).contains("6521 2026 PEMDI_2026      official          1.94 Cukup");
  }

  @Test
  void theDashboardShowsThePemdiResultWithTheAssessorsWordsAndTheRestatedTarget() throws Exception {
    Javalin app = DashboardApp.create(new PublishedState(warehouse, Duration.ofSeconds(1))).start("127.0.0.1", 0);
    try {
      String base = "http://127.0.0.1:" + app.port();
      JsonNode ringkasan = get(base + "/api/ringkasan?instansi=6521");
      JsonNode latest = ringkasan.path("latest_official");
      assertThat(latest.path("year").asInt()).isEqualTo(2026);
      assertThat(latest.path("official_index").decimalValue()).isEqualByComparingTo("1.94");
      assertThat(latest.path("distance_to_target").decimalValue()).isEqualByComparingTo("0.56"); // 2.50 - 1.94
      JsonNode conversion = ringkasan.path("target_conversions").get(0);
      assertThat(conversion.path("given_target").decimalValue()).isEqualByComparingTo("3.5");
      assertThat(conversion.path("suggested_target").decimalValue()).isEqualByComparingTo("3.50");
      assertThat(conversion.path("restated_target").decimalValue()).isEqualByComparingTo("2.50");
      assertThat(ringkasan.path("pending_external").path("indicators").asInt()).isEqualTo(3); // 5, 6 and 18
      JsonNode rows = get(base + "/api/indikator?instansi=6521&year=2026").path("rows");
      JsonNode i3 = row(rows, "3");
      assertThat(i3.path("official_level").decimalValue()).isEqualByComparingTo("1.75");
      assertThat(i3.path("verdict").path("recommendation").asText()).startsWith("Tetapkan rencana pengembangan kompetensi");
      assertThat(row(rows, "5").path("verdict").path("value_basis").asText()).isEqualTo("external_pending");
      assertThat(row(rows, "7").path("official_level").decimalValue()).isEqualByComparingTo("2.10");
      assertThat(row(rows, "7").path("verdict").path("value_basis").asText()).isEqualTo("external_index");
      HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
          base + "/api/export/indikator?format=csv&lang=id&instansi=6521&year=2026")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(csv.body()).contains("Catatan asesor").contains("Rekomendasi asesor")
          .contains("Tetapkan rencana pengembangan kompetensi SDM digital (termasuk komunitas belajar dan microlearning) "
              + "dan laksanakan untuk seluruh OPD.") // whole, never cut
          .contains("menunggu nilai indeks eksternal (asumsi 1)");

      try (Browser browser = Browser.start(1366, 1000)) {
        browser.open(base + "/?instansi=6521");
        String page = browser.driver().findElement(By.tagName("main")).getText();
        assertThat(page).contains("1,94").contains("Indeks Pemdi")
            .contains("3 indikator masih bernilai 1 asumsi asesor, menunggu nilai indeks eksternal")
            .contains("Target 2026 ditetapkan ulang pada skala Indeks Pemdi: 2,50 (target semula 3,50 pada skala Indeks SPBE)")
            .contains("3,50 (Sangat Baik); hanya saran, bukan target")
            .doesNotContain("INDEKS_PEMDI");
        // the change of scale: the 2025 -> 2026 line is not drawn as a continuation
        assertThat(browser.js("return Chart.getChart(document.getElementById('trend-chart')).options.plugins"
            + ".frameworkBreaks.indexes.map(b => b.label)").toString()).contains("Pemdi 2026");
        browser.screenshot("e2e-ringkasan-2026");
        browser.open(base + "/indikator.html?instansi=6521&year=2026");
        String table = browser.driver().findElement(By.id("gap-table")).getText();
        assertThat(table).contains("Rekomendasi asesor: Tetapkan rencana pengembangan kompetensi SDM digital")
            .contains("asumsi 1, menunggu indeks eksternal").contains("1,75").doesNotContain("Domain");
        browser.screenshot("e2e-indikator-2026");
      }
    } finally {
      app.stop();
    }
  }

  @Test
  void theDashboardShowsTheIndicesThePipelineComputedNotOnlyTheOnesCopiedFromTheInput() throws Exception {
    Javalin app = DashboardApp.create(new PublishedState(warehouse, Duration.ofSeconds(1))).start("127.0.0.1", 0);
    try {
      String base = "http://127.0.0.1:" + app.port();
      JsonNode ringkasan = get(base + "/api/ringkasan?instansi=6521");
      // the latest year's calibration: self-assessed 2.77 against the official 1.94, both computed from indicators
      assertThat(ringkasan.path("self_vs_official").path("difference").decimalValue()).isEqualByComparingTo("0.83");
      JsonNode y2025 = null;
      for (JsonNode t : ringkasan.path("trend")) {
        y2025 = t.path("year").asInt() == 2025 ? t : y2025;
      }
      // 2025: sum(w x level) / 100 over the sample's 47 official levels = 3.3625 -> 3.36; self-assessed 3.92 (+0.56)
      assertThat(y2025.path("official_index").decimalValue()).isEqualByComparingTo("3.36");
      assertThat(y2025.path("self_assessment_index").decimalValue()).isEqualByComparingTo("3.92");
      JsonNode plan = get(base + "/api/rencana?instansi=6521&framework=PERMEN_59_2020");
      JsonNode summary = plan.path("summary");
      assertThat(summary.path("base_index").decimalValue()).isEqualByComparingTo("3.3625");
      assertThat(summary.path("base_distance_to_target").decimalValue()).isEqualByComparingTo("0.14");
      // six raises of effort 1: 32 and 36 (+0.0275 each), 12, 13 and 19 (+0.025 each), 31 (+0.015)
      assertThat(summary.path("planned_index").decimalValue()).isEqualByComparingTo("3.5075");
      assertThat(summary.path("planned_index_published").decimalValue()).isEqualByComparingTo("3.51");
      List<String> steps = new ArrayList<>();
      plan.path("steps").forEach(step -> steps.add(step.path("indicator_code").asText()));
      assertThat(steps).containsExactlyInAnyOrder("32", "36", "12", "13", "19", "31");
    } finally {
      app.stop();
    }
  }

  @Test
  void theBuktiDukungViewSaysWhichOpdHasTheMostAtStakeOnTheSamplesLists() throws Exception {
    Javalin app = DashboardApp.create(new PublishedState(warehouse, Duration.ofSeconds(1))).start("127.0.0.1", 0);
    try {
      String base = "http://127.0.0.1:" + app.port();
      JsonNode bukti = get(base + "/api/bukti?instansi=6521");
      // the latest list of the latest year with one: 3 July 2026, the day after the 2 July deadline
      assertThat(bukti.path("selection").path("snapshot_on").asText()).isEqualTo("2026-07-03");
      JsonNode first = bukti.path("opds").get(0);
      // Diskominfo: 12 open main items on its indicators' next levels, worth 0.36 index points; 17 items open late
      assertThat(first.path("opd_code").asText()).isEqualTo("KOMINFO");
      assertThat(first.path("points_at_stake").decimalValue()).isEqualByComparingTo("0.36");
      assertThat(first.path("items_overdue").asInt()).isEqualTo(17);
      List<String> progress = new ArrayList<>();
      for (JsonNode p : bukti.path("progress")) {
        progress.add(p.path("snapshot_on").asText() + " " + p.path("items_diterima").asInt() + " "
            + p.path("supported_index").decimalValue().toPlainString());
      }
      // every indicator whose levels are all accepted up to L, at L; the rest at 1,00 (Pemdi's lowest value)
      assertThat(progress).containsExactly("2026-06-15 48 1.23", "2026-07-03 67 1.60");
      try (Browser browser = Browser.start(1366, 1000)) {
        browser.open(base + "/bukti.html?instansi=6521");
        String page = browser.driver().findElement(By.tagName("main")).getText();
        assertThat(page).contains("1,60").contains("simulasi").contains("Dinas Komunikasi, Informatika, Statistik dan Persandian")
            .doesNotContain("tanpa_item").doesNotContain("otomatis_ditolak");
        browser.screenshot("e2e-bukti-2026");
      }
    } finally {
      app.stop();
    }
  }

  private static JsonNode get(String url) throws IOException, InterruptedException {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(url).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static JsonNode row(JsonNode rows, String indicator) {
    for (JsonNode r : rows) {
      if (r.path("indicator_code").asText().equals(indicator)) {
        return r;
      }
    }
    throw new AssertionError("no row for indicator " + indicator + " in " + rows);
  }

  @Test
  void theDashboardServesTheRealBlitarIndicesWithTheirPredikat() throws Exception {
    Javalin app = DashboardApp.create(new PublishedState(warehouse, Duration.ofSeconds(1))).start("127.0.0.1", 0);
    try {
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + app.port() + "/api/ringkasan?instansi=6521")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode body = JSON.readTree(response.body());
      List<String> official = new ArrayList<>();
      for (JsonNode p : body.path("series")) {
        if (p.path("source").asText().equals("official") && p.path("basis").asText().equals("reported")) {
          official.add(p.path("year").asInt() + " " + p.path("index_value").decimalValue().toPlainString() + " "
              + p.path("predikat").asText());
        }
      }
      assertThat(official).containsExactly("2018 2.14 Cukup", "2019 2.90 Baik", "2021 2.76 Baik");
    } finally {
      app.stop();
    }
  }

  private static String javaBinary() throws IOException {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
