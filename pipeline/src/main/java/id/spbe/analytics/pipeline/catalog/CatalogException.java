package id.spbe.analytics.pipeline.catalog;

/** The reference catalog itself is broken (a missing file, a bad weight): names the file and row. */
public class CatalogException extends RuntimeException {
  public CatalogException(String message) {
    super(message);
  }

  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }
}
