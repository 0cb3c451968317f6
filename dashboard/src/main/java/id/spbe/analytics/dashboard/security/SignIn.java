package id.spbe.analytics.dashboard.security;

import java.time.Duration;
import java.util.Optional;

/** Checks a name and password against the users file, within the login rate limit, and opens a session. */
public final class SignIn {
  private final Accounts accounts;
  private final Sessions sessions;
  private final LoginThrottle throttle;

  public SignIn(Accounts accounts, Sessions sessions, LoginThrottle throttle) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.throttle = throttle;
  }

  /** What a sign-in attempt came to. */
  public sealed interface Outcome {}

  public record SignedIn(Sessions.Session session) implements Outcome {}

  public record Refused() implements Outcome {}

  public record Throttled(Duration retryAfter) implements Outcome {}

  public Outcome attempt(String username, char[] password, String address) {
    Optional<Duration> wait = throttle.retryAfter(username, address);
    if (wait.isPresent()) {
      return new Throttled(wait.get());
    }
    Optional<Account> account = accounts.find(username);
    boolean ok = account.isPresent() ? PasswordHashing.matches(password, account.get().passwordHash())
        : PasswordHashing.matchesNoUser(password);
    if (!ok) {
      throttle.failed(username, address);
      return new Refused();
    }
    throttle.succeeded(username);
    return new SignedIn(sessions.open(account.get()));
  }

  public Sessions sessions() {
    return sessions;
  }
}
