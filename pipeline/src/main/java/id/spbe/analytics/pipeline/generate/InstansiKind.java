package id.spbe.analytics.pipeline.generate;

/**
 * The kinds of instansi evaluated, with the digit that starts their generated kode instansi and how mature a
 * typical one of the kind is (Indeks SPBE points in 2018): ministries ahead of provinces, cities ahead of
 * regencies, as the published national results show on average.
 */
public enum InstansiKind {
  PROVINSI("provinsi", '1', 2.35),
  KABUPATEN("kabupaten", '2', 1.85),
  KOTA("kota", '3', 2.15),
  PUSAT("pusat", '4', 2.60);

  private final String label;
  private final char codeDigit;
  private final double typicalLevel2018;

  InstansiKind(String label, char codeDigit, double typicalLevel2018) {
    this.label = label;
    this.codeDigit = codeDigit;
    this.typicalLevel2018 = typicalLevel2018;
  }

  /** As written in the jenis_instansi column. */
  public String label() {
    return label;
  }

  public char codeDigit() {
    return codeDigit;
  }

  public double typicalLevel2018() {
    return typicalLevel2018;
  }

  public boolean isPemda() {
    return this != PUSAT;
  }
}
