package id.spbe.analytics.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.spbe.analytics.dashboard.query.Visibility;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A view is computed once per published version, filters and viewer; never answered from another version. */
class ViewPayloadCacheTest {
  private final ViewPayloadCache<String> cache = new ViewPayloadCache<>(16, Duration.ofMinutes(1));
  private final AtomicInteger computed = new AtomicInteger();

  private String load(String payload) {
    computed.incrementAndGet();
    return payload;
  }

  private static ViewPayloadCache.Key key(String version, Map<String, List<String>> params, Visibility who) {
    return ViewPayloadCache.key(version, "ringkasan", params, who);
  }

  @Test
  void theSameRequestOverTheSameVersionIsComputedOnceWhateverTheParameterOrder() {
    Map<String, List<String>> yearFirst = new LinkedHashMap<>();
    yearFirst.put("year", List.of("2025"));
    yearFirst.put("instansi", List.of("6521"));
    Map<String, List<String>> instansiFirst = Map.of("instansi", List.of("6521"), "year", List.of("2025"));

    assertThat(cache.get(key("v-000001", yearFirst, Visibility.all()), () -> load("a"))).isEqualTo("a");
    assertThat(cache.get(key("v-000001", instansiFirst, Visibility.all()), () -> load("b"))).isEqualTo("a");
    assertThat(computed).hasValue(1);
  }

  @Test
  void aNewVersionAnotherFilterOrAnotherViewerIsComputedAfresh() {
    Map<String, List<String>> params = Map.of("instansi", List.of("6521"));
    cache.get(key("v-000001", params, Visibility.all()), () -> load("v1"));

    assertThat(cache.get(key("v-000002", params, Visibility.all()), () -> load("v2"))).isEqualTo("v2");
    assertThat(cache.get(key("v-000002", Map.of("instansi", List.of("3505")), Visibility.all()),
        () -> load("other instansi"))).isEqualTo("other instansi");
    assertThat(cache.get(key("v-000002", params, Visibility.ofOpd("6521", "KOMINFO")), () -> load("opd")))
        .isEqualTo("opd");
    assertThat(computed).hasValue(4);
  }

  @Test
  void aRequestThatFailsIsNotRemembered() {
    ViewPayloadCache.Key bad = key("v-000001", Map.of("year", List.of("1999")), Visibility.all());
    assertThatThrownBy(() -> cache.get(bad, () -> {
      throw new BadRequestException("year", "tahun 1999 tidak ada", "year 1999 has no results");
    })).isInstanceOf(BadRequestException.class);

    assertThat(cache.get(bad, () -> load("now valid"))).isEqualTo("now valid");
  }

  @Test
  void concurrentRequestsForOneViewComputeItOnce() throws Exception {
    ViewPayloadCache.Key k = key("v-000001", Map.of(), Visibility.all());
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        answers.add(pool.submit(() -> {
          start.await();
          return cache.get(k, () -> {
            sleep();
            return load("payload");
          });
        }));
      }
      start.countDown();
      for (Future<String> answer : answers) {
        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("payload");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(computed).hasValue(1);
  }

  @Test
  void theCacheStaysWithinItsBound() {
    for (int i = 0; i < 100; i++) {
      int n = i;
      cache.get(key("v-000001", Map.of("year", List.of(String.valueOf(2000 + n))), Visibility.all()),
          () -> load("y" + n));
    }
    assertThat(cache.size()).isLessThanOrEqualTo(16);
  }

  @Test
  void downloadsStayWithinTheirBytes() {
    ViewPayloadCache<Download> files = new ViewPayloadCache<>(100_000, Duration.ofMinutes(1), Download::size);
    for (int i = 0; i < 10; i++) {
      int n = i;
      files.get(key("v-000001", Map.of("year", List.of(String.valueOf(2000 + n))), Visibility.all()),
          () -> new Download("f" + n + ".pdf", "application/pdf", new byte[30_000]));
    }
    assertThat(files.size()).as("30 KB files in 100 KB").isLessThanOrEqualTo(3);
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
