package id.spbe.analytics.pipeline.run;

/**
 * Where a file's year and instansi came from, kept in the run record and shown in the summary: a planner whose
 * workbook states them only in its title must be able to see what the run took them to be.
 *
 * @param year the year taken for every row, null when the file has a year column (or its kind has no year)
 * @param yearFrom {@code column}, {@code --tahun}, {@code title row N}, {@code file name}, or empty when the kind
 *     has no year
 * @param instansiCode the kode instansi taken for every row, null when the file has the column
 * @param instansiFrom like {@code yearFrom}, for the instansi
 */
public record FileContext(String year, String yearFrom, String instansiCode, String instansiFrom) {
  public static final String COLUMN = "column";

  /** For files read before any of this existed (run records written by older versions). */
  public static FileContext columns() {
    return new FileContext(null, COLUMN, null, COLUMN);
  }

  /** True when a value was taken from outside the columns, so the summary should say where from. */
  public boolean implied() {
    return year != null || instansiCode != null;
  }

  /** "tahun 2025 dari judul baris 2 / year 2025 from title row 2; ...", for the summary. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    if (year != null) {
      out.append("tahun/year ").append(year).append(" ← ").append(yearFrom);
    }
    if (instansiCode != null) {
      out.append(out.isEmpty() ? "" : "; ").append("instansi ").append(instansiCode).append(" ← ").append(instansiFrom);
    }
    return out.toString();
  }
}
