package id.spbe.analytics.dashboard.api;

import id.spbe.analytics.dashboard.query.InstansiQueries;
import id.spbe.analytics.dashboard.query.Visibility;
import id.spbe.analytics.dashboard.warehouse.PublishedState;
import id.spbe.analytics.dashboard.warehouse.Snapshot;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.sql.Connection;
import java.util.Map;

/** {@code GET /api/instansi}: the instansi with results in the published version. HTTP only. */
public final class InstansiController {
  private final PublishedState state;
  private final ViewPayloadCache<String> payloads;

  InstansiController(PublishedState state, ViewPayloadCache<String> payloads) {
    this.state = state;
    this.payloads = payloads;
  }

  /** The same for every viewer of a version, so remembered per version (see ViewPayloadCache). */
  public void instansi(Context ctx) {
    String json = state.withSnapshot(s -> payloads.get(
        ViewPayloadCache.key(s.version(), "instansi", Map.of(), Visibility.all()),
        () -> ctx.jsonMapper().toJsonString(list(s), Object.class)));
    ctx.contentType(ContentType.APPLICATION_JSON).result(json);
  }

  private static Map<String, Object> list(Snapshot s) {
    return SqlWork.unchecked(() -> {
      s.require("instansi_index", "instansi");
      try (Connection c = s.connect()) {
        return Map.of("version", s.version(), "instansi", InstansiQueries.withResults(c));
      }
    });
  }
}
