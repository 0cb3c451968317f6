package id.spbe.analytics.pipeline.job;

import id.spbe.analytics.pipeline.publish.RunRecord;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * What a finished run reports: its record, the indices it computed (for the console) and, for a dry run,
 * the first refused cells (OPD names that match no OPD counted per name instead).
 */
public record RunResult(RunRecord record, List<Row> latestIndices, List<Row> sampleRejections,
    List<UnknownOpdName> unknownOpdNames) {

  public RunResult(RunRecord record, List<Row> latestIndices, List<Row> sampleRejections) {
    this(record, latestIndices, sampleRejections, List.of());
  }
}
