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
import java.util.function.ToIntFunction;

/**
 * API answers remembered per published version: a view's JSON, or a download (an export, the PDF report). A
 * published version never changes (the pipeline writes a new one and swaps CURRENT), so the same view, filters
 * and viewer over the same version always give the same payload: computing and serialising it again is pure cost.
 * Without this a view's eight to eleven DuckDB statements ran on every request, and sixteen concurrent readers on
 * two cores queued behind each other (benchmark: p95 in the hundreds of milliseconds). The key holds the version,
 * so a new version is never answered from an old one; a request that fails (a 400) is not remembered. Bounded by
 * count (or by bytes, for downloads) and idle time so memory stays flat.
 */
final class ViewPayloadCache<V> {
  /** Views x instansi x years a team actually opens in a session, with room to spare; payloads are small. */
  static final int MAX_ENTRIES = 512;
  /**
   * Downloads (exports and PDF reports, 5-50 KB each for one instansi) kept at once, in bytes: the files a review
   * team takes in a session, within the dashboard's small heap.
   */
  static final long MAX_DOWNLOAD_BYTES = 16L * 1024 * 1024;
  static final Duration IDLE = Duration.ofMinutes(30);

  /** {@code endpoint} names what is answered (a view's API name, "instansi"), so endpoints never share entries. */
  record Key(String version, String endpoint, SortedMap<String, List<String>> params, Visibility visibility) {}

  private final Cache<Key, V> payloads;

  /** At most {@code maxEntries} answers. */
  ViewPayloadCache(int maxEntries, Duration idle) {
    this.payloads = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterAccess(idle).build();
  }

  /** Answers up to {@code maxWeight} together, each weighing what {@code weigher} says (a file's bytes). */
  ViewPayloadCache(long maxWeight, Duration idle, ToIntFunction<V> weigher) {
    this.payloads = Caffeine.newBuilder().maximumWeight(maxWeight)
        .weigher((Key key, V value) -> weigher.applyAsInt(value)).expireAfterAccess(idle).build();
  }

  static Key key(String version, String endpoint, Map<String, List<String>> queryParams, Visibility visibility) {
    SortedMap<String, List<String>> params = new TreeMap<>();
    queryParams.forEach((name, values) -> params.put(name, List.copyOf(values)));
    return new Key(version, endpoint, params, visibility);
  }

  /** The payload for {@code key}, computed by {@code load} once (concurrent requests for it wait for that one). */
  V get(Key key, Supplier<V> load) {
    return payloads.get(key, k -> load.get());
  }

  long size() {
    payloads.cleanUp();
    return payloads.estimatedSize();
  }
}
