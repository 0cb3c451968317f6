package id.spbe.analytics.dashboard.api;

import id.spbe.analytics.dashboard.security.Access;
import id.spbe.analytics.dashboard.security.SignIn;
import id.spbe.analytics.dashboard.security.Viewer;
import id.spbe.analytics.dashboard.web.AccessGuard;
import id.spbe.analytics.dashboard.web.PublicOrigin;
import id.spbe.analytics.dashboard.web.SessionCookie;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/login} (JSON {@code {"username","password"}}), {@code POST /api/logout}, {@code GET /api/me}.
 * HTTP only: the checking is {@link SignIn}'s.
 */
public final class AuthController {
  private final Access access;
  private final PublicOrigin origin;

  AuthController(Access access, PublicOrigin origin) {
    this.access = access;
    this.origin = origin;
  }

  record Credentials(String username, String password) {}

  public void login(Context ctx) {
    if (!access.required()) {
      ctx.json(me(Viewer.LOCAL, false));
      return;
    }
    if (!ctx.isJson()) {
      throw new BadRequestException("body", "Kirim nama pengguna dan kata sandi sebagai JSON.",
          "Send the username and password as JSON.");
    }
    Credentials credentials = credentials(ctx);
    if (credentials == null || credentials.username() == null || credentials.password() == null) {
      throw new BadRequestException("username", "Nama pengguna dan kata sandi wajib diisi.",
          "Username and password are required.");
    }
    char[] password = credentials.password().toCharArray();
    try {
      respond(ctx, access.signIn().attempt(credentials.username(), password, origin.clientAddress(ctx),
          SessionCookie.read(ctx)));
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private static Credentials credentials(Context ctx) {
    try {
      return ctx.bodyAsClass(Credentials.class);
    } catch (Exception e) { // Jackson's parse errors arrive unchecked through Javalin's mapper
      throw new BadRequestException("body", "Isi permintaan bukan JSON yang benar.", "The request body is not valid JSON.",
          e);
    }
  }

  private void respond(Context ctx, SignIn.Outcome outcome) {
    if (outcome instanceof SignIn.SignedIn signedIn) {
      var session = signedIn.session();
      SessionCookie.set(ctx, session.token(), secure(ctx));
      ctx.json(me(Viewer.of(session.account()), true));
    } else if (outcome instanceof SignIn.Throttled throttled) {
      long seconds = Math.max(1, throttled.retryAfter().toSeconds());
      ctx.header("Retry-After", String.valueOf(seconds));
      ctx.status(429).json(ApiErrors.body("too_many_attempts",
          "Terlalu banyak percobaan masuk. Coba lagi dalam " + seconds + " detik.",
          "Too many sign-in attempts. Try again in " + seconds + " seconds.", null));
    } else {
      ctx.status(401).json(ApiErrors.body("wrong_credentials", "Nama pengguna atau kata sandi salah.",
          "Wrong username or password.", null));
    }
  }

  public void logout(Context ctx) {
    if (access.required()) {
      access.signIn().sessions().close(SessionCookie.read(ctx));
      SessionCookie.clear(ctx, secure(ctx));
    }
    ctx.status(204);
  }

  /** Secure when configured, or when the browser came over https (directly, or as the public URL or proxy says). */
  private boolean secure(Context ctx) {
    return access.secureCookies() || origin.https(ctx);
  }

  public void me(Context ctx) {
    ctx.json(me(AccessGuard.viewer(ctx), access.required()));
  }

  private static Map<String, Object> me(Viewer viewer, boolean signInRequired) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("sign_in_required", signInRequired);
    body.put("username", viewer.username());
    body.put("display_name", viewer.displayName());
    body.put("role", viewer.role().configName());
    body.put("instansi_code", viewer.instansiCode());
    body.put("opd_code", viewer.opdCode());
    return body;
  }
}
