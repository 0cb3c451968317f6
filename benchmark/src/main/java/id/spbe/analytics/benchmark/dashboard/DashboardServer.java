package id.spbe.analytics.benchmark.dashboard;

import id.spbe.analytics.benchmark.process.PeakMemory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged dashboard, started as planners start it ({@code java -jar}), on loopback and a free port. */
final class DashboardServer implements AutoCloseable {
  private static final Pattern URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)");

  private final Process process;
  private final URI base;

  private DashboardServer(Process process, URI base) {
    this.process = process;
    this.base = base;
  }

  static DashboardServer start(Path jar, List<String> jvmOptions, Path warehouse, Path log, Duration timeout)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString(), "--warehouse", warehouse.toString(), "--host", "127.0.0.1",
        "--port", "0"));
    Files.createDirectories(log.getParent());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Matcher url = URL.matcher(Files.readString(log));
      if (url.find()) {
        return new DashboardServer(process, URI.create(url.group(1)));
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("the dashboard exited " + process.exitValue() + " at start; log: " + log
            + "\n" + Files.readString(log));
      }
      Thread.sleep(100);
    }
    process.destroyForcibly();
    throw new IllegalStateException("the dashboard printed no URL within " + timeout + "; log: " + log);
  }

  URI base() {
    return base;
  }

  long pid() {
    return process.pid();
  }

  /** Its resident memory now and the highest it has been, in KiB. */
  long[] memoryKib() {
    return new long[] {PeakMemory.residentKib(process.pid()).orElse(0), PeakMemory.highWaterKib(process.pid()).orElse(0)};
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(15, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
  }
}
