package id.spbe.analytics.dashboard.warehouse;

/** The warehouse has no published version yet: the pipeline has not run (successfully) against it. */
public class NothingPublishedException extends RuntimeException {
  public NothingPublishedException(String message) {
    super(message);
  }
}
