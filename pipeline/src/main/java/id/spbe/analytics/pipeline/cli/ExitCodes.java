package id.spbe.analytics.pipeline.cli;

/** The exit codes scripts can rely on; documented in README.md. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int INTERNAL_ERROR = 1;
  public static final int USAGE = 2;
  public static final int INPUT_FILES_REJECTED = 3;
  public static final int ROWS_QUARANTINED = 4;
  public static final int WAREHOUSE_BUSY = 5;
  public static final int CATALOG_INVALID = 6;

  private ExitCodes() {}
}
