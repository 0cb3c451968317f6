package id.spbe.analytics.dashboard;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import id.spbe.analytics.dashboard.security.Access;
import id.spbe.analytics.dashboard.warehouse.PublishedState;
import id.spbe.analytics.dashboard.web.PublicOrigin;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The real app on a free loopback port, and a client for it that keeps cookies like a browser: what JavalinTest
 * does, on Javalin 7.2.
 */
public final class DashboardServer implements AutoCloseable {
  public static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
  private final Javalin app;
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

  public DashboardServer(Path warehouse, Duration refresh) {
    this(warehouse, refresh, Access.open());
  }

  public DashboardServer(Path warehouse, Duration refresh, Access access) {
    this(warehouse, refresh, access, Clock.systemDefaultZone());
  }

  public DashboardServer(Path warehouse, Duration refresh, Access access, Clock clock) {
    this(warehouse, refresh, access, PublicOrigin.direct("127.0.0.1"), clock);
  }

  /** Reached as {@code origin} says (a public URL, a trusted proxy in front). */
  public DashboardServer(Path warehouse, Duration refresh, Access access, PublicOrigin origin, Clock clock) {
    this.app = DashboardApp.create(new PublishedState(warehouse, refresh), access, origin, null, clock)
        .start("127.0.0.1", 0);
  }

  public String base() {
    return "http://127.0.0.1:" + app.port();
  }

  public HttpResponse<String> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().build());
  }

  public HttpResponse<byte[]> bytes(String pathAndQuery) {
    try {
      return client.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> postJson(String path, String json) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The JSON answer to a GET that must succeed. */
  public JsonNode json(String pathAndQuery) {
    HttpResponse<String> response = get(pathAndQuery);
    if (response.statusCode() != 200) {
      throw new AssertionError("GET " + pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
    }
    return parse(response.body());
  }

  public static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    app.stop();
  }
}
