package id.spbe.analytics.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.spbe.analytics.dashboard.DashboardServer;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;

/**
 * The real app, started once per test class, and what its API tests share. A test class extends
 * {@link SampleApiTest} (what the pipeline publishes from the bundled sample: the default) or {@link FixtureApiTest}
 * (the hand-written warehouse, for states the sample cannot produce).
 */
abstract class ApiTest {
  static DashboardServer server;

  static void startServer(java.nio.file.Path warehouse) {
    server = new DashboardServer(warehouse, Duration.ofSeconds(5));
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  /** A 400 naming {@code parameter}, with the Indonesian and English message. */
  static JsonNode badRequest(String pathAndQuery, String parameter) {
    HttpResponse<String> response = server.get(pathAndQuery);
    assertThat(response.statusCode()).as("status of %s: %s", pathAndQuery, response.body()).isEqualTo(400);
    JsonNode body = DashboardServer.parse(response.body());
    assertThat(body.path("parameter").asText()).isEqualTo(parameter);
    assertThat(body.path("message").asText()).isNotBlank();
    assertThat(body.path("message_en").asText()).isNotBlank();
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    return body;
  }

  static BigDecimal decimal(JsonNode node) {
    return node.decimalValue().stripTrailingZeros();
  }

  static BigDecimal dec(String value) {
    return new BigDecimal(value).stripTrailingZeros();
  }

  /** {@code field} of every element of an array, as text. */
  static List<String> column(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(field).isNull() ? null : n.path(field).asText()));
    return out;
  }

  static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (n.path(field).asText().equals(value)) {
        return n;
      }
    }
    throw new AssertionError("No element with " + field + " = " + value + " in " + array);
  }
}
