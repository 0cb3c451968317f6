package id.spbe.analytics.pipeline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.analytics.pipeline.SharedSpark;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * A regency's statement over tables held in one partition each runs as one stage: no shuffle from one partition into
 * one is left between its joins and aggregates, and the rows are those Spark computes with the shuffles.
 */
class OnePartitionShufflesTest {
  /** Joined without broadcasts, as a small run is ({@link SparkSessions#ONE_TASK_PLANS}); the session's own comes back. */
  private static final String BROADCAST = "spark.sql.autoBroadcastJoinThreshold";
  private final SparkSession spark = SharedSpark.get();

  /** Scores joined to targets and to frameworks, then summed per instansi: two joins and an aggregate. */
  private Dataset<Row> statement() {
    table("('6521', 2025, 'PERMEN_59_2020', 3.36bd), ('6521', 2026, 'PEMDI_2026', 1.94bd), "
        + "('3505', 2026, 'PEMDI_2026', 2.50bd) as t(instansi_code, year, framework_id, index_value)", "scores");
    table("('6521', 2025, 3.2bd), ('6521', 2026, 3.5bd), ('3505', 2026, 3.0bd) as t(instansi_code, year, target_index)",
        "targets");
    table("('PERMEN_59_2020', 'Indeks SPBE'), ('PEMDI_2026', 'Indeks Pemdi') as t(framework_id, index_name)",
        "frameworks");
    return spark.sql("select s.instansi_code, sum(t.target_index - s.index_value) as gap from scores s "
        + "join targets t on t.instansi_code = s.instansi_code and t.year = s.year "
        + "join frameworks f on f.framework_id = s.framework_id group by s.instansi_code");
  }

  /** In one partition, as the sink holds a small run's tables. */
  private void table(String values, String name) {
    spark.sql("select * from values " + values).coalesce(1).createOrReplaceTempView(name);
  }

  @Test
  void aSmallRunsStatementOverOnePartitionTablesHasNoShuffleLeft() {
    String partitions = spark.conf().get("spark.sql.shuffle.partitions");
    spark.conf().set("spark.sql.shuffle.partitions", "1");
    String broadcast = spark.conf().get(BROADCAST);
    spark.conf().set("spark.sql.adaptive.enabled", "false");
    spark.conf().set(BROADCAST, "-1");
    try {
      spark.conf().set(OnePartitionShuffles.ENABLED, "false");
      Dataset<Row> withShuffles = statement();
      assertThat(withShuffles.queryExecution().executedPlan().toString()).as("Spark's own plan")
          .contains("Exchange");
      List<Row> expected = withShuffles.collectAsList();

      spark.conf().set(OnePartitionShuffles.ENABLED, "true");
      Dataset<Row> without = statement();
      assertThat(without.queryExecution().executedPlan().toString()).doesNotContain("Exchange")
          .contains("SortMergeJoin");
      assertThat(without.collectAsList()).containsExactlyInAnyOrderElementsOf(expected)
          .extracting(r -> r.getString(0) + " " + r.getDecimal(1).stripTrailingZeros().toPlainString())
          .containsExactlyInAnyOrder("6521 1.4", "3505 0.5");
    } finally {
      spark.conf().set("spark.sql.shuffle.partitions", partitions);
      spark.conf().set(BROADCAST, broadcast);
      spark.conf().unset("spark.sql.adaptive.enabled");
      spark.conf().unset(OnePartitionShuffles.ENABLED);
    }
  }

  /** Two shuffle partitions (a large run, a cluster): the shuffles stay, whatever the setting says. */
  @Test
  void aShuffleIntoSeveralPartitionsIsKept() {
    String broadcast = spark.conf().get(BROADCAST);
    spark.conf().set("spark.sql.adaptive.enabled", "false");
    spark.conf().set(BROADCAST, "-1");
    spark.conf().set(OnePartitionShuffles.ENABLED, "true");
    try {
      assertThat(spark.conf().get("spark.sql.shuffle.partitions")).isEqualTo("2");
      assertThat(statement().queryExecution().executedPlan().toString()).contains("Exchange hashpartitioning");
    } finally {
      spark.conf().set(BROADCAST, broadcast);
      spark.conf().unset("spark.sql.adaptive.enabled");
      spark.conf().unset(OnePartitionShuffles.ENABLED);
    }
  }
}
