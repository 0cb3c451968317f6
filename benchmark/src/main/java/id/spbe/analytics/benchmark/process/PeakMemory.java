package id.spbe.analytics.benchmark.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Reads a live process's memory from {@code /proc/<pid>/status} (Linux). */
public final class PeakMemory {
  private static final String EXITING = "No such process";

  private PeakMemory() {}

  /** VmHWM: the highest RSS the process has had so far, in KiB; empty once it has exited. */
  public static OptionalLong highWaterKib(long pid) {
    return field(pid, "VmHWM:");
  }

  /** VmRSS: its resident memory now, in KiB. */
  public static OptionalLong residentKib(long pid) {
    return field(pid, "VmRSS:");
  }

  private static OptionalLong field(long pid, String name) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith(name)) {
          return OptionalLong.of(Long.parseLong(line.substring(name.length()).replace("kB", "").trim()));
        }
      }
      return OptionalLong.empty(); // a zombie has no memory lines
    } catch (NoSuchFileException gone) {
      return OptionalLong.empty();
    } catch (IOException e) {
      // a process exiting while its status is read: the kernel answers ESRCH ("No such process") before the
      // /proc entry goes (seen in CI as a failed benchmark run)
      if (EXITING.equals(e.getMessage()) || !Files.exists(Path.of("/proc", String.valueOf(pid)))) {
        return OptionalLong.empty();
      }
      throw new IllegalStateException("Cannot read /proc/" + pid + "/status: " + e.getMessage(), e);
    }
  }
}
