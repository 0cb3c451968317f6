package id.spbe.analytics.pipeline.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/** Reads what the ingest step staged (JSON lines per fact table) and the previous published facts. */
public final class StagedFacts {
  public static final String ROW_PROBLEM_DDL = "source_file string, source_sheet string, source_row bigint, "
      + "column_name string, raw_value string, reason_code string, message_id string, message_en string";

  private StagedFacts() {}

  public static Map<FactTable, Dataset<Row>> readStaged(SparkSession spark, Path stagingDir) {
    Map<FactTable, Dataset<Row>> tables = new EnumMap<>(FactTable.class);
    for (FactTable table : FactTable.values()) {
      tables.put(table, readJsonOrEmpty(spark, new Path(stagingDir, table.tableName()), table.stagedSchemaDdl()));
    }
    return tables;
  }

  public static Dataset<Row> readRowProblems(SparkSession spark, Path problemsDir) {
    return readJsonOrEmpty(spark, problemsDir, ROW_PROBLEM_DDL);
  }

  /** The previous state's facts, with only the staged columns (derived columns are recomputed every run). */
  public static Map<FactTable, Dataset<Row>> readPrevious(SparkSession spark, Path versionDir) {
    Map<FactTable, Dataset<Row>> tables = new EnumMap<>(FactTable.class);
    for (FactTable table : FactTable.values()) {
      StructType schema = StructType.fromDDL(table.stagedSchemaDdl());
      Path dir = versionDir == null ? null : new Path(versionDir, table.tableName());
      Dataset<Row> previous = dir != null && exists(spark, dir)
          ? spark.read().parquet(dir.toString()).select(columns(schema))
          : empty(spark, schema);
      tables.put(table, previous);
    }
    return tables;
  }

  private static Dataset<Row> readJsonOrEmpty(SparkSession spark, Path dir, String ddl) {
    StructType schema = StructType.fromDDL(ddl);
    if (!exists(spark, dir)) {
      return empty(spark, schema);
    }
    // FAILFAST: the staging files are ours; a row Spark cannot read back is a bug, not input to skip
    return spark.read().schema(schema).option("mode", "FAILFAST").option("dateFormat", "yyyy-MM-dd").json(dir.toString())
        .localCheckpoint(); // read once: the checks and the merge each scan the incoming rows several times
  }

  static Dataset<Row> empty(SparkSession spark, StructType schema) {
    return spark.createDataFrame(java.util.List.of(), schema);
  }

  private static org.apache.spark.sql.Column[] columns(StructType schema) {
    return java.util.Arrays.stream(schema.fieldNames())
        .map(name -> org.apache.spark.sql.functions.col(name).cast(schema.apply(name).dataType()))
        .toArray(org.apache.spark.sql.Column[]::new);
  }

  static boolean exists(SparkSession spark, Path dir) {
    try {
      FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return fs.exists(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
