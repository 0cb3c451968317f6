package id.spbe.analytics.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.analytics.dashboard.DashboardServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One dashboard and one chromium per test class, over the warehouse its base class names: {@link SampleBrowserTest}
 * (what the pipeline publishes from the bundled sample) or {@link FixtureBrowserTest} (the hand-written warehouse,
 * for states the sample cannot produce).
 */
abstract class BrowserTest {
  static DashboardServer server;
  static Browser browser;

  static void start(Path warehouse) {
    Browser.requireInstalled();
    server = new DashboardServer(warehouse, Duration.ofSeconds(5));
    browser = Browser.start(1280, 1000);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  /** Opens a view, checks it loaded without console errors or an error message, and saves a screenshot. */
  static void open(String pathAndQuery, String screenshot) {
    browser.consoleErrors();
    browser.open(server.base() + pathAndQuery);
    assertLoadedCleanly(pathAndQuery);
    browser.screenshot(screenshot);
  }

  static void assertLoadedCleanly(String what) {
    assertThat(browser.consoleErrors()).as("console errors on %s", what).isEmpty();
    assertThat(text("#message")).as("message shown on %s", what).isEmpty();
  }

  static String text(String css) {
    List<WebElement> found = browser.driver().findElements(By.cssSelector(css));
    return found.isEmpty() ? "" : found.get(0).getText();
  }

  static List<String> texts(String css) {
    return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  static WebElement element(String css) {
    return browser.driver().findElement(By.cssSelector(css));
  }

  /**
   * What Chart.js drew on a canvas: its type, the labels and, per dataset, its label and the number of points
   * with a value.
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> chart(String canvasId) {
    return (Map<String, Object>) browser.js("""
        const chart = Chart.getChart(document.getElementById(arguments[0]));
        if (!chart) return null;
        return { type: chart.config.type, labels: chart.data.labels.map(String),
          datasets: chart.data.datasets.map(d => ({ label: d.label,
            points: d.data.filter(v => v !== null && v !== undefined).length })),
          width: chart.width, height: chart.height };
        """, canvasId);
  }

  @SuppressWarnings("unchecked")
  static List<Long> points(Map<String, Object> chart) {
    return ((List<Map<String, Object>>) chart.get("datasets")).stream().map(d -> (Long) d.get("points")).toList();
  }

  @SuppressWarnings("unchecked")
  static List<String> datasetLabels(Map<String, Object> chart) {
    return ((List<Map<String, Object>>) chart.get("datasets")).stream().map(d -> (String) d.get("label")).toList();
  }

  static void waitFor(String script) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .until(d -> Boolean.TRUE.equals(browser.js("return Boolean(" + script + ")")));
  }
}
