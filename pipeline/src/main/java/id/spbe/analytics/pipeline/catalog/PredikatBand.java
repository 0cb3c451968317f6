package id.spbe.analytics.pipeline.catalog;

import java.math.BigDecimal;

/** A half-open band [lower, upper); the top band has no upper bound. */
public record PredikatBand(
    String frameworkId, String predikat, String predikatEn, BigDecimal lowerInclusive, BigDecimal upperExclusive,
    int rank, String status, String source) {}
