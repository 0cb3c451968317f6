package id.spbe.analytics.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.spbe.analytics.dashboard.warehouse.PublishedState;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** The real app on a free loopback port, and a client for it: what JavalinTest does, on Javalin 7.2. */
public final class DashboardServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
  private final Javalin app;
  private final HttpClient client = HttpClient.newHttpClient();

  public DashboardServer(Path warehouse, Duration refresh) {
    this.app = DashboardApp.create(new PublishedState(warehouse, refresh)).start("127.0.0.1", 0);
  }

  public String base() {
    return "http://127.0.0.1:" + app.port();
  }

  public HttpResponse<String> get(String pathAndQuery) {
    try {
      return client.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public JsonNode json(String pathAndQuery) {
    try {
      return JSON.readTree(get(pathAndQuery).body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    app.stop();
  }
}
