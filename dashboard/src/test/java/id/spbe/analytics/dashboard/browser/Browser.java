package id.spbe.analytics.dashboard.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium driven by its chromedriver, never anything Selenium Manager would download. Missing
 * chromium is a failure on CI (environment {@code CI=true}, as .ci/run and most CI services set it) or with
 * {@code -Dbrowser.tests=required}; on a developer's machine without it the browser tests are skipped with a
 * message, so the README's test command stays the same command everywhere.
 */
public final class Browser implements AutoCloseable {
  /** Debian's paths; -Dchromium.binary and -Dchromedriver.binary point elsewhere (another distribution). */
  static final File CHROMIUM = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
  static final File CHROMEDRIVER = new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
  /** Surefire runs in the module folder, so this is dashboard/target/screenshots. */
  static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

  private final ChromeDriver driver;
  private final Path downloads;

  private Browser(ChromeDriver driver, Path downloads) {
    this.driver = driver;
    this.downloads = downloads;
  }

  /** Starts the browser, or skips/fails the calling test class when it is not installed. */
  public static Browser start(int width, int height) {
    requireInstalled();
    try {
      Path profile = Files.createTempDirectory("chrome-profile");
      Path downloads = Files.createTempDirectory("chrome-downloads");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
          "--disable-quic", "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
      Map<String, Object> prefs = new HashMap<>();
      prefs.put("download.default_directory", downloads.toString());
      prefs.put("download.prompt_for_download", false);
      options.setExperimentalOption("prefs", prefs);
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
          .usingAnyFreePort().build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
          downloads.toString(), "eventsEnabled", true));
      return new Browser(driver, downloads);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static void requireInstalled() {
    boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    if (installed) {
      return;
    }
    String why = "Browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
        + "): apt-get install chromium chromium-driver";
    if (required()) {
      fail(why + " (required here: browser.tests=required or CI=true)");
    }
    String skipped = why + "; skipped. Set -Dbrowser.tests=required to make this a failure.";
    System.err.println("WARNING: " + skipped); // the build log shows it even where the report counts no test
    Assumptions.abort(skipped);
  }

  private static boolean required() {
    return "required".equals(System.getProperty("browser.tests")) || "true".equalsIgnoreCase(System.getenv("CI"));
  }

  public ChromeDriver driver() {
    return driver;
  }

  public Path downloads() {
    return downloads;
  }

  /** Opens {@code url} and waits until the view has rendered its data. */
  public void open(String url) {
    driver.get(url);
    waitReady();
  }

  public void waitReady() {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "true".equals(
        ((JavascriptExecutor) d).executeScript("return document.body && document.body.dataset.ready")));
  }

  public Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  /** Console messages at SEVERE since the last call (errors, CSP violations, failed loads). */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage).toList();
  }

  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits for a finished download whose name ends with {@code suffix} (Chrome writes .crdownload first). */
  public Path awaitDownload(String suffix) {
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < until) {
      try (var files = Files.list(downloads)) {
        var done = files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
        if (done.isPresent() && Files.size(done.get()) > 0) {
          return done.get();
        }
        Thread.sleep(100);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("No download ending in " + suffix + " in " + downloads);
  }

  public void clearDownloads() {
    try (var files = Files.list(downloads)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
