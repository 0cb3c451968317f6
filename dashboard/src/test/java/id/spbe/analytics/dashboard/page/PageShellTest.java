package id.spbe.analytics.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.spbe.analytics.dashboard.DashboardServer;
import id.spbe.analytics.dashboard.fixture.SharedWarehouse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PageShellTest {
  /** The data-filters each page carried when it was written by hand, before the shell wrote them from ViewKind. */
  private static final Map<Page, String> HAND_WRITTEN_FILTERS = Map.of(
      Page.RINGKASAN, "instansi",
      Page.DOMAIN, "instansi year source domain aspect",
      Page.INDIKATOR, "instansi year domain aspect opd",
      Page.OPD, "instansi year opd",
      Page.BUKTI, "instansi year snapshot",
      Page.RENCANA, "instansi framework domain opd",
      Page.PERBANDINGAN, "instansi year",
      Page.DATA, "run");
  /** The top bar's links as shell.js listed them by hand, before the shell wrote them from Page. */
  private static final String HAND_WRITTEN_NAV = "ringkasan=/ domain=/domain.html indikator=/indikator.html "
      + "opd=/opd.html bukti=/bukti.html rencana=/rencana.html perbandingan=/perbandingan.html data=/data.html";
  private static final String CHART_JS = "/webjars/chart.js/" + System.getProperty("chartjs.version")
      + "/dist/chart.umd.min.js";

  private final PageShell shell = PageShell.fromClasspath();

  @Test
  void everyViewPageIsOneDocumentWithItsFrameTitleViewAndFilters() {
    assertThat(HAND_WRITTEN_FILTERS).hasSize(Page.values().length - 1);
    HAND_WRITTEN_FILTERS.forEach((page, filters) -> {
      String html = shell.html(page);
      String name = page.pageName();
      assertThat(count(html, "<head>")).as(name).isOne();
      assertThat(count(html, "<body")).as(name).isOne();
      assertThat(html).as(name).startsWith("<!doctype html>").doesNotContain("{{")
          .contains("<title data-i18n=\"title." + name + "\">SPBE Analytics — ")
          .contains("<h1 data-i18n=\"" + name + ".title\">")
          .contains("<script src=\"/js/" + name + ".js\" defer></script>");
      assertThat(attribute(html, "data-view")).as(name).isEqualTo(name);
      assertThat(attribute(html, "data-filters")).as(name).isEqualTo(filters);
      assertThat(attribute(html, "data-views")).as(name).isEqualTo(HAND_WRITTEN_NAV);
      assertThat(attribute(html, "data-login")).as(name).isEqualTo("/login.html");
      for (String once : List.of("<header class=\"topbar\" id=\"topbar\">", "<main id=\"main\"", "id=\"message\"",
          "class=\"skip\"", "id=\"data-version\"", CHART_JS, "/js/shell.js", "/css/app.css")) {
        assertThat(count(html, once)).as(name + ": " + once).isOne();
      }
      // Chart.js and the shared scripts load before the page's own, which uses them
      assertThat(html.indexOf(CHART_JS)).as(name).isLessThan(html.indexOf("/js/shell.js"));
      assertThat(html.indexOf("/js/shell.js")).as(name).isLessThan(html.indexOf("/js/" + name + ".js"));
    });
    assertThat(shell.html(Page.BUKTI)).contains("<link rel=\"stylesheet\" href=\"/css/bukti.css\">");
    assertThat(shell.html(Page.DOMAIN)).contains("<title data-i18n=\"title.domain\">SPBE Analytics — Domain &amp; aspek");
  }

  @Test
  void theLoginPageHasTheHeadButNeitherTheFrameNorTheViewScripts() {
    String html = shell.html(Page.LOGIN);
    assertThat(count(html, "<head>")).isOne();
    assertThat(html).contains("<title data-i18n=\"title.login\">SPBE Analytics — Masuk</title>")
        .contains("<body class=\"login-page\">").contains("id=\"login-form\"")
        .contains("<script src=\"/js/i18n.js\" defer></script>").contains("<script src=\"/js/login.js\" defer>")
        .doesNotContain("data-view").doesNotContain("topbar").doesNotContain("webjars").doesNotContain("/js/api.js")
        .doesNotContain("{{");
  }

  @Test
  void thePagesAreServedAtTheirPathsAndTheirChartJsLoads() {
    assertThat(System.getProperty("chartjs.version")).as("set by the pom for this test").isNotBlank();
    try (DashboardServer server = new DashboardServer(SharedWarehouse.root(), Duration.ofSeconds(5))) {
      for (Page page : Page.values()) {
        for (String path : page.paths()) {
          HttpResponse<String> response = server.get(path + "?instansi=6521");
          assertThat(response.statusCode()).as(path).isEqualTo(200);
          assertThat(response.headers().firstValue("Content-Type")).as(path).get().asString()
              .startsWith("text/html").containsIgnoringCase("charset=utf-8");
          assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
              .contains("script-src 'self'");
          assertThat(response.headers().firstValue("Cache-Control")).as(path).contains("max-age=0");
          assertThat(response.body()).as(path).isEqualTo(shell.html(page));
        }
      }
      HttpResponse<String> head = server.send(HttpRequest.newBuilder(URI.create(server.base() + "/rencana.html"))
          .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
      assertThat(head.statusCode()).isEqualTo(200);
      HttpResponse<String> chart = server.get(CHART_JS);
      assertThat(chart.statusCode()).as(CHART_JS).isEqualTo(200);
      assertThat(chart.body()).contains("Chart.js v" + System.getProperty("chartjs.version"));
    }
  }

  @Test
  void aMissingFragmentStopsTheStartNamingIt() {
    Function<String, Optional<String>> withoutOpd = name -> name.equals("pages/opd.html") ? Optional.empty()
        : classpath(name);
    assertThatThrownBy(() -> new PageShell(withoutOpd, CHART_JS)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("pages/opd.html");
  }

  @Test
  void aPlaceholderNothingFillsStopsTheStartNamingIt() {
    Function<String, Optional<String>> misspelt = name -> classpath(name)
        .map(text -> name.equals(PageShell.FRAME) ? text.replace("{{heading}}", "{{headline}}") : text);
    assertThatThrownBy(() -> new PageShell(misspelt, CHART_JS)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(PageShell.FRAME).hasMessageContaining("{{headline}}");
  }

  private static String attribute(String html, String name) {
    Matcher m = Pattern.compile("<body[^>]* " + name + "=\"([^\"]*)\"").matcher(html);
    assertThat(m.find()).as(name).isTrue();
    return m.group(1);
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      count++;
    }
    return count;
  }

  private static Optional<String> classpath(String name) {
    try (InputStream in = PageShellTest.class.getResourceAsStream("/" + name)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
