package id.spbe.analytics.benchmark.dashboard;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Time to charts drawn, in Debian's headless chromium: from the start of navigation (the browser's own clock,
 * performance.now()) to the first frame in which the page says it is ready and every canvas holds a drawn Chart.js
 * chart. The first load has an empty cache; the later ones are what a planner clicking around sees.
 */
final class ChartTiming {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String WAIT_FOR_CHARTS = """
      const done = arguments[arguments.length - 1];
      function drawn() {
        if (document.body.dataset.ready !== 'true' || typeof Chart === 'undefined') return false;
        const canvases = [...document.querySelectorAll('canvas')];
        return canvases.length > 0 && canvases.every((c) => { const ch = Chart.getChart(c); return ch && ch.chartArea; });
      }
      (function poll() {
        if (drawn()) done({ms: performance.now(), charts: document.querySelectorAll('canvas').length});
        else requestAnimationFrame(poll);
      })();
      """;

  private ChartTiming() {}

  static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** Milliseconds to charts drawn for each load, the first one cold. */
  static List<Double> time(String url, int loads) throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--window-size=1280,900",
        "--user-data-dir=" + Files.createTempDirectory("spbe-bench-chrome"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
    WebDriver driver = new ChromeDriver(service, options);
    try {
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      List<Double> millis = new ArrayList<>();
      for (int i = 0; i < loads; i++) {
        driver.get(url);
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(WAIT_FOR_CHARTS);
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> timing = (java.util.Map<String, Object>) result;
        millis.add(((Number) timing.get("ms")).doubleValue());
      }
      return millis;
    } finally {
      driver.quit();
    }
  }
}
