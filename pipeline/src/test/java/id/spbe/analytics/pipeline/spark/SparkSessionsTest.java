package id.spbe.analytics.pipeline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.analytics.pipeline.SharedSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.apache.spark.metrics.source.CodegenMetrics;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkSessionsTest {

  /**
   * The ten-times national run died building a broadcast of a table that was under 10 MB on disk and many times
   * that as rows: the planner must not take a compressed file's size for its size in memory.
   */
  @Test
  void aTableSmallOnDiskButLargeInMemoryIsNotBroadcast(@TempDir Path dir) throws Exception {
    SparkSession spark = SharedSpark.get();
    // a million rows of two low-cardinality columns: dictionary-encoded, a few MB of Parquet, about 30 MB as rows
    spark.range(1_000_000).selectExpr("concat('kab-', cast(id % 1000 as string)) as instansi_code", "id % 50 as year")
        .write().parquet(dir.resolve("scores").toString());
    long onDisk;
    try (Stream<Path> files = Files.walk(dir.resolve("scores"))) {
      onDisk = files.filter(f -> f.toString().endsWith(".parquet")).mapToLong(f -> f.toFile().length()).sum();
    }
    assertThat(onDisk).as("the case that fooled the planner: under 10 MB on disk (Spark's default threshold)")
        .isLessThan(10L << 20).isGreaterThan(100L << 10);

    // both sides are such tables (a score joined to last year's scores): neither may be broadcast from its file size
    Dataset<Row> scores = spark.read().parquet(dir.resolve("scores").toString());
    Dataset<Row> previous = spark.read().parquet(dir.resolve("scores").toString()).withColumnRenamed("year", "previous");
    String plan = scores.join(previous, "instansi_code").queryExecution().sparkPlan().toString();
    assertThat(plan).doesNotContain("BroadcastHashJoin").contains("SortMergeJoin");
  }

  private static final String FACTORY_MODE = "spark.sql.codegen.factoryMode";
  private static final String WHOLE_STAGE = "spark.sql.codegen.wholeStage";

  /**
   * A regency's run (the sample's 1,046 data rows) is interpreted: the settings are set on the running session, and take
   * effect there, set after the session started: a query then compiles no code at all (Spark counts every source it
   * compiles). Closing puts the session back to compiling.
   */
  @Test
  void aSmallInputIsInterpretedForTheRunOnly() {
    SparkSession spark = SharedSpark.get();
    try (SparkSessions.Tuned tuned = SparkSessions.tuneForRows(spark, 1_046)) {
      assertThat(spark.conf().get(FACTORY_MODE)).isEqualTo("NO_CODEGEN");
      assertThat(spark.conf().get(WHOLE_STAGE)).isEqualTo("false");
      assertThat(compilationsFor(spark)).as("sources compiled by a query run interpreted").isZero();
    }
    assertThat(spark.conf().contains(FACTORY_MODE)).isFalse();
    assertThat(spark.conf().contains(WHOLE_STAGE)).isFalse();
    assertThat(compilationsFor(spark)).as("sources compiled by the same query after the run").isPositive();
  }

  /** The national set (714,422 rows) and anything over the bound keep Spark's compiled code. */
  @Test
  void aLargeInputIsLeftToSpark() {
    SparkSession spark = SharedSpark.get();
    try (SparkSessions.Tuned tuned = SparkSessions.tuneForRows(spark, SparkSessions.SMALL_RUN_MAX_ROWS + 1)) {
      assertThat(spark.conf().contains(FACTORY_MODE)).isFalse();
      assertThat(spark.conf().contains(WHOLE_STAGE)).isFalse();
      assertThat(compilationsFor(spark)).isPositive();
    }
    try (SparkSessions.Tuned tuned = SparkSessions.tuneForRows(spark, SparkSessions.SMALL_RUN_MAX_ROWS)) {
      assertThat(spark.conf().get(FACTORY_MODE)).as("the bound itself is small").isEqualTo("NO_CODEGEN");
    }
  }

  /** A value the user set (--conf, -D) is theirs: neither setting is touched, nor unset when the run ends. */
  @Test
  void aUsersOwnSettingIsKept() {
    SparkSession spark = SharedSpark.get();
    spark.conf().set(FACTORY_MODE, "FALLBACK");
    try {
      try (SparkSessions.Tuned tuned = SparkSessions.tuneForRows(spark, 1_046)) {
        assertThat(spark.conf().get(FACTORY_MODE)).isEqualTo("FALLBACK");
        assertThat(spark.conf().contains(WHOLE_STAGE)).as("goes with the user's choice of code generation").isFalse();
      }
      assertThat(spark.conf().get(FACTORY_MODE)).isEqualTo("FALLBACK");
    } finally {
      spark.conf().unset(FACTORY_MODE);
    }
    assertThat(SparkSessions.settingsFor(1_046, "local[*]", WHOLE_STAGE::equals)).as("the plan settings still apply")
        .containsAllEntriesOf(SparkSessions.ONE_TASK_PLANS).containsAllEntriesOf(SparkSessions.LESS_PLANNING)
        .doesNotContainKeys(FACTORY_MODE, WHOLE_STAGE);
    assertThat(SparkSessions.settingsFor(1_046, "local[*]", SHUFFLE_PARTITIONS::equals))
        .doesNotContainKey(SHUFFLE_PARTITIONS).containsEntry(ADAPTIVE, "false").containsEntry(FACTORY_MODE, "NO_CODEGEN");
  }

  private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
  private static final String ADAPTIVE = "spark.sql.adaptive.enabled";
  private static final String BROADCAST = "spark.sql.autoBroadcastJoinThreshold";

  /**
   * A regency's run is planned as one task per stage, joined without broadcasts and not re-planned adaptively; the
   * session's own values come back when the run ends. The test session's two shuffle partitions were set by its
   * builder (the user here) and are kept; the broadcast threshold of 1 MB is {@link SparkSessions#create}'s default,
   * not the user's, so the run replaces it and closing puts 1 MB back (unsetting it would leave Spark's 10 MB).
   */
  @Test
  void aSmallInputIsPlannedAsOneTaskPerStageForTheRunOnly() {
    SparkSession spark = SharedSpark.get();
    assertThat(spark.conf().get(SHUFFLE_PARTITIONS)).isEqualTo("2");
    assertThat(spark.conf().get(BROADCAST)).isEqualTo("1m");
    try (SparkSessions.Tuned tuned = SparkSessions.tuneForRows(spark, 1_046)) {
      assertThat(spark.conf().get(SHUFFLE_PARTITIONS)).as("the user's").isEqualTo("2");
      assertThat(spark.conf().get(BROADCAST)).isEqualTo("-1");
      assertThat(spark.conf().get(ADAPTIVE)).isEqualTo("false");
      String plan = spark.range(100).join(spark.range(10), "id").queryExecution().executedPlan().toString();
      assertThat(plan).contains("SortMergeJoin").doesNotContain("Broadcast").doesNotContain("AdaptiveSparkPlan");
      assertThat(filtersOnBothSides(spark)).as("no filter inferred for the other side of a join").isEqualTo(1);
    }
    assertThat(filtersOnBothSides(spark)).as("Spark infers it again after the run").isEqualTo(2);
    assertThat(spark.conf().get(SHUFFLE_PARTITIONS)).isEqualTo("2");
    assertThat(spark.conf().get(BROADCAST)).as("create()'s default, put back").isEqualTo("1m");
    assertThat(spark.conf().contains(ADAPTIVE)).as("never set before the run").isFalse();
    String plan = spark.range(100).join(spark.range(10), "id").queryExecution().executedPlan().toString();
    assertThat(plan).contains("AdaptiveSparkPlan").contains("Broadcast");
  }

  /** A local run stages in memory what keeps it small, published rows included; a national re-ingest stages to files. */
  @Test
  void aRunStagesInMemoryOnlyWhatKeepsItSmall() {
    SparkSession spark = SharedSpark.get();
    assertThat(SparkSessions.stagingRowsInMemory(spark, 0)).isEqualTo(100_000);
    assertThat(SparkSessions.stagingRowsInMemory(spark, 99_000)).isEqualTo(1_000);
    assertThat(SparkSessions.stagingRowsInMemory(spark, 714_422)).isZero();
  }

  /** On a cluster (spark-submit --master yarn, k8s://, spark://) Spark's defaults stay, whatever the input. */
  @Test
  void aClusterKeepsSparksDefaults() {
    Map<String, String> small = new java.util.HashMap<>(Map.of(FACTORY_MODE, "NO_CODEGEN", WHOLE_STAGE, "false"));
    small.putAll(Map.of(SHUFFLE_PARTITIONS, "1", BROADCAST, "-1", "spark.sql.adaptive.autoBroadcastJoinThreshold", "-1",
        ADAPTIVE, "false", "spark.sql.constraintPropagation.enabled", "false"));
    small.putAll(Map.of("spark.sql.leafNodeDefaultParallelism", "1", OnePartitionShuffles.ENABLED, "true"));
    assertThat(SparkSessions.settingsFor(1_046, "local[*]", key -> false)).isEqualTo(small);
    assertThat(SparkSessions.settingsFor(1_046, "local", key -> false)).isEqualTo(small);
    assertThat(SparkSessions.settingsFor(SparkSessions.SMALL_RUN_MAX_ROWS + 1, "local[*]", key -> false)).isEmpty();
    assertThat(SparkSessions.settingsFor(1_046, "yarn", key -> false)).isEmpty();
    assertThat(SparkSessions.settingsFor(1_046, "k8s://https://10.0.0.1:6443", key -> false)).isEmpty();
    assertThat(SparkSessions.settingsFor(1_046, "spark://10.0.0.1:7077", key -> false)).isEmpty();
  }

  /** How many times {@code id > 5}, given on one side of a join on {@code id}, is in the optimised plan. */
  private static int filtersOnBothSides(SparkSession spark) {
    String plan = spark.range(100).where("id > 5").join(spark.range(10), "id").queryExecution().optimizedPlan().toString();
    return plan.split("> 5\\)", -1).length - 1;
  }

  /** How many sources Spark compiles for a query no earlier one shares code with (its literal is new). */
  private static long compilationsFor(SparkSession spark) {
    long before = CodegenMetrics.METRIC_SOURCE_CODE_SIZE().getCount();
    long literal = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE / 8);
    spark.range(5).selectExpr("id * 7919 + " + literal + " as v", "cast(id as string) as s").where("v > 0").collectAsList();
    return CodegenMetrics.METRIC_SOURCE_CODE_SIZE().getCount() - before;
  }
}
