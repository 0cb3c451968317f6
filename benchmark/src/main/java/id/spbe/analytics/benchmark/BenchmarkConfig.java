package id.spbe.analytics.benchmark;

import id.spbe.analytics.contract.WarehouseLayout;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything one benchmark run needs, built by {@link BenchmarkMain} from flags. The full mode measures the
 * national set and ten times it; the quick mode the same steps on small sets with few repetitions, to check that
 * the benchmark itself works (CI, a developer) in a few minutes.
 *
 * @param root the repository root: pipeline/target, dashboard/target, data/reference
 * @param out where the generated sets, warehouses, logs and the report go
 * @param nationalScale generator scale of the "national" set (1 in full mode)
 * @param tenfoldScale generator scale of the "ten times national" set
 * @param pipelineRuns repetitions of the empty and national pipeline runs and of the re-ingest
 * @param tenfoldRuns repetitions of the ten-times run
 * @param referenceRuns repetitions of each DuckDB reference run
 * @param reingestYear the year folder re-ingested on its own
 * @param load how long each endpoint is loaded at each concurrency, after a warm-up of a fifth of it
 * @param bareIterations timed executions of each endpoint's SQL on DuckDB alone
 * @param pageLoads loads of the Ringkasan page in headless chromium
 * @param endpoints the endpoint list to use instead of the built-in one; null for the built-in
 * @param publishedWarehouse measure only the dashboard, over this already published warehouse; null to run all
 * @param dashboardJavaOptions JVM options for the dashboard process (by default dashboard/jvm.options, as demo.sh
 *     starts it)
 */
public record BenchmarkConfig(String mode, Path root, Path out, long seed, double nationalScale, double tenfoldScale,
    int pipelineRuns, int tenfoldRuns, int referenceRuns, int reingestYear, Duration load, int bareIterations,
    int pageLoads, Path endpoints, Path publishedWarehouse, List<String> dashboardJavaOptions) {

  public static final String PIPELINE_HEAP = "-Xmx2g";

  public BenchmarkConfig {
    if (pipelineRuns < 1 || tenfoldRuns < 1 || referenceRuns < 1 || pageLoads < 1 || bareIterations < 1) {
      throw new IllegalArgumentException("every repetition count must be at least 1, were pipeline " + pipelineRuns
          + ", tenfold " + tenfoldRuns + ", reference " + referenceRuns + ", page " + pageLoads + ", bare " + bareIterations);
    }
    if (load.isNegative() || load.isZero()) {
      throw new IllegalArgumentException("the load time must be above 0, was " + load);
    }
    if (publishedWarehouse != null && !java.nio.file.Files.exists(WarehouseLayout.pointer(publishedWarehouse))) {
      throw new IllegalArgumentException("--dashboard-only " + publishedWarehouse + " has no CURRENT: not a published warehouse");
    }
    dashboardJavaOptions = List.copyOf(dashboardJavaOptions);
  }

  public static BenchmarkConfig full(Path root, Path out, long seed) {
    return new BenchmarkConfig("full", root, out, seed, 1, 10, 3, 2, 5, 2025, Duration.ofSeconds(15), 200, 5, null, null,
        dashboardJvmOptions(root));
  }

  public static BenchmarkConfig quick(Path root, Path out, long seed) {
    return new BenchmarkConfig("quick", root, out, seed, 0.02, 0.2, 1, 1, 2, 2025, Duration.ofSeconds(2), 20, 2, null,
        null, dashboardJvmOptions(root));
  }

  /** The options demo.sh starts the dashboard with, so the benchmark measures the server users run. */
  static List<String> dashboardJvmOptions(Path root) {
    Path file = root.resolve("dashboard/jvm.options");
    try {
      return java.nio.file.Files.readAllLines(file).stream().filter(line -> !line.startsWith("#"))
          .flatMap(line -> java.util.Arrays.stream(line.trim().split("\\s+"))).filter(o -> !o.isEmpty()).toList();
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("Cannot read the dashboard's JVM options " + file + ": " + e.getMessage(), e);
    }
  }

  /** Fewer (or more) runs of the ten-times set, the longest part of the full mode. */
  public BenchmarkConfig withTenfoldRuns(int runs) {
    return new BenchmarkConfig(mode, root, out, seed, nationalScale, tenfoldScale, pipelineRuns, runs,
        referenceRuns, reingestYear, load, bareIterations, pageLoads, endpoints, publishedWarehouse,
        dashboardJavaOptions);
  }

  public BenchmarkConfig withEndpoints(Path file) {
    return new BenchmarkConfig(mode, root, out, seed, nationalScale, tenfoldScale, pipelineRuns, tenfoldRuns,
        referenceRuns, reingestYear, load, bareIterations, pageLoads, file, publishedWarehouse, dashboardJavaOptions);
  }

  public BenchmarkConfig withDashboardOnly(Path warehouse, List<String> javaOptions) {
    return new BenchmarkConfig(mode, root, out, seed, nationalScale, tenfoldScale, pipelineRuns, tenfoldRuns,
        referenceRuns, reingestYear, load, bareIterations, pageLoads, endpoints, warehouse, javaOptions);
  }

  public Path pipelineJar() {
    return root.resolve("pipeline/target/spbe-pipeline.jar");
  }

  /**
   * The launcher planners run ({@code pipeline/spbe-pipeline}: the jar with class data sharing, the parallel collector,
   * and C1 up to a national run's input).
   */
  public Path pipelineLauncher() {
    return root.resolve("pipeline/spbe-pipeline");
  }

  public Path dashboardJar() {
    return root.resolve("dashboard/target/spbe-dashboard.jar");
  }

  public Path benchmarkJar() {
    return root.resolve("benchmark/target/spbe-benchmark.jar");
  }

  public Path referenceDir() {
    return root.resolve("data/reference");
  }

  public Duration warmup() {
    return load.dividedBy(5);
  }
}
