package id.spbe.analytics.pipeline.publish;

import id.spbe.analytics.pipeline.metrics.TableSink;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/** Writes each table into the new (not yet current) version folder and reads it back for what follows. */
public final class ParquetTableSink implements TableSink {
  private final SparkSession spark;
  private final Path versionDir;
  private final AtomicBoolean firstWritten = new AtomicBoolean();
  private final Map<String, Long> rowCounts = java.util.Collections.synchronizedMap(new LinkedHashMap<>()); // written from several threads

  public ParquetTableSink(SparkSession spark, Path versionDir) {
    this.spark = spark;
    this.versionDir = versionDir;
  }

  @Override
  public Dataset<Row> materialize(String table, Dataset<Row> rows) {
    String dir = new Path(versionDir, table).toString();
    // ErrorIfExists: a version folder is written once; finding a table there means something else wrote it
    rows.write().mode(SaveMode.ErrorIfExists).parquet(dir);
    if (firstWritten.compareAndSet(false, true)) {
      PausePoint.TABLE_WRITTEN.reached();
    }
    // the schema it was written with: no Spark job to read it back from the footers
    Dataset<Row> written = spark.read().schema(rows.schema()).parquet(dir);
    rowCounts.put(table, WrittenParquet.rowCount(new Path(dir), spark.sparkContext().hadoopConfiguration()));
    return written;
  }

  public Map<String, Long> rowCounts() {
    return rowCounts;
  }
}
