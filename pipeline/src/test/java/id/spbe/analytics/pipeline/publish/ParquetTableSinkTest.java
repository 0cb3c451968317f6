package id.spbe.analytics.pipeline.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.spbe.analytics.pipeline.SharedSpark;
import id.spbe.analytics.pipeline.publish.ParquetTableSink.Downstream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetTableSinkTest {
  private final SparkSession spark = SharedSpark.get();

  private Dataset<Row> scores() {
    return spark.sql("select * from values ('6521', 2025, 3.36bd), ('6521', 2026, 1.94bd), ('3505', 2026, null) "
        + "as t(instansi_code, year, index_value)");
  }

  /** Both ways give later statements the same rows and leave the same Parquet and row counts behind. */
  @Test
  void heldInMemoryOrReadBackTheTablesAndTheirRowsAreTheSame(@TempDir java.nio.file.Path dir) {
    List<Row> expected = scores().collectAsList();
    for (Downstream downstream : Downstream.values()) {
      Path version = new Path(dir.resolve(downstream.name()).toUri());
      try (ParquetTableSink sink = new ParquetTableSink(spark, version, downstream)) {
        Dataset<Row> given = sink.materialize("instansi_index", scores());
        Dataset<Row> other = sink.materialize("trend", scores().where("year = 2026"));
        // as a set of rows: Spark reads a table's files largest first, not in the order they were written
        assertThat(given.collectAsList()).as(downstream.name()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(given.inputFiles().length > 0).as(downstream + " reads files").isEqualTo(downstream == Downstream.READ_BACK);
        sink.awaitWritten();
        assertThat(sink.rowCounts()).isEqualTo(Map.of("instansi_index", 3L, "trend", 2L));
        assertThat(other.count()).isEqualTo(2);
      }
      assertThat(spark.read().parquet(new Path(version, "instansi_index").toString()).collectAsList())
          .as(downstream.name()).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(dir.resolve(downstream.name()).resolve("trend/_SUCCESS")).isRegularFile();
    }
  }

  /** A write that fails in the background fails the run when it waits for the tables, naming what went wrong. */
  @Test
  void aBackgroundWriteThatFailedIsRaisedWhenTheRunWaitsForItsTables(@TempDir java.nio.file.Path dir) throws Exception {
    Files.createDirectories(dir.resolve("instansi_index"));
    Files.writeString(dir.resolve("instansi_index/part-00000.parquet"), "written by something else");
    try (ParquetTableSink sink = new ParquetTableSink(spark, new Path(dir.toUri()), Downstream.HELD_IN_MEMORY)) {
      sink.materialize("instansi_index", scores());
      assertThatThrownBy(sink::awaitWritten).hasMessageContaining("instansi_index").hasMessageContaining("already exists");
    }
    assertThat(Files.readString(dir.resolve("instansi_index/part-00000.parquet"))).isEqualTo("written by something else");
  }
}
