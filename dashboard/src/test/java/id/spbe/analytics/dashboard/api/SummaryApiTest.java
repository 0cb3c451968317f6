package id.spbe.analytics.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.spbe.analytics.dashboard.DashboardServer;
import id.spbe.analytics.dashboard.fixture.WarehouseFixture;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryApiTest {
  @TempDir
  Path warehouse;

  @Test
  void ringkasanReturnsTheIndexSeriesTargetsAndBands() {
    new WarehouseFixture(warehouse).blitar("v-000001", "2.76").publish("v-000001");
    try (DashboardServer server = new DashboardServer(warehouse, Duration.ofMillis(50))) {
      JsonNode body = server.json("/api/ringkasan?instansi=6521");
      assertThat(body.path("version").asText()).isEqualTo("v-000001");
      assertThat(body.path("instansi").path("instansi_name").asText()).isEqualTo("Kabupaten Blitar");
      List<String> official = new ArrayList<>();
      body.path("series").forEach(p -> {
        if (p.path("source").asText().equals("official")) {
          official.add(p.path("year").asInt() + " " + p.path("index_value").decimalValue().toPlainString() + " "
              + p.path("predikat").asText());
        }
      });
      assertThat(official).containsExactly("2018 2.14 Cukup", "2019 2.90 Baik", "2021 2.76 Baik");
      assertThat(body.path("targets")).hasSize(3);
      assertThat(body.path("bands")).hasSize(5);
      assertThat(body.path("frameworks").get(2).path("year_to").isNull()).isTrue();
    }
  }

  @Test
  void badParametersAreAClear400AndNeverReachSql() {
    new WarehouseFixture(warehouse).blitar("v-000001", "2.76").publish("v-000001");
    try (DashboardServer server = new DashboardServer(warehouse, Duration.ofMillis(50))) {
      HttpResponse<String> missing = server.get("/api/ringkasan");
      assertThat(missing.statusCode()).isEqualTo(400);
      assertThat(missing.body()).contains("\"parameter\":\"instansi\"").contains("wajib diisi");
      HttpResponse<String> injection = server.get("/api/ringkasan?instansi=6521%27%20or%20%271%27=%271");
      assertThat(injection.statusCode()).isEqualTo(400);
      assertThat(injection.body()).contains("tidak dikenal").contains("Unknown value").doesNotContain("<");
      HttpResponse<String> unknownPath = server.get("/api/tidak-ada");
      assertThat(unknownPath.statusCode()).isEqualTo(404);
      assertThat(unknownPath.body()).contains("\"error\":\"not_found\"");
    }
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    new WarehouseFixture(warehouse).blitar("v-000001", "2.76").publish("v-000001");
    try (DashboardServer server = new DashboardServer(warehouse, Duration.ofMillis(50))) {
      for (String path : List.of("/", "/api/instansi", "/js/ringkasan.js")) {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
            .contains("script-src 'self'").doesNotContain("unsafe-inline").contains("frame-ancestors 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      }
      assertThat(server.get("/webjars/chart.js/4.5.1/dist/chart.umd.min.js").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void nothingPublishedIs503WithAMessage() {
    try (DashboardServer server = new DashboardServer(warehouse, Duration.ofMillis(50))) {
      HttpResponse<String> response = server.get("/api/instansi");
      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.body()).contains("nothing_published").contains("Jalankan pipeline");
    }
  }

  @Test
  void aNewlyPublishedVersionIsServedWithoutARestart() throws Exception {
    WarehouseFixture fixture = new WarehouseFixture(warehouse).blitar("v-000001", "2.76").publish("v-000001");
    try (DashboardServer server = new DashboardServer(warehouse, Duration.ofMillis(50))) {
      assertThat(index2021(server)).isEqualTo("2.76");
      fixture.blitar("v-000002", "2.81").publish("v-000002");
      Thread.sleep(120);
      assertThat(index2021(server)).isEqualTo("2.81");
      assertThat(server.json("/api/ringkasan?instansi=6521").path("version").asText()).isEqualTo("v-000002");
    }
  }

  private static String index2021(DashboardServer server) {
    for (JsonNode p : server.json("/api/ringkasan?instansi=6521").path("series")) {
      if (p.path("year").asInt() == 2021) {
        return p.path("index_value").decimalValue().toPlainString();
      }
    }
    return null;
  }
}
