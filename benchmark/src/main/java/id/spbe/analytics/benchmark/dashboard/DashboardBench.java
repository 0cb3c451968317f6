package id.spbe.analytics.benchmark.dashboard;

import id.spbe.analytics.benchmark.BenchmarkConfig;
import id.spbe.analytics.benchmark.report.Check;
import id.spbe.analytics.benchmark.report.EndpointResult;
import id.spbe.analytics.benchmark.report.LoadResult;
import id.spbe.analytics.benchmark.report.Measurement;
import id.spbe.analytics.benchmark.report.Target;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The dashboard measurements over the published national set: every endpoint it serves under 1 and 16
 * concurrent clients against the same SQL on DuckDB alone, the Ringkasan page's time to charts drawn in headless
 * chromium, and the server's memory.
 */
public final class DashboardBench {
  static final int MANY_CLIENTS = 16;

  private final BenchmarkConfig config;
  private final Consumer<String> log;

  public DashboardBench(BenchmarkConfig config, Consumer<String> log) {
    this.config = config;
    this.log = log;
  }

  public record Result(List<EndpointResult> endpoints, List<Measurement> measurements, List<Check> checks,
      List<String> notes) {}

  public Result run(Path warehouse) throws IOException, SQLException, InterruptedException {
    EndpointCatalog catalog = EndpointCatalog.load(config.endpoints());
    DashboardSql sql = DashboardSql.read(config.dashboardJar(), catalog);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    try (BareQueries bare = BareQueries.load(warehouse, sql);
         DashboardServer server = DashboardServer.start(config.dashboardJar(), config.dashboardJavaOptions(), warehouse,
             config.out().resolve("logs/dashboard.log"), Duration.ofMinutes(2))) {
      Selection selection = choose(bare);
      log.accept("dashboard at " + server.base() + ", asking for " + selection.values());
      List<EndpointResult> endpoints = new ArrayList<>();
      Set<String> discovered = ScriptDiscovery.apiPaths(http, server.base());
      for (EndpointSpec spec : withDiscovered(catalog, discovered)) {
        endpoints.add(endpoint(http, server.base(), spec, selection, bare));
      }
      for (EndpointCatalog.NotLoaded skipped : catalog.notLoaded()) {
        endpoints.add(new EndpointResult(skipped.path(), skipped.path(), "NOT_LOADED", "endpoint list",
            skipped.reason(), null, null, null, null));
      }
      List<Measurement> measurements = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      pages(catalog, server.base(), selection, measurements, notes);
      long[] memory = server.memoryKib();
      measurements.add(new Measurement("dashboard.rss.peak", "dashboard", "dashboard server after the load",
          "peak RSS (VmHWM)", "MiB", List.of(memory[1] / 1024.0), new Target(400, "MiB")));
      measurements.add(new Measurement("dashboard.rss.now", "dashboard", "dashboard server after the load",
          "RSS now", "MiB", List.of(memory[0] / 1024.0), null));
      notes.add("The dashboard ran as `java " + String.join(" ", config.dashboardJavaOptions())
          + (config.dashboardJavaOptions().isEmpty() ? "" : " ") + "-jar` (dashboard/jvm.options, as demo.sh starts it); the load "
          + "clients ran in the benchmark's JVM on the same " + Runtime.getRuntime().availableProcessors() + " CPUs.");
      return new Result(endpoints, measurements, checks(endpoints), notes);
    }
  }

  /** The instansi with the most index rows (the richest Ringkasan) and its latest official year. */
  private static Selection choose(BareQueries bare) throws SQLException {
    String instansi = bare.single("select instansi_code from instansi_index group by instansi_code "
        + "order by count(*) desc, instansi_code limit 1");
    String year = bare.single("select max(year) from instansi_index where source = 'official' and instansi_code = '"
        + instansi.replace("'", "''") + "'");
    return new Selection(Map.of("instansi", instansi, "year", year));
  }

