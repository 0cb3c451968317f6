package id.spbe.analytics.dashboard.query;

/**
 * Whose penilaian mandiri details (per-indicator self levels, justification, evidence) a viewer may see: everything,
 * or only those of one OPD of one instansi. Queries apply it in SQL with bound parameters, so exports and the PDF
 * report hide exactly what the page hides.
 *
 * <p><b>The rule for figures derived from self levels</b> (README, "Who sees what"; issue 16). An OPD-scoped viewer
 * is shown a figure computed from penilaian mandiri self levels only when
 * <ol>
 *   <li>every self level it is computed from belongs to the viewer's own OPD, or</li>
 *   <li>it is computed from the self levels of the whole instansi: the instansi's self-assessment index of a year,
 *       its predikat and what follows from that index alone (the what-if's base).</li>
 * </ol>
 * Everything in between is withheld, not rounded or coarsened: another OPD's levels missing and gap points, its
 * calibration, domain and aspect self-indices, per-indicator current levels and points at stake taken from the
 * self-assessment, and a self-assessment plan's running totals, planned index, step count and step numbers; even
 * the order of rows is not allowed to follow a withheld figure. Why this is enough: apart from the one
 * instansi-wide index, every figure the viewer receives is a function of official levels, targets, weights and
 * its own self levels only, so no combination of them (targets minus levels, differences of two aggregates,
 * positions in a sorted list) says more about another OPD than that index does. The index itself, less the viewer's
 * own part, gives the weighted sum of all other OPDs' levels together (one OPD's only where a single other OPD owns
 * indicators, or every other level sits at a bound); a group-size threshold would not do better,
 * since with integer levels and distinct weights even a sum over several OPDs can have only one solution.
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

  /**
   * Whether the viewer is shown figures that combine the self levels of part of an instansi beyond its own OPD (a
   * domain, an aspect, another OPD, a plan's running total): analysts only, by the rule above.
   */
  public boolean seesPartialSelfAggregates() {
    return everything;
  }

  /** Whether the self-assessment details of {@code opd} in {@code instansi} are visible. */
  public boolean sees(String instansi, String opd) {
    return everything || instansiCode.equals(instansi) && opdCode.equals(opd);
  }
}
