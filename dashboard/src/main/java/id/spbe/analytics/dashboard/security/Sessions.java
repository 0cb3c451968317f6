package id.spbe.analytics.dashboard.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in sessions, in memory: a restart signs everyone out, which is acceptable for an office dashboard and
 * keeps no session store to protect. A session token is 256 random bits; it ends after {@code idleTimeout} without
 * a request or {@code maxAge} after sign-in, whichever comes first.
 */
public final class Sessions {
  private final Map<String, Session> byToken = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private final Duration idleTimeout;
  private final Duration maxAge;

  public record Session(String token, Account account, Instant createdAt, Instant lastSeen) {}

  public Sessions(Clock clock, Duration idleTimeout, Duration maxAge) {
    this.clock = clock;
    this.idleTimeout = idleTimeout;
    this.maxAge = maxAge;
  }

  public Session open(Account account) {
    dropExpired();
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.instant();
    Session session = new Session(token, account, now, now);
    byToken.put(token, session);
    return session;
  }

  /** The live session for {@code token}, its idle clock restarted; empty when unknown or expired. */
  public Optional<Session> touch(String token) {
    if (token == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Session updated = byToken.computeIfPresent(token, (t, s) -> expired(s, now) ? null
        : new Session(t, s.account(), s.createdAt(), now));
    return Optional.ofNullable(updated);
  }

  public void close(String token) {
    if (token != null) {
      byToken.remove(token);
    }
  }

  private boolean expired(Session s, Instant now) {
    return now.isAfter(s.lastSeen().plus(idleTimeout)) || now.isAfter(s.createdAt().plus(maxAge));
  }

  private void dropExpired() {
    Instant now = clock.instant();
    byToken.values().removeIf(s -> expired(s, now));
  }
}
