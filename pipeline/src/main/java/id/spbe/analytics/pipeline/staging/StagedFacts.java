package id.spbe.analytics.pipeline.staging;

import id.spbe.analytics.pipeline.facts.FactTable;
import id.spbe.analytics.pipeline.spark.SparkFiles;

import java.util.EnumMap;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/** Reads what the ingest step staged: JSON lines per fact table and the refused cells. */
public final class StagedFacts {
  public static final String ROW_PROBLEM_DDL = "source_file string, source_sheet string, source_row bigint, "
      + "column_name string, raw_value string, reason_code string, message_id string, message_en string";

  private StagedFacts() {}

  public static Map<FactTable, Dataset<Row>> readStaged(SparkSession spark, Path stagingDir) {
    StagingLayout layout = new StagingLayout(stagingDir);
    Map<FactTable, Dataset<Row>> tables = new EnumMap<>(FactTable.class);
    for (FactTable table : FactTable.values()) {
      tables.put(table, readJsonOrEmpty(spark, layout.table(table), table.stagedSchemaDdl()));
    }
    return tables;
  }

  public static Dataset<Row> readRowProblems(SparkSession spark, Path stagingDir) {
    return readJsonOrEmpty(spark, new StagingLayout(stagingDir).rowProblems(), ROW_PROBLEM_DDL);
  }

  private static Dataset<Row> readJsonOrEmpty(SparkSession spark, Path dir, String ddl) {
    StructType schema = StructType.fromDDL(ddl);
    if (!SparkFiles.exists(spark, dir)) {
      return empty(spark, schema);
    }
    // FAILFAST: the staging files are ours; a row Spark cannot read back is a bug, not input to skip
    return spark.read().schema(schema).option("mode", "FAILFAST").option("dateFormat", "yyyy-MM-dd").json(dir.toString())
        .localCheckpoint(); // read once: the checks and the merge each scan the incoming rows several times
  }

  private static Dataset<Row> empty(SparkSession spark, StructType schema) {
    return spark.createDataFrame(java.util.List.of(), schema);
  }
}
