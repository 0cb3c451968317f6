package id.spbe.analytics.pipeline.spark;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.deploy.SparkHadoopUtil;
import org.apache.spark.sql.SparkSession;
import scala.runtime.BoxedUnit;

/**
 * Builds the SparkSession. The master comes from Spark's own configuration (spark-submit's --master, or
 * -Dspark.master=...); only when none is set does the job run embedded on {@code local[*]}. Defaults here suit a
 * 2-core laptop and are overridden by any value the user sets. Settings that depend on the input's size are chosen
 * once the run knows how many rows it has ({@link #tuneForRows}).
 */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession create(String appName) {
    return SparkSession.builder().config(conf(appName)).withExtensions(extensions -> {
      extensions.injectColumnar(OnePartitionShuffles::new);
      return BoxedUnit.UNIT;
    }).getOrCreate();
  }

  /**
   * The Hadoop configuration a session would have, for file work done before or without one (the unchanged-input
   * check, versions, rollback). Hadoop keeps one file system per scheme for the whole process, made from the first
   * configuration that asks: so that one must carry the session's file-system settings too.
   */
  public static Configuration hadoopConfiguration() {
    return SparkHadoopUtil.get().newConfiguration(conf("spbe-pipeline"));
  }

  private static SparkConf conf(String appName) {
    SparkConf conf = new SparkConf(); // reads spark.* system properties, which spark-submit sets
    boolean local = !conf.contains("spark.master") || conf.get("spark.master").startsWith("local");
    setIfAbsent(conf, "spark.master", "local[*]");
    setIfAbsent(conf, "spark.app.name", appName);
    setIfAbsent(conf, "spark.ui.enabled", "false");
    setIfAbsent(conf, "spark.ui.showConsoleProgress", "false");
    // the data is thousands to a few million rows: 200 shuffle partitions would be 200 tiny tasks per stage
    setIfAbsent(conf, "spark.sql.shuffle.partitions", local ? "4" : "32");
    // The planner broadcasts a join side whose files are under the threshold, but dictionary-encoded, compressed
    // Parquet grows tens of times as rows in memory: at ten times the national set a table under 10 MB on disk
    // became a broadcast that exhausted a 2 GiB driver. So a side is broadcast from its file size only when it is
    // under about 100 KB of Parquet (a catalog table); adaptive execution still broadcasts any side whose
    // shuffled, real size turns out under 10 MB.
    setIfAbsent(conf, "spark.sql.sources.fileCompressionFactor", "10");
    setIfAbsent(conf, "spark.sql.autoBroadcastJoinThreshold", "1m");
    setIfAbsent(conf, "spark.sql.adaptive.autoBroadcastJoinThreshold", "10m");
    setIfAbsent(conf, "spark.sql.session.timeZone", "UTC");
    setIfAbsent(conf, "spark.sql.sources.partitionOverwriteMode", "static");
    setIfAbsent(conf, "spark.sql.ansi.enabled", "true");
    // file:// without a chmod process per file written (PosixLocalFileSystem says why)
    setIfAbsent(conf, "spark.hadoop.fs.file.impl", PosixLocalFileSystem.class.getName());
    if (local) {
      setIfAbsent(conf, "spark.driver.host", "127.0.0.1");
      setIfAbsent(conf, "spark.driver.bindAddress", "127.0.0.1");
    }
    return conf;
  }

  /**
   * Up to this many rows (staged plus already published), a run is planned for its size: a regency's run (the Blitar
   * sample, 1,046 data rows) is Spark's fixed cost per job, not data (docs/benchmark.md, "Where a regency's run goes").
   * The national set (714,422 rows) is data: it keeps Spark's compiled code and its parallel, adaptive plans, made for
   * that. This bound sits well between the two.
   */
  public static final long SMALL_RUN_MAX_ROWS = 100_000;

  /** Sets how many staged rows a run holds in memory before it stages to files ({@code StagingBuffer}). */
  public static final String STAGING_ROWS_IN_MEMORY = "spark.spbe.staging.maxRowsInMemory";

  /**
   * Up to how many rows a run merging into {@code publishedRows} stages in memory: what the user set, else what keeps
   * the run small on a local session, and none on a cluster (whose executors read the staging files). A year
   * re-ingested into the national set stages about 80,000 rows into 714,422: a large run, staged to files.
   */
  public static long stagingRowsInMemory(SparkSession spark, long publishedRows) {
    SparkConf conf = spark.sparkContext().getConf();
    if (conf.contains(STAGING_ROWS_IN_MEMORY)) {
      return conf.getLong(STAGING_ROWS_IN_MEMORY, 0);
    }
    return isSmallRun(spark, publishedRows) ? SMALL_RUN_MAX_ROWS - publishedRows : 0;
  }

  /**
   * Expressions interpreted instead of compiled. On 2 cores the sample took 75 s with Spark's code generation and 54 s
   * with {@code NO_CODEGEN}: generating and compiling each plan's code cost more than interpreting a few rows with it.
   * {@code factoryMode} is an internal setting but read outside tests too (CodeGeneratorWithInterpretedFallback, and
   * CollapseCodegenStages turns whole-stage code generation off under {@code NO_CODEGEN}); whole-stage is set off as
   * well, so the intent does not rest on that one line of Spark. Some of Spark's generated code does not look at it
   * (row joiners and projections inside aggregates and file scans, range orderings): the sample's run compiled 54
   * sources so, against 1,239 with Spark's defaults. A user who set either setting keeps both as they are.
   */
  static final Map<String, String> INTERPRETED = ordered(
      "spark.sql.codegen.factoryMode", "NO_CODEGEN",
      "spark.sql.codegen.wholeStage", "false");

  /**
   * Plans of one task per stage, without broadcasts or adaptive re-planning. Measured on the sample through the
   * launcher, each over the interpreted run (one run each, 2 cores): 39.6 s as before; one shuffle partition 30.6 s
   * (four tasks over a handful of rows were four times the tasks' fixed cost); no broadcasts as well 26.5 s (each
   * broadcast is its own job, collected and shipped, where one partition joins in the stage); no adaptive execution
   * as well 23.5 s (adaptive execution submits every query stage as a job and re-plans what is left after each). On
   * 2026-12-04 (medians of three or four runs, interleaved with the build before): in-memory tables read as one
   * partition, not one per core, 13.3 s -> 12.9 s; with every table held in one partition ({@code ParquetTableSink}),
   * no shuffle from one partition into one ({@link OnePartitionShuffles}): 301 -> 150 stages, 11.8 s -> 11.4 s. Each
   * setting is kept when the user set it; the defaults {@link #create} sets are not the user's.
   */
  static final Map<String, String> ONE_TASK_PLANS = ordered(
      "spark.sql.shuffle.partitions", "1",
      "spark.sql.autoBroadcastJoinThreshold", "-1",
      "spark.sql.adaptive.autoBroadcastJoinThreshold", "-1",
      "spark.sql.adaptive.enabled", "false",
      "spark.sql.leafNodeDefaultParallelism", "1",
      OnePartitionShuffles.ENABLED, "true");

  /**
   * Less planning per statement. Spark's analyser and optimiser took 8.4 s of the sample run's 23 s of CPU (Spark's
   * {@code RuleExecutor} timings); inferring filters from constraints is the part that finds nothing to prune in a
   * few hundred rows held in memory. Off: 15.0 s -> 14.4 s through the launcher (two runs each), the same tables.
   */
  static final Map<String, String> LESS_PLANNING = ordered(
      "spark.sql.constraintPropagation.enabled", "false");

  /** The keys {@link #create} set itself, so a later choice by size does not take them for the user's. */
  static final String DEFAULTED_KEYS = "spark.spbe.defaultedKeys";

  private static Map<String, String> ordered(String... keysAndValues) {
    Map<String, String> settings = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      settings.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(settings);
  }

  /**
   * Sets, for one run over {@code rows} rows, what suits their number; closing puts back what was there. Only an
   * embedded, local session is tuned: a cluster keeps Spark's defaults.
   */
  public static Tuned tuneForRows(SparkSession spark, long rows) {
    // copyOf, not of: a key listed twice (a conf built twice from one SparkConf) must not fail the run
    Set<String> defaulted = Set.copyOf(Arrays.asList(spark.sparkContext().getConf().get(DEFAULTED_KEYS, "").split(",")));
    Map<String, String> chosen = settingsFor(rows, spark.sparkContext().master(),
        key -> !defaulted.contains(key) && (spark.conf().contains(key) || spark.sparkContext().getConf().contains(key)));
    Map<String, Optional<String>> before = new LinkedHashMap<>();
    chosen.forEach((key, value) -> {
      before.put(key, spark.conf().contains(key) ? Optional.of(spark.conf().get(key)) : Optional.empty());
      spark.conf().set(key, value);
    });
    return () -> before.forEach((key, value) -> value.ifPresentOrElse(v -> spark.conf().set(key, v),
        () -> spark.conf().unset(key)));
  }

  /** Whether a run over {@code rows} rows (staged plus published) on this session is a small one. */
  public static boolean isSmallRun(SparkSession spark, long rows) {
    return isSmallRun(rows, spark.sparkContext().master());
  }

  private static boolean isSmallRun(long rows, String master) {
    return rows <= SMALL_RUN_MAX_ROWS && master.startsWith("local");
  }

  /** What {@link #tuneForRows} set, put back by closing it. */
  public interface Tuned extends AutoCloseable {
    @Override
    void close();
  }

  /** The settings {@link #tuneForRows} sets: none for a large input or a non-local master, none the user set. */
  static Map<String, String> settingsFor(long rows, String master, Predicate<String> userSet) {
    if (!isSmallRun(rows, master)) {
      return Map.of();
    }
    Map<String, String> settings = new LinkedHashMap<>();
    if (INTERPRETED.keySet().stream().noneMatch(userSet)) {
      settings.putAll(INTERPRETED);
    }
    for (Map<String, String> each : List.of(ONE_TASK_PLANS, LESS_PLANNING)) {
      each.forEach((key, value) -> {
        if (!userSet.test(key)) {
          settings.put(key, value);
        }
      });
    }
    return settings;
  }

  private static void setIfAbsent(SparkConf conf, String key, String value) {
    if (!conf.contains(key)) {
      conf.set(key, value);
      String defaulted = conf.get(DEFAULTED_KEYS, "");
      conf.set(DEFAULTED_KEYS, defaulted.isEmpty() ? key : defaulted + "," + key);
    }
  }
}
