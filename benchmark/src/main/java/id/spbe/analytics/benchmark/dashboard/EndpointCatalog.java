package id.spbe.analytics.benchmark.dashboard;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The endpoints and pages to measure, from {@code dashboard-endpoints.json} (built in) or a file given with
 * {@code --endpoints}. Endpoints the running dashboard does not serve are reported absent, not failed, so the list
 * can name endpoints before they land; the dashboard's own scripts add any endpoint the list misses.
 */
public record EndpointCatalog(List<EndpointSpec> endpoints, List<Page> pages, List<NotLoaded> notLoaded) {
  static final String BUILT_IN = "/dashboard-endpoints.json";
  private static final ObjectMapper JSON = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** A page whose charts are timed in headless chromium. */
  public record Page(String name, String path) {}

  /** An endpoint the dashboard's scripts call that is deliberately not load-tested, and why. */
  public record NotLoaded(String path, String reason) {}

  public EndpointCatalog {
    notLoaded = notLoaded == null ? List.of() : List.copyOf(notLoaded);
  }

  public static EndpointCatalog load(Path file) throws IOException {
    if (file != null) {
      try (InputStream in = Files.newInputStream(file)) {
        return JSON.readValue(in, EndpointCatalog.class);
      }
    }
    try (InputStream in = EndpointCatalog.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException(BUILT_IN + " missing from the benchmark's class path");
      }
      return JSON.readValue(in, EndpointCatalog.class);
    }
  }
}
