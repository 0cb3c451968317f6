package id.spbe.analytics.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.spbe.analytics.dashboard.api.Routes;
import id.spbe.analytics.dashboard.page.PageRoutes;
import id.spbe.analytics.dashboard.page.PageShell;
import id.spbe.analytics.dashboard.query.NamedQuery;
import id.spbe.analytics.dashboard.security.Access;
import id.spbe.analytics.dashboard.warehouse.PublishedState;
import id.spbe.analytics.dashboard.web.AccessGuard;
import id.spbe.analytics.dashboard.web.PublicOrigin;
import id.spbe.analytics.dashboard.web.SecureErrorHandler;
import id.spbe.analytics.dashboard.web.SecurityHeaders;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;

/** Builds the web app from its dependencies; {@link DashboardMain} and the tests both start it this way. */
public final class DashboardApp {
  private DashboardApp() {}

  /** Without sign-in: for a loopback address only (the planner's own PC, tests). */
  public static Javalin create(PublishedState state) {
    return create(state, Access.open(), null, Clock.systemDefaultZone());
  }

  /** Bound to 127.0.0.1, reached directly (tests). */
  public static Javalin create(PublishedState state, Access access, String defaultInstansi, Clock clock) {
    return create(state, access, PublicOrigin.direct("127.0.0.1"), defaultInstansi, clock);
  }

  /**
   * @param origin where browsers reach the dashboard (public URL, trusted proxy) and the names it answers
   * @param defaultInstansi the instansi a view shows when the URL names none (null: the first with results)
   */
  public static Javalin create(PublishedState state, Access access, PublicOrigin origin, String defaultInstansi,
      Clock clock) {
    NamedQuery.requireAll();
    PageShell pages = PageShell.fromClasspath();
    AccessGuard guard = new AccessGuard(access, origin);
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      // a known path asked with another method (PUT /api/ringkasan) is 405, not 404
      config.http.prefer405over404 = true;
      // Jetty's own error answers (400, 414, 431) carry the security headers as well
      config.jetty.modifyServer(server -> server.setErrorHandler(new SecureErrorHandler()));
      config.jsonMapper(new JavalinJackson(jsonMapper(), false));
      config.staticFiles.add("/public", Location.CLASSPATH);
      config.staticFiles.enableWebjars();
      config.routes.before(SecurityHeaders::apply);
      config.routes.before(guard::before);
      config.routes.before(SecurityHeaders::readOnlyOutsideApi);
      PageRoutes.register(config.routes, pages);
      Routes.register(config.routes, state, access, origin, defaultInstansi, clock);
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
