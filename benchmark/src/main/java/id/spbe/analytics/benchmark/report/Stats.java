package id.spbe.analytics.benchmark.report;

import java.util.Arrays;
import java.util.Collection;

/** Medians and percentiles by the nearest-rank method: every value reported is one that was measured. */
public final class Stats {
  private Stats() {}

  public static double median(Collection<Double> values) {
    return percentile(values.stream().mapToDouble(Double::doubleValue).toArray(), 50);
  }

  /** @param p between 0 (exclusive) and 100 */
  public static double percentile(double[] values, double p) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values to take the " + p + "th percentile of");
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
