package id.spbe.analytics.dashboard.api;

import id.spbe.analytics.dashboard.warehouse.NothingPublishedException;
import id.spbe.analytics.dashboard.warehouse.TableMissingException;
import id.spbe.analytics.dashboard.web.ForeignHostException;
import id.spbe.analytics.dashboard.web.ForeignOriginException;
import id.spbe.analytics.dashboard.web.SignInRequiredException;
import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every failure mapped to a response in one place; no stack trace ever reaches a response. */
public final class ApiErrors {
  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  private ApiErrors() {}

  public static void register(RoutesConfig routes) {
    routes.exception(BadRequestException.class, (e, ctx) ->
        ctx.status(400).json(body("bad_request", e.getMessage(), e.messageEn(), e.parameter())));
    routes.exception(SignInRequiredException.class, (e, ctx) ->
        ctx.status(401).json(body("sign_in_required", "Silakan masuk terlebih dahulu.", "Please sign in first.",
            null)));
    routes.exception(ForeignOriginException.class, (e, ctx) -> {
      LOG.warn("Refused {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
      ctx.status(403).json(body("foreign_origin", "Permintaan dari situs lain ditolak.",
          "Requests from another site are refused.", null));
    });
    routes.exception(ForeignHostException.class, (e, ctx) -> {
      LOG.warn("Refused {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
      ctx.status(421).json(body("foreign_host", "Alamat ini tidak dilayani dasbor ini.",
          "This dashboard does not answer for that address.", null));
    });
    routes.exception(NothingPublishedException.class, (e, ctx) ->
        ctx.status(503).json(body("nothing_published",
            "Belum ada data yang diterbitkan. Jalankan pipeline terlebih dahulu.",
            "Nothing has been published yet. Run the pipeline first.", null)));
    routes.exception(TableMissingException.class, (e, ctx) -> {
      LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
      String tables = String.join(", ", e.tables());
      ctx.status(503).json(body("table_missing",
          "Versi data yang diterbitkan belum memuat tabel " + tables + ". Jalankan pipeline versi terbaru.",
          "The published version has no table " + tables + " yet. Run the current pipeline.", null));
    });
    routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
      ctx.status(500).json(body("internal_error", "Terjadi kesalahan pada server.", "The server failed.", null));
    });
    routes.error(404, ctx -> {
      if (ctx.path().startsWith("/api/")) {
        ctx.json(body("not_found", "Alamat tidak ditemukan.", "Not found.", null));
      } else {
        // not the default text, which repeats the requested path back
        ctx.contentType("text/plain; charset=utf-8").result("Halaman tidak ditemukan. / Page not found.");
      }
    });
    routes.error(405, ctx -> ctx.json(body("method_not_allowed", "Metode tidak diizinkan.", "Method not allowed.",
        null)));
  }

  static Map<String, Object> body(String error, String messageId, String messageEn, String parameter) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("message", messageId);
    body.put("message_en", messageEn);
    if (parameter != null) {
      body.put("parameter", parameter);
    }
    return body;
  }
}
