package id.spbe.analytics.benchmark.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One measured quantity: its samples over repeated runs and their median, with the target it is held to when
 * the issue sets one (targets are for the full, national-scale mode; quick mode reports them for information).
 *
 * @param id stable key for the JSON report and the checks, e.g. {@code pipeline.national.wall}
 * @param subject what ran, e.g. "national set (632 instansi)"
 * @param metric what was measured, e.g. "wall time"
 * @param target null when the issue sets none
 */
public record Measurement(String id, String section, String subject, String metric, String unit, List<Double> samples,
    Target target) {

  public Measurement {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException(id + ": a measurement needs at least one sample");
    }
    samples = List.copyOf(samples);
  }

  @JsonProperty
  public double median() {
    return Stats.median(samples);
  }

  /** Null when no target applies. */
  @JsonProperty
  public Boolean met() {
    return target == null ? null : target.isMet(median());
  }
}
