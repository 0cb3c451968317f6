package id.spbe.analytics.benchmark.report;

/** A target of the issue: the value must stay below the limit (every target here is an upper bound). */
public record Target(double limit, String unit) {

  public boolean isMet(double value) {
    return value < limit;
  }

  public String text() {
    return "< " + Format.number(limit) + " " + unit;
  }
}
