package id.spbe.analytics.pipeline.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The computed tables, in the order they depend on each other. Each is one Spark SQL statement in
 * {@code src/main/resources/sql/<table>.sql}, named after the table it produces.
 */
public final class MetricTables {
  public static final List<String> IN_ORDER = List.of(
      "indicator_score",
      "aspect_index",
      "domain_index",
      "instansi_index");

  private MetricTables() {}

  public static String sql(String table) {
    String resource = "/sql/" + table + ".sql";
    try (InputStream in = MetricTables.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("SQL resource missing from the jar: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
