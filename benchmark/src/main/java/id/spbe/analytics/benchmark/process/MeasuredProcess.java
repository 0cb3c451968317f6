package id.spbe.analytics.benchmark.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command as a child process and measures it: wall time with {@link System#nanoTime}, peak RSS by
 * sampling VmHWM every 20 ms while it runs. VmHWM never decreases, so the last sample before exit is the peak
 * up to the final 20 ms, which a JVM spends shutting down.
 */
public final class MeasuredProcess {
  private static final long SAMPLE_MILLIS = 20;

  private MeasuredProcess() {}

  public static ProcessMeasurement run(String name, List<String> command, Map<String, String> env, Path log,
      Duration timeout) {
    try {
      Files.createDirectories(log.toAbsolutePath().getParent());
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().putAll(env);
      long start = System.nanoTime();
      Process process = builder.start();
      long peak = 0;
      long deadline = start + timeout.toNanos();
      while (!process.waitFor(SAMPLE_MILLIS, TimeUnit.MILLISECONDS)) {
        peak = Math.max(peak, PeakMemory.highWaterKib(process.pid()).orElse(peak));
        if (System.nanoTime() > deadline) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly().waitFor();
          throw new IllegalStateException(name + " did not finish within " + timeout + "; log: " + log);
        }
      }
      double wall = (System.nanoTime() - start) / 1e9;
      return new ProcessMeasurement(name, process.exitValue(), wall, peak, log);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start " + name + " (" + String.join(" ", command) + "): " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while " + name + " ran", e);
    }
  }

  /** Like {@link #run}, and fails naming the log when the exit code is not the one expected. */
  public static ProcessMeasurement runExpecting(int exitCode, String name, List<String> command,
      Map<String, String> env, Path log, Duration timeout) {
    ProcessMeasurement m = run(name, command, env, log, timeout);
    if (m.exitCode() != exitCode) {
      throw new IllegalStateException(name + " exited " + m.exitCode() + " (expected " + exitCode + "); log: " + log
          + "\n" + tail(log));
    }
    return m;
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(log unreadable: " + e.getMessage() + ")";
    }
  }
}
