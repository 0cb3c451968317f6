package id.spbe.analytics.benchmark.report;

/**
 * Where and when the benchmark ran. The load averages before and after say whether the machine was quiet:
 * numbers taken while other work ran are not comparable.
 */
public record Environment(String mode, String startedAt, int cpus, long memoryMib, String javaVersion, String os,
    String gitCommit, String loadAverageBefore, String loadAverageAfter, double totalSeconds) {}
