package id.spbe.analytics.pipeline.generate;

import id.spbe.analytics.pipeline.catalog.Framework;
import id.spbe.analytics.pipeline.catalog.Indicator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

/**
 * The maturity levels of the generated set. An instansi's level on an indicator is its typical level, grown by
 * its yearly gain, shifted by the indicator's domain (Layanan higher than Manajemen) and by a lasting strength of
 * its own on that indicator; the evaluators' level adds a little noise, the penilaian mandiri adds the instansi's
 * upward bias and more noise.
 */
public final class MaturityModel {
  private final long seed;
  private final Map<Indicator, IndicatorProfile> profiles = new HashMap<>();

  public MaturityModel(long seed) {
    this.seed = seed;
  }

  public int official(Instansi instansi, int year, Framework framework, Indicator indicator, int item) {
    double noise = Keyed.normal(seed, 0.3, "official", instansi.code(), year, indicator.code(), item);
    return clamp(framework, expected(instansi, year, framework, indicator) + noise);
  }

  public int selfAssessed(Instansi instansi, int year, Framework framework, Indicator indicator, int item) {
    double noise = Keyed.normal(seed, 0.45, "self", instansi.code(), year, indicator.code(), item);
    return clamp(framework, expected(instansi, year, framework, indicator) + instansi.selfBias() + noise);
  }

  /**
   * The index from levels, as KemenPANRB publishes it: sum(w x level) / sum(w), multi-item indicators at the mean
   * of their items, rounded to two decimals.
   *
   * @param levels the level of each indicator (the items' mean where there are several)
   */
  public static BigDecimal index(Framework framework, Map<String, Double> levels) {
    double weighted = 0;
    double weights = 0;
    for (Map.Entry<String, Double> e : levels.entrySet()) {
      double w = framework.indicators().get(e.getKey()).weightPct().doubleValue();
      weighted += w * e.getValue();
      weights += w;
    }
    return BigDecimal.valueOf(weighted / weights).setScale(2, RoundingMode.HALF_UP);
  }

  private double expected(Instansi instansi, int year, Framework framework, Indicator indicator) {
    double strength = Keyed.normal(seed, 0.45, "strength", instansi.code(), framework.id(), indicator.code());
    return instansi.level2018() + instansi.yearlyGain() * (year - GeneratorConfig.FIRST_YEAR)
        + profile(framework, indicator).levelOffset() + strength;
  }

  /** Read once per indicator: the model is asked for every row. */
  public IndicatorProfile profile(Framework framework, Indicator indicator) {
    return profiles.computeIfAbsent(indicator, i -> IndicatorProfile.of(framework, i));
  }

  private static int clamp(Framework framework, double level) {
    return (int) Math.max(framework.levelMin(), Math.min(framework.levelMax(), Math.round(level)));
  }
}
