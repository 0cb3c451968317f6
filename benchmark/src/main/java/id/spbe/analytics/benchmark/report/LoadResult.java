package id.spbe.analytics.benchmark.report;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One endpoint under a number of concurrent clients for a fixed time: latency percentiles and throughput. */
public record LoadResult(int clients, long requests, long errors, double seconds, double p50Millis, double p95Millis,
    double p99Millis) {

  @JsonProperty
  public double requestsPerSecond() {
    return requests / seconds;
  }
}
