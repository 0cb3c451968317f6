package id.spbe.analytics.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's quick mode end to end, on the packaged pipeline and dashboard: every row of the report is
 * there, with numbers in a sane range, and every correctness check passed. The numbers are not judged against
 * the targets: those are for the full mode on a quiet machine.
 */
class BenchmarkQuickIT {
  private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
  private static final Path OUT = ROOT.resolve("benchmark/target/quick-it");
  private static final List<String> PROCESS_RUNS = List.of("pipeline.empty", "pipeline.sample",
      "pipeline.unchanged", "pipeline.national", "pipeline.reingest", "pipeline.tenfold", "reference.national",
      "reference.tenfold");
  private static JsonNode report;
  private static String markdown;

  @BeforeAll
  static void runQuickMode() throws Exception {
    new Benchmark(BenchmarkConfig.quick(ROOT, OUT, 20261128), System.out::println).run();
    report = new ObjectMapper().readTree(OUT.resolve("benchmark.json").toFile());
    markdown = Files.readString(OUT.resolve("benchmark.md"));
  }

  @Test
  void everyProcessRunHasAWallTimeAndAPeakRssInASaneRange() {
    Map<String, JsonNode> byId = measurements();
    for (String run : PROCESS_RUNS) {
      JsonNode wall = byId.get(run + ".wall");
      JsonNode rss = byId.get(run + ".rss");
      assertThat(wall).as(run + ".wall").isNotNull();
      assertThat(rss).as(run + ".rss").isNotNull();
      assertThat(wall.path("median").asDouble()).as(run + " seconds").isBetween(0.3, 1800.0);
      assertThat(rss.path("median").asDouble()).as(run + " MiB").isBetween(40.0, 8192.0);
    }
    assertThat(byId.get("pipeline.national.wall").path("target").path("limit").isMissingNode())
        .as("targets apply to the full mode only").isTrue();
    assertThat(byId.get("pipeline.tenfold.rss").path("median").asDouble())
        .as("a JVM with Spark and a 2 GiB heap").isGreaterThan(200);
  }

  @Test
  void theSampleIsMeasuredAndItsUnchangedReRunPublishesNothingInAFractionOfTheTime() {
    Map<String, JsonNode> byId = measurements();
    assertThat(byId.get("pipeline.sample.wall").path("subject").asText()).startsWith("Kabupaten Blitar sample (");
    // the unchanged re-run hashes the inputs and stops before Spark starts: a fraction of a run over the same files
    assertThat(byId.get("pipeline.unchanged.wall").path("median").asDouble())
        .isLessThan(byId.get("pipeline.sample.wall").path("median").asDouble() / 3);
    JsonNode check = null;
    for (JsonNode c : report.path("checks")) {
      if (c.path("id").asText().equals("pipeline.unchanged.nothing_published")) {
        check = c;
      }
    }
    assertThat(check).as("the unchanged re-run's check").isNotNull();
    assertThat(check.path("passed").asBoolean()).as(check.path("detail").asText()).isTrue();
  }

  @Test
  void thePipelineRunsThroughTheLauncherWithTheClassDataArchiveItTrained() throws Exception {
    Path cache = OUT.resolve("launcher-cache/spbe-analytics");
    try (var archives = Files.list(cache)) {
      assertThat(archives.filter(a -> a.getFileName().toString().endsWith(".jsa")).toList())
          .as("the archive the training run left in the benchmark's cache").singleElement()
          .satisfies(a -> assertThat(Files.size(a)).isGreaterThan(10L << 20));
    }
    // the launcher execs java: the process measured is the JVM with Spark, not the shell that started it
    assertThat(measurements().get("pipeline.sample.rss").path("median").asDouble()).isGreaterThan(200);
  }

