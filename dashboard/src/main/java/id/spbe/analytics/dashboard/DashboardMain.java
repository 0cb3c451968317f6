package id.spbe.analytics.dashboard;

import id.spbe.analytics.dashboard.security.Access;
import id.spbe.analytics.dashboard.security.Accounts;
import id.spbe.analytics.dashboard.security.HashPasswordCommand;
import id.spbe.analytics.dashboard.security.LoginThrottle;
import id.spbe.analytics.dashboard.security.Sessions;
import id.spbe.analytics.dashboard.security.SignIn;
import id.spbe.analytics.dashboard.warehouse.PublishedState;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/**
 * Starts the dashboard, or hashes a password for the users file ({@code hash-password}). Flags override the
 * environment: --warehouse (SPBE_WAREHOUSE), --host (SPBE_HOST), --port (SPBE_PORT), --users (SPBE_USERS),
 * --secure-cookies (SPBE_SECURE_COOKIES=true), --instansi (SPBE_INSTANSI), --public-url (SPBE_PUBLIC_URL),
 * --trust-proxy (SPBE_TRUST_PROXY=true). The defaults serve ./warehouse on http://127.0.0.1:7070 without sign-in.
 */
public final class DashboardMain {
  static final String USAGE = """
      Usage: spbe-dashboard [--warehouse DIR] [--host ADDRESS] [--port N] [--users FILE] [--secure-cookies]
                            [--instansi CODE] [--public-url URL] [--trust-proxy]
             spbe-dashboard hash-password [--cost N]""";
  /** Signed-in sessions end after this long without a request... */
  static final Duration SESSION_IDLE = Duration.ofMinutes(30);
  /** ...and this long after signing in, whatever happens. */
  static final Duration SESSION_MAX_AGE = Duration.ofHours(10);
  /**
   * Five wrong passwords per name (twenty per address) cost nothing; then each attempt waits 1 s after the last,
   * doubling to at most a minute: about 1,400 guesses a day per name at most, and the right password never waits
   * longer than a minute, whoever has been guessing. Fifteen quiet minutes forget the count.
   */
  static final LoginThrottle.Policy THROTTLE = new LoginThrottle.Policy(5, Duration.ofSeconds(1),
      Duration.ofMinutes(1), Duration.ofMinutes(15));

  private DashboardMain() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("hash-password")) {
      System.exit(HashPasswordCommand.run(Arrays.copyOfRange(args, 1, args.length), System.console(), System.in,
          System.out, System.err));
      return;
    }
    DashboardConfig config;
    Access access;
    try {
      config = parse(args, System.getenv());
      access = access(config, Clock.systemUTC());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    PublishedState state = new PublishedState(config.warehouse(), config.refreshInterval());
    Javalin app = DashboardApp.create(state, access, config.origin(), config.defaultInstansi(),
        Clock.systemDefaultZone()).start(config.host(), config.port());
    Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "dashboard-stop"));
    System.out.println("SPBE Analytics dashboard: http://" + displayHost(config.host()) + ":" + app.port() + "/"
        + (config.signInRequired() ? " (sign-in required)" : ""));
  }

  static Access access(DashboardConfig config, Clock clock) {
    if (!config.signInRequired()) {
      return Access.open();
    }
    Accounts accounts = Accounts.load(config.usersFile());
    SignIn signIn = new SignIn(accounts, new Sessions(clock, SESSION_IDLE, SESSION_MAX_AGE),
        new LoginThrottle(clock, THROTTLE));
    return Access.signIn(signIn, config.secureCookies());
  }

  static DashboardConfig parse(String[] args, Map<String, String> env) {
    String warehouse = env.getOrDefault("SPBE_WAREHOUSE", "warehouse");
    String host = env.getOrDefault("SPBE_HOST", "127.0.0.1");
    String port = env.getOrDefault("SPBE_PORT", "7070");
    String users = env.get("SPBE_USERS");
    boolean secureCookies = Boolean.parseBoolean(env.getOrDefault("SPBE_SECURE_COOKIES", "false"));
    String instansi = env.get("SPBE_INSTANSI");
    String publicUrl = env.get("SPBE_PUBLIC_URL");
    boolean trustProxy = Boolean.parseBoolean(env.getOrDefault("SPBE_TRUST_PROXY", "false"));
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--warehouse" -> warehouse = require(args[i], value);
        case "--host" -> host = require(args[i], value);
        case "--port" -> port = require(args[i], value);
        case "--users" -> users = require(args[i], value);
        case "--instansi" -> instansi = require(args[i], value);
        case "--public-url" -> publicUrl = require(args[i], value);
        case "--trust-proxy" -> {
          trustProxy = true;
          continue;
        }
        case "--secure-cookies" -> {
          secureCookies = true;
          continue;
        }
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
      i++;
    }
    return new DashboardConfig(Path.of(warehouse), host, portNumber(port), Duration.ofSeconds(1),
        usersFile(users), secureCookies, instansi == null || instansi.isBlank() ? null : instansi,
        publicUrl(publicUrl), trustProxy);
  }

  private static int portNumber(String port) {
    try {
      return Integer.parseInt(port);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port must be a number, was '" + port + "'");
    }
  }

  private static URI publicUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      return new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("--public-url is not an address: '" + url + "'");
    }
  }

  private static Path usersFile(String users) {
    if (users == null || users.isBlank()) {
      return null;
    }
    Path file = Path.of(users);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("Users file " + file + " does not exist");
    }
    return file;
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
