package id.spbe.analytics.dashboard;

import id.spbe.analytics.dashboard.web.PublicOrigin;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * Everything the dashboard needs, built once by {@link DashboardMain} from flags and environment.
 *
 * @param warehouse the folder the pipeline publishes into (holds {@code CURRENT})
 * @param host the address to bind; loopback unless the deployment says otherwise
 * @param port 0 picks a free port (tests)
 * @param refreshInterval how often the published pointer is checked for a new version
 * @param usersFile the users who may sign in (null: no sign-in, allowed on a loopback address only)
 * @param secureCookies mark the session cookie Secure also on plain http (behind a TLS-terminating proxy)
 * @param defaultInstansi the instansi shown when a URL names none (null: the first with results)
 * @param publicUrl the address users open, e.g. https://spbe.blitarkab.go.id, when it is not the bound one (behind
 *     a proxy); same-site checks compare with it (null: not configured)
 * @param trustProxy take scheme, host and client address from the proxy's Forwarded / X-Forwarded-* headers
 */
public record DashboardConfig(Path warehouse, String host, int port, Duration refreshInterval, Path usersFile,
    boolean secureCookies, String defaultInstansi, URI publicUrl, boolean trustProxy) {

  public DashboardConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0-65535, was " + port);
    }
    if (publicUrl != null && (publicUrl.getScheme() == null || !publicUrl.getScheme().matches("(?i)https?")
        || publicUrl.getHost() == null)) {
      throw new IllegalArgumentException("--public-url must be an http or https address such as "
          + "https://spbe.example.go.id, was '" + publicUrl + "'");
    }
    if (usersFile == null && !isLoopback(host)) {
      throw new IllegalArgumentException("Binding to " + host + " makes the dashboard reachable from the network, "
          + "so sign-in is required: pass --users FILE (or SPBE_USERS). See README, 'Sign-in'.");
    }
  }

  public boolean signInRequired() {
    return usersFile != null;
  }

  /** Where browsers reach the dashboard; without sign-in it answers only names of the bound address. */
  public PublicOrigin origin() {
    Set<String> names = new HashSet<>(PublicOrigin.localNames(host));
    if (publicUrl != null) {
      names.add(publicUrl.getHost());
    }
    return new PublicOrigin(publicUrl, trustProxy, names);
  }

  /** Only the machine itself can reach a loopback address; every other address (0.0.0.0 included) is the network. */
  static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("Unknown host '" + host + "': " + e.getMessage(), e);
    }
  }
}
