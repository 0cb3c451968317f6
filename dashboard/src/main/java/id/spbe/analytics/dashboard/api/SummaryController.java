package id.spbe.analytics.dashboard.api;

import id.spbe.analytics.dashboard.query.InstansiQueries;
import id.spbe.analytics.dashboard.query.SummaryQueries;
import id.spbe.analytics.dashboard.warehouse.PublishedState;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** HTTP only: reads parameters, asks the query classes, writes JSON. */
public final class SummaryController {
  private final PublishedState state;

  public SummaryController(PublishedState state) {
    this.state = state;
  }

  public void instansi(Context ctx) {
    ctx.json(state.withSnapshot(s -> sql(() -> {
      try (Connection c = s.connect()) {
        return Map.of("version", s.version(), "instansi", InstansiQueries.withResults(c));
      }
    })));
  }

  public void ringkasan(Context ctx) {
    ctx.json(state.withSnapshot(s -> sql(() -> {
      try (Connection c = s.connect()) {
        List<InstansiQueries.Instansi> known = InstansiQueries.withResults(c);
        String instansi = Params.oneOf(ctx, "instansi", known.stream().map(InstansiQueries.Instansi::instansiCode).toList());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", s.version());
        body.put("instansi", known.stream().filter(i -> i.instansiCode().equals(instansi)).findFirst().orElseThrow());
        body.put("series", SummaryQueries.series(c, instansi));
        body.put("targets", SummaryQueries.targets(c, instansi));
        body.put("bands", SummaryQueries.bands(c));
        body.put("frameworks", SummaryQueries.frameworks(c));
        return body;
      }
    })));
  }

  @FunctionalInterface
  interface SqlWork<T> {
    T run() throws SQLException;
  }

  static <T> T sql(SqlWork<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw new IllegalStateException("Query failed: " + e.getMessage(), e);
    }
  }
}
