package id.spbe.analytics.benchmark.report;

import java.util.Locale;

/** Numbers as the report prints them: three significant figures, no exponent. */
public final class Format {
  private Format() {}

  public static String number(double value) {
    double magnitude = Math.abs(value);
    if (magnitude >= 100 || value == Math.rint(value) && magnitude < 1e6) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    if (magnitude >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, magnitude >= 1 ? "%.2f" : "%.3f", value);
  }
}
