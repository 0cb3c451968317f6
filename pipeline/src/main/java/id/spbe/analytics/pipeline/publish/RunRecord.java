package id.spbe.analytics.pipeline.publish;

import id.spbe.analytics.pipeline.run.FileSummary;
import java.util.List;
import java.util.Map;

/**
 * What one run did, kept as {@code runs/<run_id>/run.json} whatever its outcome, and published as the
 * {@code pipeline_run} and {@code pipeline_run_input} tables.
 */
public record RunRecord(
    String runId,
    String command,
    String startedAt,
    String finishedAt,
    long durationMs,
    Outcome outcome,
    String version,
    String previousVersion,
    boolean publishedWithRejectedRows,
    List<FileSummary> inputs,
    long rowsRead,
    long rowsAccepted,
    long rowsRejected,
    Map<String, Long> tableRows,
    String message,
    List<String> warnings) {

  public enum Outcome {
    /** Written at start; a RUNNING record found later belongs to a run that died. */
    RUNNING,
    PUBLISHED,
    DRY_RUN,
    REJECTED_FILES,
    REJECTED_ROWS,
    FAILED,
    ABORTED,
    ROLLED_BACK
  }

  public RunRecord with(Outcome newOutcome, String newMessage) {
    return new RunRecord(runId, command, startedAt, finishedAt, durationMs, newOutcome, version, previousVersion,
        publishedWithRejectedRows, inputs, rowsRead, rowsAccepted, rowsRejected, tableRows, newMessage, warnings);
  }
}
