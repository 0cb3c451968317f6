package id.spbe.analytics.pipeline.ingest;

import java.util.List;

/** What happened to one input file: how it was read and how many of its data rows were taken. */
public record FileSummary(
    String file, String path, String kind, String format, String sheet, String encoding, String separator,
    long headerRow, String sha256, long sizeBytes, long rowsRead, long rowsAccepted, long rowsRejected,
    List<String> ignoredColumns) {}
