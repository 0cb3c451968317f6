package id.spbe.analytics.benchmark.dashboard;

import java.util.List;

/**
 * A dashboard endpoint to measure: its path with placeholders ({instansi}, {year}) and the dashboard's queries it
 * runs, in order, by name ({@code ringkasan/latest_official}: the file {@code sql/ringkasan/latest_official.sql} in
 * the dashboard's jar), each with its parameters (placeholders too), for the bare DuckDB timing.
 */
public record EndpointSpec(String name, String path, List<Query> queries) {

  public EndpointSpec {
    queries = queries == null ? List.of() : List.copyOf(queries);
  }

  /** One named dashboard query the endpoint runs and its bound parameters. */
  public record Query(String name, List<String> params) {
    public Query {
      params = params == null ? List.of() : List.copyOf(params);
    }
  }
}
