package id.spbe.analytics.dashboard.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.spbe.analytics.dashboard.query.Visibility;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * API answers (their JSON) remembered per published version. A published version never changes (the pipeline writes a new
 * one and swaps CURRENT), so the same view, filters and viewer over the same version always give the same
 * payload: computing and serialising it again is pure cost. Without this a view's eight to eleven DuckDB statements ran on every
 * request, and sixteen concurrent readers on two cores queued behind each other (benchmark: p95 in the hundreds of
 * milliseconds). The key holds the version, so a new version is never answered from an old one; a request that
 * fails (a 400) is not remembered. Bounded by count and idle time so memory stays flat.
 */
final class ViewPayloadCache {
  /** Views x instansi x years a team actually opens in a session, with room to spare; payloads are small. */
  static final int MAX_ENTRIES = 512;
  static final Duration IDLE = Duration.ofMinutes(30);

  /** {@code endpoint} names what is answered (a view's API name, "instansi"), so endpoints never share entries. */
  record Key(String version, String endpoint, SortedMap<String, List<String>> params, Visibility visibility) {}

  private final Cache<Key, String> payloads;

  ViewPayloadCache(int maxEntries, Duration idle) {
    this.payloads = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterAccess(idle).build();
  }

  static Key key(String version, String endpoint, Map<String, List<String>> queryParams, Visibility visibility) {
    SortedMap<String, List<String>> params = new TreeMap<>();
    queryParams.forEach((name, values) -> params.put(name, List.copyOf(values)));
    return new Key(version, endpoint, params, visibility);
  }

  /** The payload for {@code key}, computed by {@code load} once (concurrent requests for it wait for that one). */
  String get(Key key, Supplier<String> load) {
    return payloads.get(key, k -> load.get());
  }

  long size() {
    payloads.cleanUp();
    return payloads.estimatedSize();
  }
}
