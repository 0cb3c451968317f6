package id.spbe.analytics.dashboard.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the pages load Chart.js from. The webjar's path carries its version; it is read from the webjar the build
 * put on the classpath (Maven writes its pom.properties into the jar), so changing {@code chartjs.version} in the
 * pom is the whole upgrade, and no page can ask for a version that is not there.
 */
final class ChartJs {
  static final String POM_PROPERTIES = "/META-INF/maven/org.webjars.npm/chart.js/pom.properties";

  private ChartJs() {}

  /** {@code /webjars/chart.js/<version>/dist/chart.umd.min.js}, checked to exist in the webjar. */
  static String scriptPath() {
    String path = "/webjars/chart.js/" + version() + "/dist/chart.umd.min.js";
    // Javalin serves /webjars/ from META-INF/resources/webjars/; a webjar laid out otherwise would leave every
    // chart blank, so it stops the start instead
    if (ChartJs.class.getResource("/META-INF/resources" + path) == null) {
      throw new IllegalStateException("The Chart.js webjar has no " + path);
    }
    return path;
  }

  static String version() {
    try (InputStream in = ChartJs.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException("The Chart.js webjar is not on the classpath (no " + POM_PROPERTIES + ")");
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version");
      if (version == null || version.isBlank()) {
        throw new IllegalStateException(POM_PROPERTIES + " names no version");
      }
      return version.trim();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + POM_PROPERTIES, e);
    }
  }
}
