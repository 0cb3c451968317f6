package id.spbe.analytics.pipeline.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.spbe.analytics.pipeline.SharedSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small run's table written from the driver is the file Spark's own writer makes of the same rows. */
class DriverParquetWriterTest {
  private final SparkSession spark = SharedSpark.get();
  private final Configuration conf = spark.sparkContext().hadoopConfiguration();

  /** Every column type the published tables use, nulls included. */
  private Dataset<Row> rows() {
    return spark.sql("select * from values "
        + "('6521', 2026, 7L, 2.77bd, cast(1.26 as decimal(11,8)), 0.5d, true, date'2026-06-15', "
        + "timestamp'2026-12-04 22:04:25', array('a', 'b')), "
        + "('3505', null, null, null, null, null, null, null, null, null) "
        + "as t(instansi_code, year, rows_read, index_value, maturity_level, share, is_illustrative, deadline, "
        + "started_at, notes)");
  }

  @Test
  void theFileHasSparksSchemaFooterAndRows(@TempDir java.nio.file.Path dir) throws IOException {
    Dataset<Row> rows = rows();
    rows.coalesce(1).write().parquet(dir.resolve("by-spark").toString());
    Dataset<Row> local = spark.createDataFrame(rows.collectAsList(), rows.schema());
    new DriverParquetWriter(conf, spark.conf()).write(new Path(dir.resolve("by-driver").toUri()), local.schema(),
        (InternalRow[]) local.queryExecution().executedPlan().executeCollect());

    FileMetaData spark = footer(dir.resolve("by-spark"));
    FileMetaData driver = footer(dir.resolve("by-driver"));
    assertThat(driver.getSchema()).isEqualTo(spark.getSchema());
    assertThat(driver.getKeyValueMetaData()).isEqualTo(spark.getKeyValueMetaData())
        .containsKey("org.apache.spark.sql.parquet.row.metadata");
    Dataset<Row> readBack = this.spark.read().parquet(dir.resolve("by-driver").toString());
    assertThat(readBack.schema()).isEqualTo(this.spark.read().parquet(dir.resolve("by-spark").toString()).schema());
    assertThat(readBack.collectAsList()).containsExactlyInAnyOrderElementsOf(rows.collectAsList());
    assertThat(dir.resolve("by-driver/_SUCCESS")).isRegularFile();
    assertThat(parquetFiles(dir.resolve("by-driver")).get(0).getFileName().toString()).endsWith(".snappy.parquet");
  }

  /** No rows still makes a file with the schema, as Spark's writer does, so a reader knows the columns. */
  @Test
  void anEmptyTableStillHasItsColumns(@TempDir java.nio.file.Path dir) {
    Dataset<Row> empty = rows().where("false");
    new DriverParquetWriter(conf, spark.conf()).write(new Path(dir.resolve("empty").toUri()), empty.schema(),
        new InternalRow[0]);
    Dataset<Row> readBack = spark.read().parquet(dir.resolve("empty").toString());
    assertThat(readBack.schema()).isEqualTo(empty.schema().asNullable());
    assertThat(readBack.count()).isZero();
  }

  @Test
  void aFolderAlreadyThereIsRefusedAndLeftAsItWas(@TempDir java.nio.file.Path dir) throws IOException {
    Files.createDirectories(dir.resolve("trend"));
    Files.writeString(dir.resolve("trend/part-00000.parquet"), "written by something else");
    assertThatThrownBy(() -> new DriverParquetWriter(conf, spark.conf()).write(new Path(dir.resolve("trend").toUri()),
        rows().schema(), new InternalRow[0])).hasMessageContaining("trend").hasMessageContaining("already exists");
    assertThat(Files.readString(dir.resolve("trend/part-00000.parquet"))).isEqualTo("written by something else");
  }

  private FileMetaData footer(java.nio.file.Path tableDir) throws IOException {
    List<java.nio.file.Path> files = parquetFiles(tableDir);
    assertThat(files).hasSize(1);
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(
        new Path(files.get(0).toUri()), conf))) {
      return reader.getFooter().getFileMetaData();
    }
  }

  private static List<java.nio.file.Path> parquetFiles(java.nio.file.Path dir) throws IOException {
    try (Stream<java.nio.file.Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".parquet")).toList();
    }
  }
}
