package id.spbe.analytics.dashboard.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it), Secure over
 * https or when configured, scoped to the whole dashboard.
 */
public final class SessionCookie {
  public static final String NAME = "spbe_session";

  private SessionCookie() {}

  public static String read(Context ctx) {
    return ctx.cookie(NAME);
  }

  public static void set(Context ctx, String token, int maxAgeSeconds, boolean secureConfigured) {
    ctx.cookie(new Cookie(NAME, token, "/", maxAgeSeconds, secure(ctx, secureConfigured), true, null,
        SameSite.STRICT));
  }

  public static void clear(Context ctx, boolean secureConfigured) {
    ctx.cookie(new Cookie(NAME, "", "/", 0, secure(ctx, secureConfigured), true, null, SameSite.STRICT));
  }

  private static boolean secure(Context ctx, boolean secureConfigured) {
    return secureConfigured || "https".equalsIgnoreCase(ctx.scheme());
  }
}
