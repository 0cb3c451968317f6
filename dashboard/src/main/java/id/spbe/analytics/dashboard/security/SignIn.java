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

  /**
   * The attempt is counted before the password is checked, so parallel guesses cannot all pass a limit that is
   * only checked first. An unknown name is checked against a hash of the users' own cost: it takes as long. A
   * sign-in that succeeds ends the session it was made from ({@code previousToken}, may be null): one browser, one
   * live token.
   */
  public Outcome attempt(String username, char[] password, String address, String previousToken) {
    Optional<Duration> wait = throttle.admit(username, address);
    if (wait.isPresent()) {
      return new Throttled(wait.get());
    }
    Optional<Account> account = accounts.find(username);
    if (account.isEmpty()) {
      PasswordHashing.matches(password, accounts.unknownUserHash()); // only for the time it takes
      return new Refused();
    }
    if (!PasswordHashing.matches(password, account.get().passwordHash())) {
      return new Refused();
    }
    throttle.succeeded(username, address);
    sessions.close(previousToken);
    return new SignedIn(sessions.open(account.get()));
  }

  public Sessions sessions() {
    return sessions;
  }
}
