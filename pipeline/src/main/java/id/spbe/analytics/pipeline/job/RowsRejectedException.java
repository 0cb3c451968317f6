package id.spbe.analytics.pipeline.job;

/** Rows were quarantined and the run, by the safe default, published nothing. */
public class RowsRejectedException extends RuntimeException {
  private final long rejectedRows;
  private final String report;

  public RowsRejectedException(long rejectedRows, String report) {
    super(rejectedRows + " row(s) quarantined; nothing was published. Report: " + report);
    this.rejectedRows = rejectedRows;
    this.report = report;
  }

  public long rejectedRows() {
    return rejectedRows;
  }

  public String report() {
    return report;
  }
}
