package id.spbe.analytics.dashboard;

import id.spbe.analytics.dashboard.warehouse.PublishedState;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Starts the dashboard. Flags (--warehouse, --host, --port) override the environment (SPBE_WAREHOUSE,
 * SPBE_HOST, SPBE_PORT); the defaults serve ./warehouse on http://127.0.0.1:7070.
 */
public final class DashboardMain {
  private DashboardMain() {}

  public static void main(String[] args) {
    DashboardConfig config;
    try {
      config = parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("Usage: spbe-dashboard [--warehouse DIR] [--host ADDRESS] [--port N]");
      System.exit(2);
      return;
    }
    PublishedState state = new PublishedState(config.warehouse(), config.refreshInterval());
    Javalin app = DashboardApp.create(state).start(config.host(), config.port());
    Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "dashboard-stop"));
    System.out.println("SPBE Analytics dashboard: http://" + displayHost(config.host()) + ":" + app.port() + "/");
  }

  static DashboardConfig parse(String[] args, Map<String, String> env) {
    String warehouse = env.getOrDefault("SPBE_WAREHOUSE", "warehouse");
    String host = env.getOrDefault("SPBE_HOST", "127.0.0.1");
    String port = env.getOrDefault("SPBE_PORT", "7070");
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--warehouse" -> warehouse = require(args[i], value);
        case "--host" -> host = require(args[i], value);
        case "--port" -> port = require(args[i], value);
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
      i++;
    }
    int portNumber;
    try {
      portNumber = Integer.parseInt(port);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port must be a number, was '" + port + "'");
    }
    return new DashboardConfig(Path.of(warehouse), host, portNumber, Duration.ofSeconds(1));
  }

  private static String require(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }

  private static String displayHost(String host) {
    return "0.0.0.0".equals(host) ? "localhost" : host;
  }
}
