package id.spbe.analytics.benchmark.pipeline;

import id.spbe.analytics.benchmark.BenchmarkConfig;
import id.spbe.analytics.benchmark.process.MeasuredProcess;
import id.spbe.analytics.benchmark.process.ProcessMeasurement;
import id.spbe.analytics.benchmark.reference.GeneratedSet;
import id.spbe.analytics.benchmark.report.Check;
import id.spbe.analytics.benchmark.report.DatasetInfo;
import id.spbe.analytics.benchmark.report.Measurement;
import id.spbe.analytics.benchmark.report.Ratio;
import id.spbe.analytics.benchmark.report.Target;
import id.spbe.analytics.contract.WarehouseLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The pipeline measurements: the packaged jar run as its own process (the way planners run it) on an empty
 * input (its fixed cost), the bundled Kabupaten Blitar sample (a regency's real size) and a re-run of it with
 * unchanged inputs, the national set and ten times it, a one-year re-ingest, and the DuckDB reference over the
 * same files.
 */
public final class PipelineBench {
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(60);
  private static final Map<String, String> ENV = Map.of("SPARK_LOCAL_IP", "127.0.0.1");
  private static final String SAMPLE = "data/samples/kabupaten-blitar";

  private final BenchmarkConfig config;
  private final Consumer<String> log;
  private final List<Measurement> measurements = new ArrayList<>();

  public PipelineBench(BenchmarkConfig config, Consumer<String> log) {
    this.config = config;
    this.log = log;
  }

  /** What the pipeline part measured, and the warehouse holding the national set for the dashboard. */
  public record Result(List<DatasetInfo> datasets, List<Measurement> measurements, List<Ratio> ratios,
      List<Check> checks, Path nationalWarehouse) {

    /** Nothing measured: the dashboard is measured over a warehouse published before (--dashboard-only). */
    public static Result skipped(Path warehouse) {
      return new Result(List.of(), List.of(), List.of(), List.of(), warehouse);
    }
  }

  public Result run() throws IOException {
    GeneratedSet national = generate("national", config.nationalScale());
    GeneratedSet tenfold = generate("tenfold", config.tenfoldScale());
    Path empty = emptyInput();
    boolean full = config.mode().equals("full");

    trainLauncher(config.root().resolve(SAMPLE));
    Measurement emptyWall = runs("empty", "empty input (one instansi, no results)", empty, config.pipelineRuns(),
        full ? new Target(8, "s") : null);
    Path sample = config.root().resolve(SAMPLE);
    runs("sample", "Kabupaten Blitar sample (" + fileCount(sample) + " files)", sample, config.pipelineRuns(),
        full ? new Target(10, "s") : null);
    Path sampleWarehouse = config.out().resolve("warehouses/sample-" + config.pipelineRuns());
    String sampleVersion = currentVersion(sampleWarehouse);
    unchanged(sample, sampleWarehouse, full ? new Target(5, "s") : null);
    Path nationalWarehouse = config.out().resolve("warehouses/national-" + config.pipelineRuns());
    Measurement nationalWall = runs("national", label("national set", national), national.dir(), config.pipelineRuns(),
        full ? new Target(45, "s") : null);
    Measurement reingestWall = reingest(national, nationalWarehouse);
    Measurement tenfoldWall = runs("tenfold", label("ten times national", tenfold), tenfold.dir(), config.tenfoldRuns(),
        full ? new Target(180, "s") : null);
    Measurement referenceNational = reference("national", label("national set", national), national);
    Measurement referenceTenfold = reference("tenfold", label("ten times national", tenfold), tenfold);

    List<Ratio> ratios = List.of(
        Ratio.of("pipeline.national_over_empty", "pipeline: national run / empty run (fixed cost)", nationalWall, emptyWall, null),
        Ratio.of("pipeline.tenfold_over_national", "pipeline: ten times national / national", tenfoldWall, nationalWall, null),
        Ratio.of("pipeline.national_over_reference", "national set: pipeline (Spark) / DuckDB reference", nationalWall,
            referenceNational, full ? new Target(3, "x") : null),
        Ratio.of("pipeline.tenfold_over_reference", "ten times national: pipeline (Spark) / DuckDB reference", tenfoldWall,
            referenceTenfold, null),
        Ratio.of("pipeline.reingest_over_national", "re-ingest one year / full national run", reingestWall, nationalWall,
            full ? new Target(0.25, "x") : null));
    List<Check> checks = new ArrayList<>();
    checks.add(PublishedChecks.unchangedPublishedNothing(sampleWarehouse, sampleVersion));
    checks.add(PublishedChecks.quarantined("national", nationalWarehouse, national.expectedRejectedRows()));
    checks.add(PublishedChecks.quarantined("tenfold", config.out().resolve("warehouses/tenfold-" + config.tenfoldRuns()),
        tenfold.expectedRejectedRows()));
    checks.addAll(PublishedChecks.referenceAgrees(nationalWarehouse, config.out().resolve("reference/national")));
    return new Result(List.of(info(national, config.nationalScale()), info(tenfold, config.tenfoldScale())),
        List.copyOf(measurements), ratios, checks, nationalWarehouse);
  }

  private GeneratedSet generate(String name, double scale) throws IOException {
    Path dir = config.out().resolve("data/" + name);
    deleteRecursively(dir);
    log.accept("generate " + name + " set (scale " + scale + ")");
    ProcessMeasurement m = MeasuredProcess.runExpecting(0, "generate " + name, List.of(java(), "-Xmx1g", "-jar",
        config.pipelineJar().toString(), "generate", "--output", dir.toString(), "--scale", String.valueOf(scale),
        "--seed", String.valueOf(config.seed()), "--reference", config.referenceDir().toString()), ENV,
        logFile("generate-" + name), RUN_TIMEOUT);
    measurements.add(new Measurement("generate." + name + ".wall", "pipeline", "generator, " + name + " set",
        "wall time", "s", List.of(m.wallSeconds()), null));
    return GeneratedSet.read(dir);
  }

  /** The smallest input the pipeline accepts: an instansi list with one row. It still builds every table. */
  private Path emptyInput() throws IOException {
    Path dir = config.out().resolve("data/empty");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("instansi.csv"), "kode_instansi,nama_instansi,jenis_instansi\n"
        + "6521,Kabupaten Blitar,kabupaten\n");
    return dir;
  }

  private Measurement runs(String name, String subject, Path input, int runs, Target target) throws IOException {
    List<Double> walls = new ArrayList<>();
    List<Double> rss = new ArrayList<>();
    for (int i = 1; i <= runs; i++) {
      Path warehouse = config.out().resolve("warehouses/" + name + "-" + i);
      deleteRecursively(warehouse);
      log.accept("pipeline " + name + " run " + i + "/" + runs);
      ProcessMeasurement m = pipeline(name + "-" + i, input, warehouse);
      walls.add(m.wallSeconds());
      rss.add(m.peakRssMib());
    }
    return record("pipeline." + name, subject, walls, rss, target);
  }

  private Measurement reingest(GeneratedSet national, Path warehouse) {
    Path year = national.dir().resolve(String.valueOf(config.reingestYear()));
    List<Double> walls = new ArrayList<>();
    List<Double> rss = new ArrayList<>();
    for (int i = 1; i <= config.pipelineRuns(); i++) {
      log.accept("pipeline re-ingest " + config.reingestYear() + " run " + i + "/" + config.pipelineRuns());
      ProcessMeasurement m = pipeline("reingest-" + i, year, warehouse);
      walls.add(m.wallSeconds());
      rss.add(m.peakRssMib());
    }
    return record("pipeline.reingest", "re-ingest " + config.reingestYear() + " into the published national set",
        walls, rss, null);
  }

  /**
   * The sample again over the warehouse its last run published, without {@code --force}: what a planner waits for
   * when nothing changed (the pipeline must say so and publish nothing; {@link PublishedChecks} checks that).
   */
  private void unchanged(Path sample, Path warehouse, Target target) {
    List<Double> walls = new ArrayList<>();
    List<Double> rss = new ArrayList<>();
    for (int i = 1; i <= config.pipelineRuns(); i++) {
      log.accept("pipeline unchanged re-run " + i + "/" + config.pipelineRuns());
      ProcessMeasurement m = pipeline("unchanged-" + i, sample, warehouse, false);
      walls.add(m.wallSeconds());
      rss.add(m.peakRssMib());
    }
    record("pipeline.unchanged", "re-run of the sample with unchanged inputs", walls, rss, target);
  }

  private ProcessMeasurement pipeline(String name, Path input, Path warehouse) {
    // the repeated runs and re-ingests measure the work, not the check that the inputs are unchanged
    return pipeline(name, input, warehouse, true);
  }

  /**
   * A run as planners start it, through the launcher: {@code exec}s java with the class-data archive, so the process
   * measured is the JVM itself. The archive is trained once beforehand ({@link #trainLauncher}), outside the
   * measurements, in the benchmark's own cache.
   */
  private ProcessMeasurement pipeline(String name, Path input, Path warehouse, boolean force) {
    List<String> command = new ArrayList<>(List.of("bash", config.pipelineLauncher().toString(), "run", "--input",
        input.toString(), "--warehouse", warehouse.toString(), "--reference", config.referenceDir().toString(),
        "--publish-valid-rows", "--quiet"));
    if (force) {
      command.add("--force");
    }
    return MeasuredProcess.runExpecting(0, "pipeline " + name, command, launcherEnv(), logFile("pipeline-" + name),
        RUN_TIMEOUT);
  }

  /** The launcher's first run over inputs writes the class-data archive (and waits on java as a child): not measured. */
  private void trainLauncher(Path sample) throws IOException {
    log.accept("pipeline: training the launcher's class-data archive on the sample (not measured)");
    Path warehouse = config.out().resolve("warehouses/launcher-training");
    deleteRecursively(warehouse);
    MeasuredProcess.runExpecting(0, "pipeline launcher training", List.of("bash", config.pipelineLauncher().toString(),
        "run", "--input", sample.toString(), "--warehouse", warehouse.toString(), "--reference",
        config.referenceDir().toString(), "--publish-valid-rows", "--quiet"), launcherEnv(),
        logFile("pipeline-launcher-training"), RUN_TIMEOUT);
  }

  private Map<String, String> launcherEnv() {
    Map<String, String> env = new java.util.HashMap<>(ENV);
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("JAVA_OPTS", BenchmarkConfig.PIPELINE_HEAP);
    env.put("XDG_CACHE_HOME", config.out().resolve("launcher-cache").toString());
    return env;
  }

  private static String currentVersion(Path warehouse) throws IOException {
    return WarehouseLayout.currentVersion(warehouse)
        .orElseThrow(() -> new IOException("the sample run published nothing into " + warehouse));
  }

  private static long fileCount(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".csv")).count();
    }
  }

  private Measurement reference(String name, String subject, GeneratedSet set) throws IOException {
    List<Double> walls = new ArrayList<>();
    List<Double> rss = new ArrayList<>();
    Path output = config.out().resolve("reference/" + name);
    for (int i = 1; i <= config.referenceRuns(); i++) {
      deleteRecursively(output);
      log.accept("DuckDB reference " + name + " run " + i + "/" + config.referenceRuns());
      ProcessMeasurement m = MeasuredProcess.runExpecting(0, "reference " + name, List.of(java(),
          BenchmarkConfig.PIPELINE_HEAP, "--enable-native-access=ALL-UNNAMED", "-XX:+IgnoreUnrecognizedVMOptions",
          "-cp", config.benchmarkJar() + ":" + config.root().resolve("benchmark/target/lib") + "/*",
          "id.spbe.analytics.benchmark.reference.DuckDbReference", set.dir().toString(), config.referenceDir().toString(),
          output.toString()), ENV, logFile("reference-" + name + "-" + i), RUN_TIMEOUT);
      walls.add(m.wallSeconds());
      rss.add(m.peakRssMib());
    }
    return record("reference." + name, "DuckDB reference, " + subject, walls, rss, null);
  }

  private Measurement record(String id, String subject, List<Double> walls, List<Double> rss, Target target) {
    Measurement wall = new Measurement(id + ".wall", "pipeline", subject, "wall time", "s", walls, target);
    measurements.add(wall);
    measurements.add(new Measurement(id + ".rss", "pipeline", subject, "peak RSS", "MiB", rss, null));
    return wall;
  }

  private static String label(String name, GeneratedSet set) {
    return name + " (" + set.instansi() + " instansi, " + set.rows() + " rows)";
  }

  private DatasetInfo info(GeneratedSet set, double scale) {
    return new DatasetInfo(set.dir().getFileName().toString(), scale, config.seed(), set.instansi(), set.files().size(), set.rows(),
        set.bytes() / 1e6, set.expectedRejectedRows());
  }

  private Path logFile(String name) {
    return config.out().resolve("logs/" + name + ".log");
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
