package id.spbe.analytics.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher planners run ({@code spbe-pipeline}, beside the packaged jar's {@code target/}) picks the JVM's
 * parallel collector, and leaves the choice to a collector named in {@code JAVA_OPTS}: the JVM refuses to start with
 * two ("Multiple garbage collectors selected"), so adding its own there would make the user's setting an error. Up to
 * a national run's size of input it compiles with C1 only; a larger input keeps C2 (docs/benchmark.md).
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

  @Test
  void compilesWithC1OnlyUpToANationalRunsInput(@TempDir Path work) throws Exception {
    Path fakeJavaHome = fakeJava(work.resolve("jdk"));
    Path national = Files.createDirectories(work.resolve("national"));
    writeBytes(national.resolve("hasil-resmi-2025.csv"), 46L << 20);
    Path tenfold = Files.createDirectories(work.resolve("tenfold"));
    writeBytes(tenfold.resolve("hasil-resmi-2025.csv"), 70L << 20);
    assertThat(launchWith(fakeJavaHome, "run", "--input", national.toString(), "--warehouse", work.resolve("w").toString()))
        .contains("-XX:TieredStopAtLevel=1").contains("-XX:+UseParallelGC");
    assertThat(launchWith(fakeJavaHome, "run", "--input", tenfold.toString(), "--warehouse", work.resolve("w").toString()))
        .doesNotContain("TieredStopAtLevel").contains("-XX:+UseParallelGC");
  }

  /** A java that prints the arguments it was given, so the launcher's choices are read without starting a JVM. */
  private static Path fakeJava(Path home) throws IOException {
    Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
    Files.writeString(java, "#!/usr/bin/env bash\necho \"java $*\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return home;
  }

  private static void writeBytes(Path file, long size) throws IOException {
    byte[] block = new byte[1 << 20];
    Arrays.fill(block, (byte) '1'); // written, not sparse: the launcher sizes input with du
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long written = 0; written < size; written += block.length) {
        out.write(block);
      }
    }
  }

  private record Result(int exitCode, String output) {}

  /** {@code spbe-pipeline --help} with these JAVA_OPTS: the JVM starts, but no Spark and no archive training. */
  private Result launch(String javaOpts) throws IOException, InterruptedException {
    return launch(Path.of(System.getProperty("java.home")), javaOpts, "--help");
  }

  /** What the launcher with the fake java passed to it, having checked that it ended well. */
  private String launchWith(Path javaHome, String... args) throws IOException, InterruptedException {
    Result result = launch(javaHome, null, args);
    assertThat(result.exitCode()).as(result.output()).isZero();
    return result.output();
  }

  /** Runs the launcher with this java and JAVA_OPTS ({@code null}: none) and the test's own archive cache. */
  private Result launch(Path javaHome, String javaOpts, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (javaOpts == null) {
      builder.environment().remove("JAVA_OPTS");
    } else {
      builder.environment().put("JAVA_OPTS", javaOpts);
    }
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    builder.environment().put("JAVA_HOME", javaHome.toString());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the launcher ends").isTrue();
    return new Result(process.exitValue(), output);
  }
}
