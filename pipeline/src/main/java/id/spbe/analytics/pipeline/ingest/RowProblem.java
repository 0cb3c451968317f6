package id.spbe.analytics.pipeline.ingest;

/** One quarantined cell: where it is, what it held, why it was refused. */
public record RowProblem(
    String file, String sheet, long rowNumber, String column, String rawValue, ReasonCode reason,
    String messageId, String messageEn) {

  public static RowProblem of(String file, String sheet, long rowNumber, String column, String rawValue,
      ReasonCode reason, Expectation expected) {
    return new RowProblem(file, sheet, rowNumber, column, rawValue, reason,
        reason.messageId(rawValue, expected.id()), reason.messageEn(rawValue, expected.en()));
  }
}
