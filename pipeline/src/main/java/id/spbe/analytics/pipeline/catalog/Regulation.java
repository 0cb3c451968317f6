package id.spbe.analytics.pipeline.catalog;

import java.time.LocalDate;

/** When the regulation behind a framework was enacted and promulgated, and where it was published; null if unknown. */
public record Regulation(LocalDate enactedOn, LocalDate promulgatedOn, String gazette) {}
