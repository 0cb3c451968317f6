package id.spbe.analytics.benchmark.report;

/** A correctness check made while measuring, so fast wrong answers cannot pass for a result. */
public record Check(String id, String description, boolean passed, String detail) {}
