package id.spbe.analytics.dashboard.security;

import java.util.Optional;

/**
 * Whether the dashboard asks who you are. Open access is only for a loopback address (the planner's own PC);
 * anything reachable from the network signs in (enforced by DashboardConfig).
 *
 * @param signIn null when sign-in is off
 * @param secureCookies mark the session cookie Secure even when the request did not arrive over https (behind a
 *     TLS-terminating proxy)
 */
public record Access(SignIn signIn, boolean secureCookies) {

  public static Access open() {
    return new Access(null, false);
  }

  public static Access signIn(SignIn signIn, boolean secureCookies) {
    return new Access(signIn, secureCookies);
  }

  public boolean required() {
    return signIn != null;
  }

  /** The viewer behind a session token: the local viewer when sign-in is off, empty when the token is not live. */
  public Optional<Viewer> viewer(String sessionToken) {
    if (signIn == null) {
      return Optional.of(Viewer.LOCAL);
    }
    return signIn.sessions().touch(sessionToken).map(s -> Viewer.of(s.account()));
  }
}
