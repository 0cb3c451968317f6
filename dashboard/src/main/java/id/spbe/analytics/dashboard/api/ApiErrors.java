package id.spbe.analytics.dashboard.api;

import id.spbe.analytics.dashboard.warehouse.NothingPublishedException;
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
    routes.exception(NothingPublishedException.class, (e, ctx) ->
        ctx.status(503).json(body("nothing_published",
            "Belum ada data yang diterbitkan. Jalankan pipeline terlebih dahulu.",
            "Nothing has been published yet. Run the pipeline first.", null)));
    routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
      ctx.status(500).json(body("internal_error", "Terjadi kesalahan pada server.", "The server failed.", null));
    });
    routes.error(404, ctx -> {
      if (ctx.path().startsWith("/api/")) {
        ctx.json(body("not_found", "Alamat tidak ditemukan.", "Not found.", null));
      }
    });
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
