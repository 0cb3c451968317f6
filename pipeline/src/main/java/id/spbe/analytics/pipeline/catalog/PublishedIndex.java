package id.spbe.analytics.pipeline.catalog;

import java.math.BigDecimal;

/** A published national figure (index or domain) kept as reference data for comparison lines. */
public record PublishedIndex(
    String scopeInstansi, int year, String frameworkId, String scope, String domainCode, BigDecimal indexValue,
    String status, String source) {}
