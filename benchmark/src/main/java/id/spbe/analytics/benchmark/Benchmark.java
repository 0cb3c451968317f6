package id.spbe.analytics.benchmark;

import id.spbe.analytics.benchmark.dashboard.DashboardBench;
import id.spbe.analytics.benchmark.pipeline.PipelineBench;
import id.spbe.analytics.benchmark.report.BenchmarkReport;
import id.spbe.analytics.benchmark.report.Check;
import id.spbe.analytics.benchmark.report.Environment;
import id.spbe.analytics.benchmark.report.JsonReport;
import id.spbe.analytics.benchmark.report.MarkdownReport;
import id.spbe.analytics.benchmark.report.Measurement;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** One benchmark run: the pipeline part, then the dashboard over the national set it published; then the report. */
public final class Benchmark {
  private final BenchmarkConfig config;
  private final Consumer<String> log;

  public Benchmark(BenchmarkConfig config, Consumer<String> log) {
    this.config = config;
    this.log = log;
  }

  public BenchmarkReport run() throws Exception {
    for (Path jar : List.of(config.pipelineJar(), config.dashboardJar(), config.benchmarkJar())) {
      if (!Files.exists(jar)) {
        throw new IllegalArgumentException(jar + " is missing: build first (benchmark/bench.sh does)");
      }
    }
    Files.createDirectories(config.out());
    String loadBefore = loadAverage();
    Instant started = Instant.now();
    long start = System.nanoTime();
    PipelineBench.Result pipeline = config.publishedWarehouse() != null
        ? PipelineBench.Result.skipped(config.publishedWarehouse())
        : new PipelineBench(config, log).run();
    DashboardBench.Result dashboard = new DashboardBench(config, log).run(pipeline.nationalWarehouse());

    List<Measurement> measurements = new ArrayList<>(pipeline.measurements());
    measurements.addAll(dashboard.measurements());
    List<Check> checks = new ArrayList<>(pipeline.checks());
    checks.addAll(dashboard.checks());
    Environment environment = new Environment(config.publishedWarehouse() == null ? config.mode() : "dashboard-only", started.truncatedTo(ChronoUnit.SECONDS).toString(),
        Runtime.getRuntime().availableProcessors(), totalMemoryMib(), System.getProperty("java.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"), gitCommit(), loadBefore, loadAverage(),
        (System.nanoTime() - start) / 1e9);
    BenchmarkReport report = new BenchmarkReport(environment, pipeline.datasets(), measurements, pipeline.ratios(),
        dashboard.endpoints(), checks, dashboard.notes());
    Files.writeString(config.out().resolve("benchmark.md"), MarkdownReport.render(report), StandardCharsets.UTF_8);
    JsonReport.write(report, config.out().resolve("benchmark.json"));
    return report;
  }

  /** The 1, 5 and 15 minute load averages: above the CPU count, other work competed with the benchmark. */
  private static String loadAverage() throws IOException {
    String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
    return parts[0] + " / " + parts[1] + " / " + parts[2];
  }

  private static long totalMemoryMib() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() / (1024 * 1024) : -1;
  }

  private String gitCommit() throws IOException, InterruptedException {
    Process git = new ProcessBuilder("git", "-C", config.root().toString(), "rev-parse", "--short", "HEAD")
        .redirectErrorStream(true).start();
    String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    return git.waitFor() == 0 ? out : "unknown (" + out + ")";
  }
}
