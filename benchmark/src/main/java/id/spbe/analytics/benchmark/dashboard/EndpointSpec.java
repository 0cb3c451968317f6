package id.spbe.analytics.benchmark.dashboard;

import java.util.List;

/**
 * A dashboard endpoint to measure: its path with placeholders ({instansi}, {year}) and the SQL the dashboard runs
 * for it, in order, each with its parameters (placeholders too), for the bare DuckDB timing.
 */
public record EndpointSpec(String name, String path, List<Statement> sql) {

  public EndpointSpec {
    sql = sql == null ? List.of() : List.copyOf(sql);
  }

  /** One SQL statement the endpoint runs and its bound parameters. */
  public record Statement(String text, List<String> params) {
    public Statement {
      params = params == null ? List.of() : List.copyOf(params);
    }
  }
}
