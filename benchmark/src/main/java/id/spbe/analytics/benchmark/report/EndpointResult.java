package id.spbe.analytics.benchmark.report;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the benchmark found for one dashboard endpoint.
 *
 * @param status MEASURED, ABSENT (404 in this build: listed in the configuration but not served), NOT_LOADED (named
 *     in the configuration as deliberately not load-tested; the note says why) or FAILED
 * @param source where the endpoint came from: the configuration, or the dashboard's own scripts
 * @param queries the dashboard queries timed on DuckDB alone, by name ({@code ringkasan/latest_official}); empty
 *     when none is configured
 * @param bareMillis those queries on DuckDB alone, sum of their medians; null without queries
 * @param oneClient null unless measured
 * @param manyClients null unless measured
 */
public record EndpointResult(String name, String path, String status, String source, String note, java.util.List<String> queries,
    Double bareMillis, LoadResult oneClient, LoadResult manyClients) {

  /** Server time (median latency with one client) over the bare query time; null when either is missing. */
  @JsonProperty
  public Double serverOverBare() {
    return bareMillis == null || oneClient == null || bareMillis <= 0 ? null : oneClient.p50Millis() / bareMillis;
  }
}
