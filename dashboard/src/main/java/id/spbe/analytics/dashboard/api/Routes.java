package id.spbe.analytics.dashboard.api;

import id.spbe.analytics.dashboard.security.Access;
import id.spbe.analytics.dashboard.view.ViewKind;
import id.spbe.analytics.dashboard.warehouse.PublishedState;
import id.spbe.analytics.dashboard.web.PublicOrigin;
import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.util.Map;

/** Every API endpoint, in one list. */
public final class Routes {
  private Routes() {}

  public static void register(RoutesConfig routes, PublishedState state, Access access, PublicOrigin origin,
      String defaultInstansi, Clock clock) {
    ViewPayloadCache<String> payloads = new ViewPayloadCache<>(ViewPayloadCache.MAX_ENTRIES, ViewPayloadCache.IDLE);
    ViewRequests requests = new ViewRequests(state, defaultInstansi, payloads);
    ViewController views = new ViewController(requests);
    AuthController auth = new AuthController(access, origin);
    routes.get("/api/health", ctx -> ctx.json(Map.of("status", "ok",
        "published_version", state.pointer().orElse(""))));
    routes.post("/api/login", auth::login);
    routes.post("/api/logout", auth::logout);
    routes.get("/api/me", auth::me);
    routes.get("/api/instansi", new InstansiController(state, payloads)::instansi);
    for (ViewKind view : ViewKind.values()) {
      if (view != ViewKind.LAPORAN) {
        routes.get("/api/" + view.apiName(), views.handler(view));
      }
    }
    routes.get("/api/rencana/whatif", new WhatIfController(requests)::whatIf);
    ViewPayloadCache<Download> downloads = new ViewPayloadCache<>(ViewPayloadCache.MAX_DOWNLOAD_BYTES,
        ViewPayloadCache.IDLE, Download::size);
    routes.get("/api/export/{dataset}", new ExportController(requests, clock, downloads)::export);
    routes.get("/api/laporan", new ReportController(requests, clock, downloads)::report);
    routes.get("/api/bukti/per-opd", new EvidenceWorkbookController(requests, clock, downloads)::perOpd);
    ApiErrors.register(routes);
  }
}