  @Test
  void theFiveRatiosAreComputedFromTheMedians() {
    Map<String, JsonNode> byId = measurements();
    List<String> ids = new ArrayList<>();
    for (JsonNode ratio : report.path("ratios")) {
      ids.add(ratio.path("id").asText());
      double expected = byId.get(ratio.path("numerator_id").asText()).path("median").asDouble()
          / byId.get(ratio.path("denominator_id").asText()).path("median").asDouble();
      assertThat(ratio.path("value").asDouble()).as(ratio.path("id").asText()).isCloseTo(expected,
          org.assertj.core.data.Percentage.withPercentage(0.001));
    }
    assertThat(ids).containsExactly("pipeline.national_over_empty", "pipeline.tenfold_over_national",
        "pipeline.national_over_reference", "pipeline.tenfold_over_reference", "pipeline.reingest_over_national");
  }

  @Test
  void theServedEndpointsHaveOrderedPercentilesThroughputAndTheirBareQueryTime() {
    Map<String, JsonNode> byName = new HashMap<>();
    report.path("endpoints").forEach(e -> byName.put(e.path("name").asText(), e));
    for (String name : List.of("health", "instansi", "ringkasan")) {
      JsonNode e = byName.get(name);
      assertThat(e).as(name).isNotNull();
      assertThat(e.path("status").asText()).as(name).isEqualTo("MEASURED");
      for (String clients : List.of("one_client", "many_clients")) {
        JsonNode load = e.path(clients);
        assertThat(load.path("requests").asLong()).as(name + " " + clients).isPositive();
        assertThat(load.path("errors").asLong()).as(name + " " + clients).isZero();
        assertThat(load.path("p50_millis").asDouble()).isPositive()
            .isLessThanOrEqualTo(load.path("p95_millis").asDouble());
        assertThat(load.path("p95_millis").asDouble()).isLessThanOrEqualTo(load.path("p99_millis").asDouble());
        assertThat(load.path("requests_per_second").asDouble()).isPositive();
      }
      assertThat(e.path("many_clients").path("clients").asInt()).isEqualTo(16);
    }
    for (String name : List.of("instansi", "ringkasan")) {
      assertThat(byName.get(name).path("bare_millis").asDouble()).as(name + " bare DuckDB").isBetween(0.001, 5000.0);
      assertThat(byName.get(name).path("server_over_bare").asDouble()).as(name).isPositive();
    }
    report.path("endpoints").forEach(e -> assertThat(e.path("status").asText()).as(e.path("path").asText())
        .isIn("MEASURED", "NOT_LOADED"));
  }

  @Test
  void theRingkasanChartsAndTheServerMemoryAreMeasured() {
    Map<String, JsonNode> byId = measurements();
    for (String id : List.of("dashboard.page.ringkasan.cold", "dashboard.page.ringkasan.warm")) {
      assertThat(byId.get(id)).as(id).isNotNull();
      assertThat(byId.get(id).path("median").asDouble()).as(id + " ms").isBetween(1.0, 60_000.0);
    }
    assertThat(byId.get("dashboard.rss.peak").path("median").asDouble()).as("dashboard MiB").isBetween(30.0, 4096.0);
  }

  @Test
  void everyCorrectnessCheckPassed() {
    List<String> failed = new ArrayList<>();
    report.path("checks").forEach(c -> {
      if (!c.path("passed").asBoolean()) {
        failed.add(c.path("id").asText() + ": " + c.path("detail").asText());
      }
    });
    assertThat(failed).isEmpty();
    assertThat(report.path("checks").size()).isGreaterThanOrEqualTo(9);
  }

  @Test
  void theMarkdownHasEverySectionAndARowPerMeasurement() {
    assertThat(markdown).contains("# SPBE Analytics benchmark (quick mode)", "## Data sets", "## Pipeline and the DuckDB reference",
        "## Ratios", "## Dashboard API over loopback", "## Dashboard page and server", "## Checks", "`/api/ringkasan?instansi=");
    report.path("measurements").forEach(m -> assertThat(markdown).contains("| " + m.path("subject").asText() + " | "
        + m.path("metric").asText() + " |"));
  }

  private static Map<String, JsonNode> measurements() {
    Map<String, JsonNode> byId = new HashMap<>();
    report.path("measurements").forEach(m -> byId.put(m.path("id").asText(), m));
    return byId;
  }
}
