package id.spbe.analytics.dashboard.api;

import id.spbe.analytics.dashboard.view.ViewContext;
import id.spbe.analytics.dashboard.view.ViewKind;
import id.spbe.analytics.dashboard.warehouse.PublishedState;
import id.spbe.analytics.dashboard.warehouse.Snapshot;
import id.spbe.analytics.dashboard.web.AccessGuard;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs work for one view request against one leased snapshot: checks the snapshot has the view's tables, checks
 * the request's filters, and hands the view its context. The lease is held until the work is done, so a request
 * never mixes two published versions.
 */
final class ViewRequests {
  private final PublishedState state;
  private final String defaultInstansi;
  private final ViewPayloadCache payloads;

  ViewRequests(PublishedState state, String defaultInstansi, ViewPayloadCache payloads) {
    this.state = state;
    this.defaultInstansi = defaultInstansi;
    this.payloads = payloads;
  }

  @FunctionalInterface
  interface ViewWork<T> {
    T run(ViewContext context) throws SQLException;
  }

  <T> T run(Context ctx, ViewKind view, ViewWork<T> work) {
    return state.withSnapshot(snapshot -> run(ctx, snapshot, view, work));
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

  /** The view's payload. */
  Object load(Context ctx, ViewKind view) {
    return run(ctx, view, context -> view.loader().load(context));
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
    return state.withSnapshot(snapshot -> payloads.get(
        ViewPayloadCache.key(snapshot.version(), endpoint, ctx.queryParamMap(), AccessGuard.viewer(ctx).visibility()),
        () -> ctx.jsonMapper().toJsonString(run(ctx, snapshot, view, work), Object.class)));
  }
}
