package id.spbe.analytics.dashboard.query;

/**
 * Whose penilaian mandiri details (per-indicator self levels, justification, evidence) a viewer may see: everything,
 * or only those of one OPD of one instansi. Queries apply it in SQL with bound parameters, so exports and the PDF
 * report hide exactly what the page hides.
 *
 * @param everything sees every OPD's details
 * @param instansiCode the instansi of an OPD-scoped viewer (null when {@code everything})
 * @param opdCode the OPD of an OPD-scoped viewer (null when {@code everything})
 */
public record Visibility(boolean everything, String instansiCode, String opdCode) {

  public Visibility {
    if (!everything && (instansiCode == null || opdCode == null)) {
      throw new IllegalArgumentException("An OPD-scoped visibility needs an instansi and an OPD");
    }
  }

  public static Visibility all() {
    return new Visibility(true, null, null);
  }

  public static Visibility ofOpd(String instansiCode, String opdCode) {
    return new Visibility(false, instansiCode, opdCode);
  }

  /** Whether the self-assessment details of {@code opd} in {@code instansi} are visible. */
  public boolean sees(String instansi, String opd) {
    return everything || instansiCode.equals(instansi) && opdCode.equals(opd);
  }
}
