package id.spbe.analytics.pipeline.facts;

import id.spbe.analytics.pipeline.spark.SparkFiles;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/** The published version's facts, which a run merges its staged rows into. */
public final class PreviousFacts {
  private PreviousFacts() {}

  /** The previous state's facts, with only the staged columns (derived columns are recomputed every run). */
  public static Map<FactTable, Dataset<Row>> read(SparkSession spark, Path versionDir) {
    Map<FactTable, Dataset<Row>> tables = new EnumMap<>(FactTable.class);
    for (FactTable table : FactTable.values()) {
      StructType schema = StructType.fromDDL(table.stagedSchemaDdl());
      Path dir = versionDir == null ? null : new Path(versionDir, table.tableName());
      Dataset<Row> previous = dir != null && SparkFiles.exists(spark, dir)
          ? spark.read().parquet(dir.toString()).select(columns(schema))
          : empty(spark, schema);
      tables.put(table, previous);
    }
    return tables;
  }

  private static Dataset<Row> empty(SparkSession spark, StructType schema) {
    return spark.createDataFrame(List.of(), schema);
  }

  private static Column[] columns(StructType schema) {
    return Arrays.stream(schema.fieldNames())
        .map(name -> functions.col(name).cast(schema.apply(name).dataType()))
        .toArray(Column[]::new);
  }
}
