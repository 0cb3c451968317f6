package id.spbe.analytics.dashboard.web;

import id.spbe.analytics.dashboard.page.Page;
import id.spbe.analytics.dashboard.security.Access;
import id.spbe.analytics.dashboard.security.Viewer;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs before every request: without sign-in, answers only requests whose {@code Host} names this machine (a page
 * on another site could otherwise reach a loopback dashboard through DNS rebinding, and read every OPD's data);
 * finds who is asking from the session cookie and stops requests that need a sign-in (401 for the API, a redirect
 * to the login page for pages); and refuses state-changing requests that come from another site's page.
 */
public final class AccessGuard {
  private static final String VIEWER = "spbe.viewer";
  /** What the login page itself needs; everything else asks for a session when sign-in is on. */
  private static final Set<String> PUBLIC = Stream.concat(Stream.concat(Page.LOGIN.paths().stream(),
      Stream.of(Page.LOGIN.script())), Stream.of("/api/login", "/api/health", "/css/app.css", "/js/i18n.js",
      "/i18n/id.json", "/i18n/en.json", "/favicon.svg")).collect(Collectors.toUnmodifiableSet());

  private final Access access;
  private final PublicOrigin origin;

  public AccessGuard(Access access, PublicOrigin origin) {
    this.access = access;
    this.origin = origin;
  }

  public void before(Context ctx) {
    if (!access.required() && !origin.namesThisMachine(ctx)) {
      throw new ForeignHostException(ctx.header("Host"));
    }
    if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
      requireSameOrigin(ctx);
    }
    Optional<Viewer> viewer = access.viewer(SessionCookie.read(ctx));
    if (viewer.isPresent()) {
      ctx.attribute(VIEWER, viewer.get());
      return;
    }
    String path = ctx.path();
    if (PUBLIC.contains(path)) {
      return;
    }
    if (path.startsWith("/api/")) {
      throw new SignInRequiredException();
    }
    String next = ctx.queryString() == null ? path : path + "?" + ctx.queryString();
    ctx.redirect(Page.LOGIN.paths().get(0) + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
  }

  /** The viewer the guard let through. */
  public static Viewer viewer(Context ctx) {
    Viewer viewer = ctx.attribute(VIEWER);
    if (viewer == null) {
      throw new SignInRequiredException();
    }
    return viewer;
  }

  /**
   * Browsers send Origin on cross-site POSTs and Sec-Fetch-Site on all requests; either naming another site means
   * another site's page sent it. With neither header (curl, scripts) there is no browser to abuse. The origin is
   * compared with the public one ({@link PublicOrigin}), not the request's own scheme, which is http behind a
   * TLS proxy.
   */
  private void requireSameOrigin(Context ctx) {
    String fetchSite = ctx.header("Sec-Fetch-Site");
    if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
      throw new ForeignOriginException(fetchSite);
    }
    String sentFrom = ctx.header("Origin");
    if (sentFrom != null && !sentFrom.equalsIgnoreCase(origin.origin(ctx))) {
      throw new ForeignOriginException(sentFrom);
    }
  }
}
