package id.spbe.analytics.dashboard.api;

import id.spbe.analytics.dashboard.view.ViewKind;
import io.javalin.http.ContentType;
import io.javalin.http.Handler;

/** {@code GET /api/<view>}: one call per view, its filters in the query string. HTTP only. */
public final class ViewController {
  private final ViewRequests requests;

  ViewController(ViewRequests requests) {
    this.requests = requests;
  }

  public Handler handler(ViewKind view) {
    return ctx -> ctx.contentType(ContentType.APPLICATION_JSON).result(requests.loadJson(ctx, view));
  }
}
