package id.spbe.analytics.dashboard;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything the dashboard needs, built once by {@link DashboardMain} from flags and environment.
 *
 * @param warehouse the folder the pipeline publishes into (holds {@code CURRENT})
 * @param host the address to bind; loopback unless the deployment says otherwise
 * @param port 0 picks a free port (tests)
 * @param refreshInterval how often the published pointer is checked for a new version
 */
public record DashboardConfig(Path warehouse, String host, int port, Duration refreshInterval) {

  public DashboardConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0-65535, was " + port);
    }
  }
}
