package id.spbe.analytics.dashboard.api;

import id.spbe.analytics.dashboard.view.ViewContext;
import id.spbe.analytics.dashboard.view.ViewKind;
import id.spbe.analytics.dashboard.warehouse.PublishedState;
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

  ViewRequests(PublishedState state, String defaultInstansi) {
    this.state = state;
    this.defaultInstansi = defaultInstansi;
  }

  @FunctionalInterface
  interface ViewWork<T> {
    T run(ViewContext context) throws SQLException;
  }

  <T> T run(Context ctx, ViewKind view, ViewWork<T> work) {
    return state.withSnapshot(snapshot -> SqlWork.unchecked(() -> {
      snapshot.require(view.tables());
      try (Connection c = snapshot.connect()) {
        SelectionParams.Checked checked = SelectionParams.read(ctx, c, view, defaultInstansi);
        return work.run(new ViewContext(snapshot, c, checked.selection(), checked.choices(),
            AccessGuard.viewer(ctx).visibility()));
      }
    }));
  }

  /** The view's payload. */
  Object load(Context ctx, ViewKind view) {
    return run(ctx, view, context -> view.loader().load(context));
  }
}
