package id.spbe.analytics.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher planners run ({@code spbe-pipeline}, beside the packaged jar's {@code target/}) picks the JVM's
 * parallel collector, and leaves the choice to a collector named in {@code JAVA_OPTS}: the JVM refuses to start with
 * two ("Multiple garbage collectors selected"), so adding its own there would make the user's setting an error.
 */
class LauncherIT {
  private static final Path LAUNCHER = Path.of("spbe-pipeline").toAbsolutePath();

  @TempDir
  Path cache;

  @Test
  void runsTheParallelCollector() throws Exception {
    Result help = launch("-XX:+PrintCommandLineFlags");
    assertThat(help.exitCode()).as(help.output()).isZero();
    assertThat(help.output()).contains("-XX:+UseParallelGC").contains("Usage: spbe-pipeline");
  }

  @Test
  void aCollectorNamedInJavaOptsWins() throws Exception {
    Result help = launch("-XX:+UseSerialGC -XX:+PrintCommandLineFlags");
    assertThat(help.exitCode()).as(help.output()).isZero();
    assertThat(help.output()).contains("-XX:+UseSerialGC").doesNotContain("UseParallelGC")
        .contains("Usage: spbe-pipeline");
  }

  private record Result(int exitCode, String output) {}

  /** {@code spbe-pipeline --help} with these JAVA_OPTS: the JVM starts, but no Spark and no archive training. */
  private Result launch(String javaOpts) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("bash", LAUNCHER.toString(), "--help").redirectErrorStream(true);
    builder.environment().put("JAVA_OPTS", javaOpts);
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the launcher ends").isTrue();
    return new Result(process.exitValue(), output);
  }
}
