package id.spbe.analytics.dashboard.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed sign-ins: after {@code maxFailures} failures within {@code window} for one username, or
 * {@code maxFailures * 4} for one client address, further attempts are refused until the oldest failure leaves the
 * window. Per name stops guessing one account's password; per address stops trying many names from one PC.
 */
public final class LoginThrottle {
  /** Keys kept before old ones are swept, so a spray of made-up names cannot grow memory without bound. */
  private static final int SWEEP_ABOVE = 10_000;
  private final Clock clock;
  private final int maxFailures;
  private final Duration window;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public LoginThrottle(Clock clock, int maxFailures, Duration window) {
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.window = window;
  }

  /** How long to wait before trying again; empty when an attempt is allowed now. */
  public Optional<Duration> retryAfter(String username, String address) {
    Instant now = clock.instant();
    Optional<Duration> byName = wait(nameKey(username), maxFailures, now);
    return byName.isPresent() ? byName : wait(addressKey(address), maxFailures * 4, now);
  }

  public void failed(String username, String address) {
    Instant now = clock.instant();
    if (failures.size() > SWEEP_ABOVE) {
      sweep(now);
    }
    record(nameKey(username), now);
    record(addressKey(address), now);
  }

  /** A successful sign-in clears the name's failures (not the address's: others may share that PC). */
  public void succeeded(String username) {
    failures.remove(nameKey(username));
  }

  private Optional<Duration> wait(String key, int limit, Instant now) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return Optional.empty();
    }
    synchronized (times) {
      prune(times, now);
      if (times.size() < limit) {
        return Optional.empty();
      }
      return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
    }
  }

  private void record(String key, Instant now) {
    Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      prune(times, now);
      times.addLast(now);
    }
  }

  private void sweep(Instant now) {
    failures.forEach((key, times) -> {
      synchronized (times) {
        prune(times, now);
        if (times.isEmpty()) {
          failures.remove(key, times);
        }
      }
    });
  }

  private void prune(Deque<Instant> times, Instant now) {
    while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
      times.removeFirst();
    }
  }

  private static String nameKey(String username) {
    return "user:" + (username == null ? "" : username.toLowerCase(java.util.Locale.ROOT));
  }

  private static String addressKey(String address) {
    return "addr:" + address;
  }
}
