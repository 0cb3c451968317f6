package id.spbe.analytics.pipeline.catalog;

public record MaturityLevel(
    String frameworkId, String levelFamily, int level, String levelName, String levelNameEn, String description,
    String status, String source) {}
