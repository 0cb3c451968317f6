package id.spbe.analytics.pipeline.run;

import java.util.List;

/**
 * What happened to one input file: how it was read, how many of its data rows were taken, where its year and
 * instansi came from, and what the run noticed about it ({@code NO_DATA_ROWS}).
 */
public record FileSummary(
    String file, String path, String kind, String format, String sheet, String encoding, String separator,
    long headerRow, String sha256, long sizeBytes, long rowsRead, long rowsAccepted, long rowsRejected,
    List<String> ignoredColumns, FileContext context, List<String> notes) {

  public FileSummary {
    context = context == null ? FileContext.columns() : context; // run records written before it existed
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /** The same file with the rows refused after staging (duplicates, unknown OPD or instansi) folded in. */
  public FileSummary withRejected(long rejected) {
    return new FileSummary(file, path, kind, format, sheet, encoding, separator, headerRow, sha256, sizeBytes,
        rowsRead, rowsRead - rejected, rejected, ignoredColumns, context, notes);
  }
}
