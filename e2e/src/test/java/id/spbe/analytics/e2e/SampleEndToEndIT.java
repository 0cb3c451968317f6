package id.spbe.analytics.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import id.spbe.analytics.dashboard.DashboardApp;
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
