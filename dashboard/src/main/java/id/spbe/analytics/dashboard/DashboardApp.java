package id.spbe.analytics.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.spbe.analytics.dashboard.api.ApiErrors;
import id.spbe.analytics.dashboard.api.SummaryController;
import id.spbe.analytics.dashboard.warehouse.PublishedState;
import id.spbe.analytics.dashboard.web.SecurityHeaders;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;

/** Builds the web app from its dependencies; {@link DashboardMain} and the tests both start it this way. */
public final class DashboardApp {
  private DashboardApp() {}

  public static Javalin create(PublishedState state) {
    SummaryController summary = new SummaryController(state);
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jsonMapper(new JavalinJackson(jsonMapper(), false));
      config.staticFiles.add("/public", Location.CLASSPATH);
      config.staticFiles.enableWebjars();
      config.routes.before(SecurityHeaders::apply);
      config.routes.get("/api/health", ctx -> ctx.json(Map.of("status", "ok",
          "published_version", state.pointer().orElse(""))));
      config.routes.get("/api/instansi", summary::instansi);
      config.routes.get("/api/ringkasan", summary::ringkasan);
      ApiErrors.register(config.routes);
      config.events.serverStopped(state::close);
    });
  }

  /** snake_case like the published tables; decimals as written (2.76, not 2.7600); dates as ISO text. */
  static ObjectMapper jsonMapper() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }
}
