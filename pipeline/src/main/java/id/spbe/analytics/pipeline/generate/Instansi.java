package id.spbe.analytics.pipeline.generate;

/**
 * One generated instansi and the traits its results are drawn from.
 *
 * @param province the province a pemda belongs to; null for instansi pusat
 * @param level2018 its typical maturity level in 2018 on the 1-5 scale
 * @param yearlyGain how much it matures per year on average
 * @param selfBias how far its penilaian mandiri tends to sit above the evaluators' levels
 */
public record Instansi(String code, String name, InstansiKind kind, Province province, double level2018,
    double yearlyGain, double selfBias) {

  /** The group whose files hold its rows: its province's, or the instansi pusat's. */
  public String fileGroup() {
    return province == null ? "pusat" : province.fileGroup();
  }
}
