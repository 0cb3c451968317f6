package id.spbe.analytics.dashboard.web;

/**
 * A request, without sign-in, whose {@code Host} does not name this machine: another site's name pointed at the
 * loopback address (DNS rebinding). Answered 421 (Misdirected Request).
 */
public class ForeignHostException extends RuntimeException {
  public ForeignHostException(String host) {
    super("Request for foreign host " + host);
  }
}
