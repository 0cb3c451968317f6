package id.spbe.analytics.dashboard.page;

import io.javalin.config.RoutesConfig;

/**
 * Answers each page's paths with its rendered HTML. The security headers and the sign-in guard run before, as
 * for any request; the page is asked again on every visit (max-age=0, as static files are), so a new jar's pages
 * show at once.
 */
public final class PageRoutes {
  private PageRoutes() {}

  public static void register(RoutesConfig routes, PageShell shell) {
    for (Page page : Page.values()) {
      String html = shell.html(page);
      for (String path : page.paths()) {
        routes.get(path, ctx -> ctx.header("Cache-Control", "max-age=0").contentType("text/html; charset=utf-8")
            .result(html));
      }
    }
  }
}
