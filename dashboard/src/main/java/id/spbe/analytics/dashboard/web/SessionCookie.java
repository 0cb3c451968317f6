package id.spbe.analytics.dashboard.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it), Secure over
 * https or when configured, scoped to the whole dashboard. It has no Max-Age, so it ends with the browser: the
 * server ends the session itself (idle and total limits), and a cookie left on a shared PC's disk would only outlive
 * its use.
 */
public final class SessionCookie {
  public static final String NAME = "spbe_session";

  private SessionCookie() {}

  public static String read(Context ctx) {
    return ctx.cookie(NAME);
  }

  /** A browser-session cookie (Max-Age -1: none sent). */
  public static void set(Context ctx, String token, boolean secure) {
    ctx.cookie(new Cookie(NAME, token, "/", -1, secure, true, null, SameSite.STRICT));
  }

  public static void clear(Context ctx, boolean secure) {
    ctx.cookie(new Cookie(NAME, "", "/", 0, secure, true, null, SameSite.STRICT));
  }
}