  /**
   * Endpoints the dashboard's scripts call that the list lacks are measured too, without queries to time. A path
   * the list measures under a longer path ({@code /api/export} as {@code /api/export/indikator?...}) or names as
   * not loaded is known.
   */
  private static List<EndpointSpec> withDiscovered(EndpointCatalog catalog, Set<String> fromScripts) {
    List<EndpointSpec> configured = catalog.endpoints();
    List<EndpointSpec> all = new ArrayList<>(configured);
    for (String path : fromScripts) {
      boolean known = configured.stream().anyMatch(e -> e.path().equals(path) || e.path().startsWith(path + "?")
          || e.path().startsWith(path + "/")) || catalog.notLoaded().stream().anyMatch(n -> n.path().equals(path));
      if (!known) {
        all.add(new EndpointSpec("discovered " + path, path + "?instansi={instansi}&year={year}", List.of()));
      }
    }
    return all;
  }

  private EndpointResult endpoint(HttpClient http, URI base, EndpointSpec spec, Selection selection, BareQueries bare)
      throws IOException, InterruptedException, SQLException {
    String source = spec.name().startsWith("discovered ") ? "dashboard scripts" : "endpoint list";
    String path = selection.fill(spec.path());
    HttpResponse<String> probe = http.send(HttpRequest.newBuilder(base.resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (probe.statusCode() == 404) {
      return new EndpointResult(spec.name(), path, "ABSENT", source, "not served by this dashboard build (404)",
          null, null, null, null);
    }
    if (probe.statusCode() != 200) {
      String body = probe.body().length() > 200 ? probe.body().substring(0, 200) : probe.body();
      return new EndpointResult(spec.name(), path, "FAILED", source, "answered " + probe.statusCode() + ": " + body,
          null, null, null, null);
    }
    log.accept("load " + path);
    LoadResult one = LoadTest.run(http, base.resolve(path), 1, config.warmup(), config.load());
    LoadResult many = LoadTest.run(http, base.resolve(path), MANY_CLIENTS, config.warmup(), config.load());
    List<String> queries = spec.queries().stream().map(EndpointSpec.Query::name).toList();
    Double bareMillis = queries.isEmpty() ? null : bare.medianMillis(spec.queries(), selection, config.bareIterations());
    return new EndpointResult(spec.name(), path, "MEASURED", source, "", queries, bareMillis, one, many);
  }

  private void pages(EndpointCatalog catalog, URI base, Selection selection, List<Measurement> measurements,
      List<String> notes) throws IOException {
    if (!ChartTiming.available()) {
      notes.add("Pages not timed: " + ChartTiming.CHROMIUM + " or " + ChartTiming.CHROMEDRIVER
          + " is missing (Debian packages chromium and chromium-driver).");
      return;
    }
    for (EndpointCatalog.Page page : catalog.pages()) {
      log.accept("time charts of " + page.name());
      List<Double> millis = ChartTiming.time(base.resolve(selection.fill(page.path())).toString(), config.pageLoads() + 1);
      String id = "dashboard.page." + page.name().toLowerCase();
      measurements.add(new Measurement(id + ".cold", "dashboard", page.name() + " page, first load (empty cache)",
          "time to charts drawn", "ms", millis.subList(0, 1), new Target(1500, "ms")));
      measurements.add(new Measurement(id + ".warm", "dashboard", page.name() + " page, later loads",
          "time to charts drawn", "ms", millis.subList(1, millis.size()), new Target(1500, "ms")));
    }
  }

  private static List<Check> checks(List<EndpointResult> endpoints) {
    List<Check> checks = new ArrayList<>();
    long measured = endpoints.stream().filter(e -> e.status().equals("MEASURED")).count();
    checks.add(new Check("dashboard.endpoints.measured", "at least one endpoint was measured", measured > 0,
        measured + " of " + endpoints.size() + " endpoints served"));
    List<String> failed = endpoints.stream().filter(e -> e.status().equals("FAILED")).map(EndpointResult::note).toList();
    checks.add(new Check("dashboard.endpoints.no_failure", "no endpoint answered with an error", failed.isEmpty(),
        failed.isEmpty() ? "" : String.join("; ", failed)));
    long errors = endpoints.stream().filter(e -> e.oneClient() != null)
        .mapToLong(e -> e.oneClient().errors() + e.manyClients().errors()).sum();
    checks.add(new Check("dashboard.load.no_errors", "every request under load was answered 200", errors == 0,
        errors + " error answers"));
    return checks;
  }
}
