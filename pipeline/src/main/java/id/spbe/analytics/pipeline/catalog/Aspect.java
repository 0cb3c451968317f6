package id.spbe.analytics.pipeline.catalog;

import java.math.BigDecimal;

/** An aspect; {@code domainCode} is empty for frameworks without a domain level (Pemdi). */
public record Aspect(
    String frameworkId, String code, String domainCode, String name, BigDecimal weightPct, String status, String source) {}
