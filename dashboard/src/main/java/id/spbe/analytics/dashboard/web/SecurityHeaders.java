package id.spbe.analytics.dashboard.web;

import io.javalin.http.Context;

/**
 * Headers on every response: a CSP that allows only this origin's scripts and styles (no inline script, no CDN),
 * no framing, no MIME sniffing, no referrer leaking instansi codes to other sites.
 */
public final class SecurityHeaders {
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
      + "frame-ancestors 'none'";

  private SecurityHeaders() {}

  public static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    if (ctx.path().startsWith("/api/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }
}
