package id.spbe.analytics.pipeline.staging;

import id.spbe.analytics.pipeline.facts.FactTable;
import id.spbe.analytics.pipeline.spark.SparkFiles;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * What the ingest step staged, per fact table, and the refused cells: held in memory as typed rows (a small run) or
 * written as typed Parquet files (a large one, or a cluster's). Both give the same rows in the same order.
 */
public sealed interface StagedFacts {
  String ROW_PROBLEM_DDL = "source_file string, source_sheet string, source_row bigint, "
      + "column_name string, raw_value string, reason_code string, message_id string, message_en string";

  Map<FactTable, Dataset<Row>> facts(SparkSession spark);

  Dataset<Row> rowProblems(SparkSession spark);

  /** Rows Spark takes from the driver's memory: no files to write, read back and checkpoint. */
  record InMemory(Map<FactTable, List<Row>> rows, List<Row> problems) implements StagedFacts {
    @Override
    public Map<FactTable, Dataset<Row>> facts(SparkSession spark) {
      Map<FactTable, Dataset<Row>> tables = new EnumMap<>(FactTable.class);
      for (FactTable table : FactTable.values()) {
        tables.put(table, spark.createDataFrame(rows.getOrDefault(table, List.of()),
            StructType.fromDDL(table.stagedSchemaDdl())));
      }
      return tables;
    }

    @Override
    public Dataset<Row> rowProblems(SparkSession spark) {
      return spark.createDataFrame(problems, StructType.fromDDL(ROW_PROBLEM_DDL));
    }
  }

  /** Parquet files under the run's staging folder ({@link StagingLayout}), on the warehouse's file system. */
  record InFiles(Path dir) implements StagedFacts {
    @Override
    public Map<FactTable, Dataset<Row>> facts(SparkSession spark) {
      StagingLayout layout = new StagingLayout(dir);
      Map<FactTable, Dataset<Row>> tables = new EnumMap<>(FactTable.class);
      for (FactTable table : FactTable.values()) {
        tables.put(table, readOrEmpty(spark, layout.table(table), table.stagedSchemaDdl()));
      }
      return tables;
    }

    @Override
    public Dataset<Row> rowProblems(SparkSession spark) {
      return readOrEmpty(spark, new StagingLayout(dir).rowProblems(), ROW_PROBLEM_DDL);
    }

    private static Dataset<Row> readOrEmpty(SparkSession spark, Path dir, String ddl) {
      StructType schema = StructType.fromDDL(ddl);
      if (!SparkFiles.exists(spark, dir)) {
        return spark.createDataFrame(List.of(), schema);
      }
      return spark.read().schema(schema).parquet(dir.toString());
    }
  }
}
