package id.spbe.analytics.pipeline.staging;

/** Where a staged row came from (file, sheet, data row), kept on every fact so a later check can name the cell. */
public record RowOrigin(String fileName, String sheet, long rowNumber) {}
