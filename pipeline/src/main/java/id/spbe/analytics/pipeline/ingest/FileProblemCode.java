package id.spbe.analytics.pipeline.ingest;

/** Problems with a whole file. Any of them stops the run before anything is written. */
public enum FileProblemCode {
  INPUT_NOT_FOUND,
  UNKNOWN_KIND,
  UNSUPPORTED_FORMAT,
  FILE_UNREADABLE,
  SHEET_NOT_FOUND,
  HEADER_NOT_FOUND,
  MISSING_COLUMN,
  EMPTY_FILE,
  AMBIGUOUS_YEAR,
  AMBIGUOUS_INSTANSI,
  NO_DATA_ROWS
}
