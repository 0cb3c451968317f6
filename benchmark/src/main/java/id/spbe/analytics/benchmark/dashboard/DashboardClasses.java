package id.spbe.analytics.benchmark.dashboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The string constants of the dashboard's classes, to tell whether the SQL configured for an endpoint is still
 * the SQL the dashboard runs: a text block is stored whole in its class's constant pool, so a configured
 * statement that no class contains (whitespace aside) is stale.
 */
final class DashboardClasses {
  private final String constants;

  private DashboardClasses(String constants) {
    this.constants = constants;
  }

  static DashboardClasses read(Path dashboardJar) throws IOException {
    StringBuilder all = new StringBuilder();
    try (JarFile jar = new JarFile(dashboardJar.toFile())) {
      for (JarEntry entry : Collections.list(jar.entries())) {
        if (entry.getName().startsWith("id/spbe/analytics/dashboard/") && entry.getName().endsWith(".class")) {
          // SQL is ASCII, which modified UTF-8 stores byte for byte
          all.append(new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.ISO_8859_1)).append('\u0000');
        }
      }
    }
    return new DashboardClasses(normalize(all.toString()));
  }

  boolean contains(String sql) {
    return constants.contains(normalize(sql));
  }

  private static String normalize(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }
}
