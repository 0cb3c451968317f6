package id.spbe.analytics.pipeline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.analytics.pipeline.SharedSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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
}
