package id.spbe.analytics.dashboard.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * With java.locale.useOldISOCodes=true (and on older JDKs) Java calls Indonesian "in": the dashboard must still
 * answer in Indonesian with a decimal comma. The property is read once per JVM, so this runs a JVM of its own.
 */
class LegacyLocaleCodesTest {

  @Test
  void indonesianWorksWhenJavaReportsTheLegacyCode() throws IOException, InterruptedException {
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.locale.useOldISOCodes=true", "-cp", System.getProperty("java.class.path"),
        LegacyLocaleProbe.class.getName()).redirectErrorStream(true).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertThat(out).endsWith("in ID ID ID 2,76 Ringkasan");
  }
}
