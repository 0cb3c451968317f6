package id.spbe.analytics.benchmark.report;

/** A generated input set as the benchmark used it. */
public record DatasetInfo(String name, double scale, long seed, int instansi, int files, long rows, double megabytes,
    long expectedRejectedRows) {}
