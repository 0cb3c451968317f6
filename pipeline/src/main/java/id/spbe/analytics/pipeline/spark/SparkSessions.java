package id.spbe.analytics.pipeline.spark;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the SparkSession. The master comes from Spark's own configuration (spark-submit's --master, or
 * -Dspark.master=...); only when none is set does the job run embedded on {@code local[*]}. Defaults here suit a
 * 2-core laptop and are overridden by any value the user sets. Settings that depend on the input's size are chosen
 * once the run knows how many rows it has ({@link #tuneForRows}).
 */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession create(String appName) {
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
    if (local) {
      setIfAbsent(conf, "spark.driver.host", "127.0.0.1");
      setIfAbsent(conf, "spark.driver.bindAddress", "127.0.0.1");
    }
    return SparkSession.builder().config(conf).getOrCreate();
  }

  /**
   * Up to this many rows (staged plus already published), a run's expressions are interpreted rather than compiled.
   * A regency's run (the Blitar sample, 1,046 data rows) is Spark's fixed cost per job, not data (docs/benchmark.md, "Where
   * a regency's run goes": 187 jobs over a handful of rows each): on 2 cores it took 75 s with Spark's code
   * generation and 54 s with {@code NO_CODEGEN}, generating and compiling each plan's code costing more than
   * interpreting a few rows with it. The national set (714,422 rows) is data, not measured interpreted: it keeps
   * Spark's compiled code, made for that. This bound sits well between the two.
   */
  public static final long INTERPRETED_MAX_ROWS = 100_000;

  /**
   * The runtime SQL settings for {@link #INTERPRETED_MAX_ROWS}: expressions interpreted instead of compiled.
   * {@code factoryMode} is an internal setting but read outside tests too (CodeGeneratorWithInterpretedFallback,
   * and CollapseCodegenStages turns whole-stage code generation off under {@code NO_CODEGEN}); whole-stage is set
   * off as well, so the intent does not rest on that one line of Spark. Some of Spark's generated code does not look
   * at it (row joiners and projections inside aggregates and file scans, range orderings): the sample's run compiled
   * 54 sources so, against 1,239 (65 s of compiling, summed over threads) with Spark's defaults.
   */
  static final Map<String, String> INTERPRETED = interpreted();

  private static Map<String, String> interpreted() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("spark.sql.codegen.factoryMode", "NO_CODEGEN");
    settings.put("spark.sql.codegen.wholeStage", "false");
    return Collections.unmodifiableMap(settings);
  }

  /**
   * Sets, for one run over {@code rows} rows, what suits their number; closing puts back what it set. Only an
   * embedded, local session is tuned: a cluster keeps Spark's defaults. A user who set either setting
   * (--conf, -D) keeps both as they are, since they go together.
   */
  public static Tuned tuneForRows(SparkSession spark, long rows) {
    Map<String, String> chosen = settingsFor(rows, spark.sparkContext().master(),
        key -> spark.conf().contains(key) || spark.sparkContext().getConf().contains(key));
    chosen.forEach(spark.conf()::set);
    List<String> set = List.copyOf(chosen.keySet());
    return () -> set.forEach(spark.conf()::unset);
  }

  /** What {@link #tuneForRows} set, put back by closing it. */
  public interface Tuned extends AutoCloseable {
    @Override
    void close();
  }

  /** The settings {@link #tuneForRows} sets: none for a large input, a non-local master, or a user's own choice. */
  static Map<String, String> settingsFor(long rows, String master, Predicate<String> userSet) {
    boolean local = master.startsWith("local");
    if (rows > INTERPRETED_MAX_ROWS || !local || INTERPRETED.keySet().stream().anyMatch(userSet)) {
      return Map.of();
    }
    return INTERPRETED;
  }

  private static void setIfAbsent(SparkConf conf, String key, String value) {
    if (!conf.contains(key)) {
      conf.set(key, value);
    }
  }
}
