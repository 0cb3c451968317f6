package id.spbe.analytics.dashboard.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Two accounts for the sign-in tests: Bappeda (analyst, sees everything) and Diskominfo (OPD-scoped to KOMINFO of
 * 6521). Hashed once per JVM at the minimum cost the users file accepts.
 */
public final class TestAccounts {
  public static final String ANALYST = "bappeda";
  public static final String ANALYST_PASSWORD = "rahasia-bappeda-2026";
  public static final String OPD = "kominfo";
  public static final String OPD_PASSWORD = "rahasia-kominfo-2026";
  private static Accounts accounts;

  private TestAccounts() {}

  public static synchronized Accounts accounts() {
    if (accounts == null) {
      accounts = Accounts.of(List.of(
          new Account(ANALYST, "Bappeda Kab. Blitar", Role.ANALYST, null, null,
              PasswordHashing.hash(ANALYST_PASSWORD.toCharArray(), PasswordHashing.MINIMUM_COST)),
          new Account(OPD, "Diskominfo", Role.OPD, "6521", "KOMINFO",
              PasswordHashing.hash(OPD_PASSWORD.toCharArray(), PasswordHashing.MINIMUM_COST))));
    }
    return accounts;
  }

  /**
   * Sign-in as the app is wired in production (30 min idle, 10 h; 5 free failures per name, then 1 s doubling to
   * 1 min, forgotten after 15 quiet minutes), on {@code clock}.
   */
  public static Access access(Clock clock) {
    return Access.signIn(new SignIn(accounts(), new Sessions(clock, Duration.ofMinutes(30), Duration.ofHours(10)),
        new LoginThrottle(clock, new LoginThrottle.Policy(5, Duration.ofSeconds(1), Duration.ofMinutes(1),
            Duration.ofMinutes(15)))), false);
  }
}
