package id.spbe.analytics.benchmark.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;

/** The report as JSON (snake_case), for tools and for comparing runs. */
public final class JsonReport {
  public static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  public static void write(BenchmarkReport report, Path file) throws IOException {
    JSON.writeValue(file.toFile(), report);
  }
}
