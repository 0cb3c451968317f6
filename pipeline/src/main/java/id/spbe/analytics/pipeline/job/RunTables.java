package id.spbe.analytics.pipeline.job;

import id.spbe.analytics.pipeline.staging.StagedFacts;
import id.spbe.analytics.pipeline.run.FileSummary;
import id.spbe.analytics.pipeline.publish.RunRecord;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/** The run history as tables, so the dashboard's Data view reads runs like any other published table. */
final class RunTables {
  static final String PIPELINE_RUN_DDL = "run_id string, command string, started_at timestamp, finished_at timestamp, "
      + "duration_ms bigint, outcome string, version string, previous_version string, "
      + "published_with_rejected_rows boolean, rows_read bigint, rows_accepted bigint, rows_rejected bigint, message string";
  static final String PIPELINE_RUN_INPUT_DDL = "run_id string, file string, path string, kind string, format string, "
      + "sheet string, encoding string, separator string, header_row bigint, sha256 string, size_bytes bigint, "
      + "rows_read bigint, rows_accepted bigint, rows_rejected bigint";
  static final String QUARANTINED_ROW_DDL = "run_id string, " + StagedFacts.ROW_PROBLEM_DDL;

  private RunTables() {}

  static Dataset<Row> pipelineRun(SparkSession spark, List<RunRecord> runs) {
    List<Row> rows = new ArrayList<>();
    for (RunRecord r : runs) {
      rows.add(RowFactory.create(r.runId(), r.command(), timestamp(r.startedAt()), timestamp(r.finishedAt()),
          r.durationMs(), r.outcome().name(), r.version(), r.previousVersion(), r.publishedWithRejectedRows(),
          r.rowsRead(), r.rowsAccepted(), r.rowsRejected(), r.message()));
    }
    return spark.createDataFrame(rows, StructType.fromDDL(PIPELINE_RUN_DDL));
  }

  static Dataset<Row> pipelineRunInput(SparkSession spark, List<RunRecord> runs) {
    List<Row> rows = new ArrayList<>();
    for (RunRecord r : runs) {
      for (FileSummary f : r.inputs() == null ? List.<FileSummary>of() : r.inputs()) {
        rows.add(RowFactory.create(r.runId(), f.file(), f.path(), f.kind(), f.format(), f.sheet(), f.encoding(),
            f.separator(), f.headerRow(), f.sha256(), f.sizeBytes(), f.rowsRead(), f.rowsAccepted(), f.rowsRejected()));
      }
    }
    return spark.createDataFrame(rows, StructType.fromDDL(PIPELINE_RUN_INPUT_DDL));
  }

  private static Timestamp timestamp(String iso) {
    return iso == null ? null : Timestamp.from(Instant.parse(iso));
  }
}
