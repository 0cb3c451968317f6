package id.spbe.analytics.pipeline.catalog;

import java.math.BigDecimal;

/**
 * A numbered indicator. {@code maxItems} above 1 means the indicator is scored for several items
 * (5/2018 indicator 35: up to three public services, written 35-1..35-3); its level is the mean of the items.
 */
public record Indicator(
    String frameworkId,
    String code,
    String name,
    String aspectCode,
    BigDecimal weightPct,
    String levelFamily,
    int maxItems,
    String status,
    String source) {}
