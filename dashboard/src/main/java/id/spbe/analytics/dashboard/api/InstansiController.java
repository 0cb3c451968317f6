package id.spbe.analytics.dashboard.api;

import id.spbe.analytics.dashboard.query.InstansiQueries;
import id.spbe.analytics.dashboard.warehouse.PublishedState;
import io.javalin.http.Context;
import java.sql.Connection;
import java.util.Map;

/** {@code GET /api/instansi}: the instansi with results in the published version. HTTP only. */
public final class InstansiController {
  private final PublishedState state;

  InstansiController(PublishedState state) {
    this.state = state;
  }

  public void instansi(Context ctx) {
    ctx.json(state.withSnapshot(s -> SqlWork.unchecked(() -> {
      s.require("instansi_index", "instansi");
      try (Connection c = s.connect()) {
        return Map.of("version", s.version(), "instansi", InstansiQueries.withResults(c));
      }
    })));
  }
}
