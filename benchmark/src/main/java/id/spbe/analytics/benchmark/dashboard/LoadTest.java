package id.spbe.analytics.benchmark.dashboard;

import id.spbe.analytics.benchmark.report.LoadResult;
import id.spbe.analytics.benchmark.report.Stats;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load: each client sends its next request when the previous answer is read in full, for a fixed
 * time after a warm-up. Latency is from sending to the last byte of the body; throughput is answers per second.
 */
final class LoadTest {
  private LoadTest() {}

  static LoadResult run(HttpClient http, URI uri, int clients, Duration warmup, Duration measured)
      throws InterruptedException {
    loop(http, uri, clients, warmup, new AtomicLong());
    AtomicLong errors = new AtomicLong();
    long start = System.nanoTime();
    List<long[]> perClient = loop(http, uri, clients, measured, errors);
    double seconds = (System.nanoTime() - start) / 1e9;
    int total = perClient.stream().mapToInt(l -> (int) l[0]).sum();
    double[] millis = new double[total];
    int i = 0;
    for (long[] latencies : perClient) {
      for (int k = 1; k <= latencies[0]; k++) {
        millis[i++] = latencies[k] / 1e6;
      }
    }
    if (total == 0) {
      return new LoadResult(clients, 0, errors.get(), seconds, Double.NaN, Double.NaN, Double.NaN);
    }
    return new LoadResult(clients, total, errors.get(), seconds, Stats.percentile(millis, 50),
        Stats.percentile(millis, 95), Stats.percentile(millis, 99));
  }

  /** Per client: element 0 is the count, then the latencies in nanoseconds. */
  private static List<long[]> loop(HttpClient http, URI uri, int clients, Duration length, AtomicLong errors)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long end = System.nanoTime() + length.toNanos();
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
    try {
      List<Future<long[]>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        futures.add(pool.submit(() -> client(http, request, end, errors)));
      }
      List<long[]> out = new ArrayList<>();
      for (Future<long[]> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("a load client failed on " + uri + ": " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static long[] client(HttpClient http, HttpRequest request, long end, AtomicLong errors) throws Exception {
    long[] latencies = new long[1024];
    int n = 0;
    while (System.nanoTime() < end) {
      long sent = System.nanoTime();
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      long took = System.nanoTime() - sent;
      if (response.statusCode() != 200) {
        errors.incrementAndGet();
      }
      if (n + 1 >= latencies.length) {
        latencies = java.util.Arrays.copyOf(latencies, latencies.length * 2);
      }
      latencies[++n] = took;
    }
    latencies[0] = n;
    return latencies;
  }
}
