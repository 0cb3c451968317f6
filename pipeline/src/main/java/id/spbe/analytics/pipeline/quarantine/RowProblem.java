package id.spbe.analytics.pipeline.quarantine;

/** One quarantined cell: where it is, what it held, why it was refused. */
public record RowProblem(
    String file, String sheet, long rowNumber, String column, String rawValue, ReasonCode reason,
    String messageId, String messageEn) {

  public static RowProblem of(String file, String sheet, long rowNumber, String column, String rawValue,
      ReasonCode reason, String expectedId, String expectedEn) {
    return new RowProblem(file, sheet, rowNumber, column, rawValue, reason,
        reason.messageId(rawValue, expectedId), reason.messageEn(rawValue, expectedEn));
  }
}
