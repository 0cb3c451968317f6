package id.spbe.analytics.pipeline.catalog;

import java.math.BigDecimal;

public record Domain(String frameworkId, String code, String name, BigDecimal weightPct, String status, String source) {}
