package id.spbe.analytics.pipeline.job;

import id.spbe.analytics.contract.WarehouseLayout;
import id.spbe.analytics.pipeline.SharedSpark;
import id.spbe.analytics.pipeline.catalog.CatalogLoader;
import id.spbe.analytics.pipeline.catalog.FrameworkCatalog;
import id.spbe.analytics.pipeline.run.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Test helpers: run the real job against a warehouse folder and read back what it published. */
public final class PipelineRuns {
  public static final FrameworkCatalog CATALOG = CatalogLoader.load(SharedSpark.referenceDir());
  private static Path publishedSample;

  private PipelineRuns() {}

  public static RunResult run(Path warehouse, List<String> inputs, boolean publishValidRows, boolean dryRun) {
    RunConfig config = new RunConfig(inputs, warehouse.toString(), SharedSpark.referenceDir(), Optional.empty(), null,
        publishValidRows, dryRun, 5);
    return new PipelineJob(SharedSpark.get(), CATALOG, Progress.SILENT, Clock.systemUTC()).run(config);
  }

  public static RunResult run(Path warehouse, Path... inputs) {
    return run(warehouse, Stream.of(inputs).map(Path::toString).toList(), false, false);
  }

  /** The Blitar sample published once per test JVM, shared by every test that only reads it. */
  public static synchronized Path publishedSample() {
    if (publishedSample == null) {
      try {
        Path warehouse = Files.createTempDirectory("spbe-sample-warehouse");
        run(warehouse, SharedSpark.blitarSample());
        publishedSample = warehouse;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return publishedSample;
  }

  public static String current(Path warehouse) {
    try {
      return WarehouseLayout.currentVersion(warehouse).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Dataset<Row> table(Path warehouse, String table) {
    return SharedSpark.get().read().parquet(WarehouseLayout.versionDir(warehouse, current(warehouse)).resolve(table).toString());
  }

  /** A table's rows as text, sorted, without the provenance columns (source_*) that name temp folders. */
  public static List<String> rows(Path warehouse, String table) {
    return table(warehouse, table).collectAsList().stream()
        .map(r -> {
          StringBuilder b = new StringBuilder();
          for (int i = 0; i < r.size(); i++) {
            if (!r.schema().fields()[i].name().startsWith("source_")) {
              b.append(i == 0 ? "" : "|").append(r.get(i));
            }
          }
          return b.toString();
        })
        .sorted().toList();
  }

  /** Copies the sample folder so a test can change files without touching the repository. */
  public static Path copyOfSample(Path into) {
    try (Stream<Path> files = Files.list(SharedSpark.blitarSample())) {
      Files.createDirectories(into);
      for (Path f : files.toList()) {
        Files.copy(f, into.resolve(f.getFileName().toString()));
      }
      return into;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
