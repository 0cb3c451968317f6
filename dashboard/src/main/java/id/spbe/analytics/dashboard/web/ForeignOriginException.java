package id.spbe.analytics.dashboard.web;

/** A state-changing request sent by another site's page (cross-site request forgery): answered 403. */
public class ForeignOriginException extends RuntimeException {
  public ForeignOriginException(String origin) {
    super("Request from foreign origin " + origin);
  }
}
