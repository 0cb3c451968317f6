package id.spbe.analytics.benchmark.process;

import java.nio.file.Path;

/**
 * One child process, measured from outside: wall time from start to exit, and its peak resident memory
 * (VmHWM, the kernel's high-water mark of the process's RSS).
 */
public record ProcessMeasurement(String name, int exitCode, double wallSeconds, long peakRssKib, Path log) {

  public double peakRssMib() {
    return peakRssKib / 1024.0;
  }
}
