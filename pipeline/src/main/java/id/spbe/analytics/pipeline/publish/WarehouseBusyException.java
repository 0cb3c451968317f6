package id.spbe.analytics.pipeline.publish;

/** Another live run holds the warehouse lock. */
public class WarehouseBusyException extends RuntimeException {
  public WarehouseBusyException(String message) {
    super(message);
  }
}
