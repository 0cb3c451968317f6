package id.spbe.analytics.benchmark;

import id.spbe.analytics.benchmark.report.BenchmarkReport;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -jar benchmark/target/spbe-benchmark.jar [--quick] [--root DIR] [--out DIR] [--seed N]
 * [--endpoints FILE]}: runs every measurement and writes benchmark.md and benchmark.json into the output folder.
 * {@code benchmark/bench.sh} builds what it needs first.
 */
public final class BenchmarkMain {
  private BenchmarkMain() {}

  public static void main(String[] args) throws Exception {
    BenchmarkConfig config;
    try {
      config = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("Usage: spbe-benchmark [--quick] [--root DIR] [--out DIR] [--seed N] [--endpoints FILE] [--tenfold-runs N]"
          + " [--dashboard-only WAREHOUSE] [--dashboard-java-options \"-Xmx256m ...\"]");
      System.exit(2);
      return;
    }
    BenchmarkReport report = new Benchmark(config, System.out::println).run();
    System.out.println("Report: " + config.out().resolve("benchmark.md") + " and benchmark.json ("
        + report.checks().stream().filter(c -> !c.passed()).count() + " failed checks)");
    System.exit(report.checks().stream().allMatch(c -> c.passed()) ? 0 : 1);
  }

  static BenchmarkConfig parse(String[] args) {
    boolean quick = false;
    String root = ".";
    String out = null;
    String seed = "20261128";
    String tenfoldRuns = null;
    String endpoints = null;
    String dashboardOnly = null;
    String dashboardOptions = "";
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--quick" -> {
          quick = true;
          continue;
        }
        case "--root" -> root = require(args[i], value);
        case "--out" -> out = require(args[i], value);
        case "--seed" -> seed = require(args[i], value);
        case "--tenfold-runs" -> tenfoldRuns = require(args[i], value);
        case "--endpoints" -> endpoints = require(args[i], value);
        case "--dashboard-only" -> dashboardOnly = require(args[i], value);
        case "--dashboard-java-options" -> dashboardOptions = require(args[i], value);
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
      i++;
    }
    Path rootDir = Path.of(root).toAbsolutePath().normalize();
    Path outDir = out != null ? Path.of(out).toAbsolutePath()
        : rootDir.resolve("benchmark/target/" + (quick ? "benchmark-quick" : "benchmark-full"));
    long seedValue;
    try {
      seedValue = Long.parseLong(seed);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--seed must be a whole number, was '" + seed + "'");
    }
    BenchmarkConfig config = quick ? BenchmarkConfig.quick(rootDir, outDir, seedValue)
        : BenchmarkConfig.full(rootDir, outDir, seedValue);
    if (tenfoldRuns != null) {
      config = config.withTenfoldRuns(runs(tenfoldRuns));
    }
    if (endpoints != null) {
      config = config.withEndpoints(Path.of(endpoints).toAbsolutePath());
    }
    if (dashboardOnly != null || !dashboardOptions.isBlank()) {
      config = config.withDashboardOnly(dashboardOnly == null ? null : Path.of(dashboardOnly).toAbsolutePath(),
          dashboardOptions.isBlank() ? config.dashboardJavaOptions() : List.of(dashboardOptions.trim().split("\\s+")));
    }
    return config;
  }

  private static int runs(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--tenfold-runs must be a whole number, was '" + value + "'");
    }
  }

  private static String require(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }
}
