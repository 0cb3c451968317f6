package id.spbe.analytics.benchmark.report;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How many times one median is another, e.g. the pipeline's national run over DuckDB's. */
public record Ratio(String id, String description, String numeratorId, String denominatorId, double value,
    Target target) {

  public static Ratio of(String id, String description, Measurement numerator, Measurement denominator, Target target) {
    return new Ratio(id, description, numerator.id(), denominator.id(), numerator.median() / denominator.median(), target);
  }

  @JsonProperty
  public Boolean met() {
    return target == null ? null : target.isMet(value);
  }
}
