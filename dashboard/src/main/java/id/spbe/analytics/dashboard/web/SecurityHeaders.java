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
    HEADERS.forEach(ctx::header);
    if (ctx.path().startsWith("/api/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }

  /**
   * The pages and static files are read, never written: any other method than GET or HEAD on them is 405 (the
   * API's routes answer 405 for their own paths, {@code prefer405over404}).
   */
  public static void readOnlyOutsideApi(Context ctx) {
    if (ctx.path().startsWith("/api/")) {
      return;
    }
    io.javalin.http.HandlerType method = ctx.method();
    if (method != io.javalin.http.HandlerType.GET && method != io.javalin.http.HandlerType.HEAD) {
      ctx.header("Allow", "GET, HEAD");
      ctx.status(405).contentType("text/plain; charset=utf-8")
          .result("Metode tidak diizinkan. / Method not allowed.");
      ctx.skipRemainingHandlers();
    }
  }

  /** The same headers on an answer Jetty makes itself ({@link SecureErrorHandler}). */
  static void apply(org.eclipse.jetty.http.HttpFields.Mutable fields) {
    HEADERS.forEach(fields::put);
  }

  private static final java.util.Map<String, String> HEADERS = orderedHeaders();

  private static java.util.Map<String, String> orderedHeaders() {
    java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
    headers.put("Content-Security-Policy", CSP);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("X-Frame-Options", "DENY");
    headers.put("Referrer-Policy", "no-referrer");
    headers.put("Cross-Origin-Opener-Policy", "same-origin");
    return java.util.Collections.unmodifiableMap(headers);
  }
}
