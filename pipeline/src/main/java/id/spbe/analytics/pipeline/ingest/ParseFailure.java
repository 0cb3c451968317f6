package id.spbe.analytics.pipeline.ingest;

import id.spbe.analytics.pipeline.quarantine.ReasonCode;
import id.spbe.analytics.pipeline.quarantine.RowProblem;

/** A cell that cannot be read as what its column needs; becomes a {@link RowProblem} with the cell's location. */
public class ParseFailure extends Exception {
  private final ReasonCode reason;
  private final Expectation expected;

  public ParseFailure(ReasonCode reason, Expectation expected) {
    super(reason + ": " + expected.en(), null, false, false);
    this.reason = reason;
    this.expected = expected;
  }

  public ReasonCode reason() {
    return reason;
  }

  public Expectation expected() {
    return expected;
  }
}
