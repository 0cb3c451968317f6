package id.spbe.analytics.dashboard.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

/** The Data view: the pipeline runs recorded up to the published version, their input files and refused rows. */
public final class RunQueries {
  private RunQueries() {}

  /** Quarantined rows listed per run at most; the count says how many there are in all. */
  public static final int QUARANTINE_LIMIT = 1000;

  public record Run(String runId, String command, LocalDateTime startedAt, LocalDateTime finishedAt, long durationMs,
      String outcome, String version, String previousVersion, boolean publishedWithRejectedRows, long rowsRead,
      long rowsAccepted, long rowsRejected, String message) {}

  public record Input(String file, String kind, String format, String sheet, String encoding, String separator,
      long headerRow, String sha256, long sizeBytes, long rowsRead, long rowsAccepted, long rowsRejected) {}

  /**
   * One refused cell. For a viewer who may not see other OPDs' inputs {@code rawValue} and the pipeline's messages
   * are null: the messages quote the refused value, and for a conflicting duplicate the values of other rows too.
   */
  public record Quarantined(String sourceFile, String sourceSheet, long sourceRow, String columnName, String rawValue,
      String reasonCode, String messageId, String messageEn) {}

  public static List<Run> runs(Connection c) throws SQLException {
    return Rows.list(c, NamedQuery.DATA_RUNS.sql(),
        rs -> new Run(rs.getString("run_id"), rs.getString("command"), Rows.timestamp(rs, "started_at"),
            Rows.timestamp(rs, "finished_at"), rs.getLong("duration_ms"), rs.getString("outcome"),
            rs.getString("version"), rs.getString("previous_version"), rs.getBoolean("published_with_rejected_rows"),
            rs.getLong("rows_read"), rs.getLong("rows_accepted"), rs.getLong("rows_rejected"),
            rs.getString("message")));
  }

  public static List<Input> inputs(Connection c, String runId) throws SQLException {
    return Rows.list(c, NamedQuery.DATA_INPUTS.sql(),
        rs -> new Input(rs.getString("file"), rs.getString("kind"), rs.getString("format"), rs.getString("sheet"),
            rs.getString("encoding"), rs.getString("separator"), rs.getLong("header_row"), rs.getString("sha256"),
            rs.getLong("size_bytes"), rs.getLong("rows_read"), rs.getLong("rows_accepted"),
            rs.getLong("rows_rejected")), runId);
  }

  public static List<Quarantined> quarantined(Connection c, String runId, Visibility v) throws SQLException {
    return Rows.list(c, NamedQuery.DATA_QUARANTINED.sql(), rs -> new Quarantined(rs.getString("source_file"),
        rs.getString("source_sheet"), rs.getLong("source_row"),
        rs.getString("column_name"), rs.getString("raw_value"), rs.getString("reason_code"),
        rs.getString("message_id"), rs.getString("message_en")), v.everything(), v.everything(), v.everything(), runId,
        QUARANTINE_LIMIT);
  }

  public static long quarantinedCount(Connection c, String runId) throws SQLException {
    return Rows.first(c, NamedQuery.DATA_QUARANTINED_COUNT.sql(), rs -> rs.getLong("n"), runId)
        .orElse(0L);
  }
}
