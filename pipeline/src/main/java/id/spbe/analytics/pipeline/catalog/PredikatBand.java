package id.spbe.analytics.pipeline.catalog;

import java.math.BigDecimal;

/**
 * A half-open band [lower, upper); the top band has no upper bound. {@code alias} is the second name some tables
 * give the band (Pemdi 2026 Tabel 4: Kurang is also "Merintis" / "Initiate"), empty where the framework has none.
 */
public record PredikatBand(
    String frameworkId, String predikat, String predikatEn, String alias, String aliasEn, BigDecimal lowerInclusive, BigDecimal upperExclusive,
    int rank, String status, String source) {}
