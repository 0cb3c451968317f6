package id.spbe.analytics.dashboard.api;

import id.spbe.analytics.dashboard.view.ViewContext;
import id.spbe.analytics.dashboard.view.ViewKind;
import id.spbe.analytics.dashboard.warehouse.PublishedState;
import id.spbe.analytics.dashboard.warehouse.Snapshot;
import id.spbe.analytics.dashboard.web.AccessGuard;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs work for one view request against one leased snapshot: checks the snapshot has the view's tables, checks
 * the request's filters, and hands the view its context. The lease is held until the work is done, so a request
 * never mixes two published versions.
 */
final class ViewRequests {
  private final PublishedState state;
  private final String defaultInstansi;
  private final ViewPayloadCache<String> payloads;

  ViewRequests(PublishedState state, String defaultInstansi, ViewPayloadCache<String> payloads) {
    this.state = state;
    this.defaultInstansi = defaultInstansi;
    this.payloads = payloads;
  }

  @FunctionalInterface
  interface ViewWork<T> {
    T run(ViewContext context) throws SQLException;
  }

  private <T> T run(Context ctx, Snapshot snapshot, ViewKind view, ViewWork<T> work) {
    return SqlWork.unchecked(() -> {
      snapshot.require(view.tables());
      try (Connection c = snapshot.connect()) {
        SelectionParams.Checked checked = SelectionParams.read(ctx, c, view, defaultInstansi);
        return work.run(new ViewContext(snapshot, c, checked.selection(), checked.choices(),
            AccessGuard.viewer(ctx).visibility()));
      }
    });
  }

  /**
   * The view's payload as JSON, computed once per published version, view, filters and viewer (see
   * ViewPayloadCache).
   */
  String loadJson(Context ctx, ViewKind view) {
    return runJson(ctx, view, view.apiName(), context -> view.loader().load(context));
  }

  /**
   * Work derived from a view's tables as JSON, remembered like a view's payload under its own endpoint name: the
   * answer depends only on the published version, the query parameters and the viewer.
   */
  <T> String runJson(Context ctx, ViewKind view, String endpoint, ViewWork<T> work) {
    return remembered(ctx, view, endpoint, Map.of(), payloads,
        context -> ctx.jsonMapper().toJsonString(work.run(context), Object.class));
  }

  /**
   * Work over a view's tables, remembered in {@code cache} per published version, endpoint, query parameters,
   * viewer and {@code alsoDependsOn} (what else the answer shows, such as the day a report was made). The work
   * runs on the snapshot the key names, so an answer is never stored under another version.
   */
  <V> V remembered(Context ctx, ViewKind view, String endpoint, Map<String, String> alsoDependsOn,
      ViewPayloadCache<V> cache, ViewWork<V> work) {
    Map<String, List<String>> params = new HashMap<>(ctx.queryParamMap());
    alsoDependsOn.forEach((name, value) -> params.put(name, List.of(value)));
    return state.withSnapshot(snapshot -> cache.get(
        ViewPayloadCache.key(snapshot.version(), endpoint, params, AccessGuard.viewer(ctx).visibility()),
        () -> run(ctx, snapshot, view, work)));
  }
}
