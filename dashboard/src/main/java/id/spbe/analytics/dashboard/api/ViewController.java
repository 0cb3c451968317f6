package id.spbe.analytics.dashboard.api;

import id.spbe.analytics.dashboard.view.DataView;
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
    if (view == ViewKind.DATA) {
      return this::data;
    }
    return ctx -> ctx.contentType(ContentType.APPLICATION_JSON).result(requests.loadJson(ctx, view));
  }

  /**
   * {@code GET /api/data?page=}: the Data view's lists a page at a time (page 1 when absent); a page past the last
   * is a 400 naming the pages there are.
   */
  private void data(io.javalin.http.Context ctx) {
    int page = Params.page(ctx);
    ctx.contentType(ContentType.APPLICATION_JSON).result(requests.runJson(ctx, ViewKind.DATA, "data", context -> {
      DataView whole = DataView.load(context);
      if (page > whole.pages()) {
        throw new BadRequestException("page", "Halaman " + page + " tidak ada; ada " + whole.pages() + " halaman.",
            "Page " + page + " does not exist; there are " + whole.pages() + " pages.");
      }
      return whole.page(page);
    }));
  }
}
