package id.spbe.analytics.pipeline.catalog;

import java.math.BigDecimal;

/** A pair of indicators that measure the same thing under 5/2018 and 59/2020, for the comparable-subset index. */
public record ComparableIndicator(
    String comparableKey, String name, String permen52018, String permen592020, BigDecimal weightPct, String status,
    String source) {}
