package id.spbe.analytics.pipeline.ingest;

/** A cell that cannot be read as what its column needs; becomes a {@link RowProblem} with the cell's location. */
public class ParseFailure extends Exception {
  private final ReasonCode reason;
  private final String expected;

  public ParseFailure(ReasonCode reason, String expected) {
    super(reason + ": " + expected, null, false, false);
    this.reason = reason;
    this.expected = expected;
  }

  public ReasonCode reason() {
    return reason;
  }

  public String expected() {
    return expected;
  }
}
