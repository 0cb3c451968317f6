package id.spbe.analytics.dashboard.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows guessing down without letting anyone lock anyone out. Each user name and each client address has a count
 * of failed sign-ins; past {@link Policy#freeFailures()} (four times as many for an address, which several users
 * may share) every further attempt must wait after the previous one, the wait doubling from
 * {@link Policy#firstDelay()} up to {@link Policy#maxDelay()}. A hard lock would let a stranger shut a colleague
 * out for its whole length with a few wrong passwords; a capped delay only makes the right password wait a little.
 *
 * <p>An attempt is counted when it is admitted, before the slow password check, and uncounted if the password is
 * right: a burst of parallel guesses is admitted only up to the free failures, never all at once. A name or
 * address quiet for {@link Policy#forgetAfter()} starts again from nothing.
 */
public final class LoginThrottle {
  /** Keys kept before quiet ones are swept, so a spray of made-up names cannot grow memory without bound. */
  private static final int SWEEP_ABOVE = 10_000;
  /** Per address, this many times the per-name free failures: one office PC or NAT serves several users. */
  static final int ADDRESS_FACTOR = 4;

  /**
   * @param freeFailures failures per name allowed without a wait
   * @param firstDelay the wait after the first failure past them, doubled after each further one
   * @param maxDelay the longest wait, whatever the count
   * @param forgetAfter a key without attempts for this long is forgotten
   */
  public record Policy(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {
    public Policy {
      if (freeFailures < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
        throw new IllegalArgumentException("Throttle policy needs free failures >= 1 and first <= max delay");
      }
    }
  }

  private static final class Count {
    int failures;
    Instant last;
  }

  private final Clock clock;
  private final Policy policy;
  private final Map<String, Count> counts = new HashMap<>();

  public LoginThrottle(Clock clock, Policy policy) {
    this.clock = clock;
    this.policy = policy;
  }

  /**
   * Admits an attempt and counts it as a failure until {@link #succeeded} says otherwise; or, when the name or the
   * address must wait, answers how long (and counts nothing). One lock for both keys keeps check and count one
   * step; it is held for a few map operations, never for the password check.
   */
  public synchronized Optional<Duration> admit(String username, String address) {
    Instant now = clock.instant();
    if (counts.size() > SWEEP_ABOVE) {
      counts.values().removeIf(c -> quiet(c, now));
    }
    Count name = count(nameKey(username), now);
    Count from = count(addressKey(address), now);
    Duration wait = longer(wait(name, policy.freeFailures(), now),
        wait(from, policy.freeFailures() * ADDRESS_FACTOR, now));
    if (!wait.isZero()) {
      return Optional.of(wait);
    }
    for (Count c : new Count[] {name, from}) {
      c.failures++;
      c.last = now;
    }
    return Optional.empty();
  }

  /**
   * The admitted attempt had the right password: the name starts again from nothing, and the address gets its
   * attempt back (not its other failures: others may share that PC).
   */
  public synchronized void succeeded(String username, String address) {
    counts.remove(nameKey(username));
    Count from = counts.get(addressKey(address));
    if (from != null && from.failures > 0) {
      from.failures--;
    }
  }

  private Count count(String key, Instant now) {
    Count c = counts.computeIfAbsent(key, k -> new Count());
    if (c.last != null && quiet(c, now)) {
      c.failures = 0;
      c.last = null;
    }
    return c;
  }

  private boolean quiet(Count c, Instant now) {
    return c.last == null || !c.last.plus(policy.forgetAfter()).isAfter(now);
  }

  /** Zero when an attempt may be made now. */
  private Duration wait(Count c, int free, Instant now) {
    if (c.failures < free) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(now, c.last.plus(delay(c.failures - free)));
    return left.isNegative() ? Duration.ZERO : left;
  }

  /** The wait after the {@code n}-th failure past the free ones (0-based): first delay doubled n times, capped. */
  Duration delay(int n) {
    Duration d = policy.firstDelay();
    for (int i = 0; i < n && d.compareTo(policy.maxDelay()) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : d;
  }

  private static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static String nameKey(String username) {
    return "user:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
  }

  private static String addressKey(String address) {
    return "addr:" + address;
  }
}
