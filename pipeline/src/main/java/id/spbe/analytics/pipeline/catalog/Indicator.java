package id.spbe.analytics.pipeline.catalog;

import java.math.BigDecimal;

/**
 * A numbered indicator. {@code maxItems} above 1 means the indicator is scored for several items
 * (5/2018 indicator 35: up to three public services, written 35-1..35-3); its level is the mean of the items.
 * {@code externalIndex} names the national index the indicator is scored from (Pemdi 2026 I5, I6, I7, I18), empty
 * for indicators the assessors score themselves.
 */
public record Indicator(
    String frameworkId,
    String code,
    String name,
    String aspectCode,
    BigDecimal weightPct,
    String levelFamily,
    int maxItems,
    String externalIndex,
    String status,
    String source) {

  public boolean scoredFromExternalIndex() {
    return !externalIndex.isEmpty();
  }
}
