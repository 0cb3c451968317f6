package id.spbe.analytics.pipeline.quarantine;

/**
 * Why a row was quarantined. The codes are stable (planners and scripts filter on them); the messages say,
 * in Bahasa Indonesia and English, what was expected. {0} is the raw value, {1} what was expected.
 */
public enum ReasonCode {
  MISSING_VALUE("Nilai wajib kosong; diharapkan {1}.", "Required value is empty; expected {1}."),
  BAD_YEAR("Tahun ''{0}'' tidak valid; diharapkan {1}.", "Year ''{0}'' is not valid; expected {1}."),
  BAD_NUMBER("''{0}'' bukan angka yang dapat dibaca; diharapkan {1}.", "''{0}'' is not a readable number; expected {1}."),
  BAD_DATE("Tanggal ''{0}'' tidak dikenali; diharapkan {1}, mis. 2023-07-02, 02/07/2023 atau 2 Juli 2023.",
      "Date ''{0}'' not recognised; expected {1} such as 2023-07-02, 02/07/2023 or 2 Juli 2023."),
  BAD_FLAG("''{0}'' bukan ya/tidak.", "''{0}'' is not yes/no (ya/tidak)."),
  UNKNOWN_FRAMEWORK("Kerangka ''{0}'' tidak dikenal; diharapkan salah satu dari {1}.",
      "Framework ''{0}'' is unknown; expected one of {1}."),
  NO_FRAMEWORK_FOR_YEAR("Tidak ada kerangka evaluasi untuk tahun {0}; tahun yang dikenal: {1}.",
      "No evaluation framework covers year {0}; known years: {1}."),
  YEAR_FRAMEWORK_MISMATCH("Kerangka ''{0}'' tidak berlaku untuk tahun baris ini: {1}.",
      "Framework ''{0}'' does not apply to this row''s year: {1}."),
  UNKNOWN_INDICATOR("Indikator ''{0}'' tidak dikenal: {1}.", "Indicator ''{0}'' is not known: {1}."),
  UNKNOWN_SCOPE("Lingkup ''{0}'' tidak dikenal; diharapkan indeks, domain, aspek atau indikator.",
      "Scope ''{0}'' is unknown; expected indeks, domain, aspek or indikator."),
  UNKNOWN_SCOPE_CODE("Kode ''{0}'' tidak ada dalam {1}.", "Code ''{0}'' does not exist in {1}."),
  LEVEL_NOT_INTEGER("Tingkat kematangan ''{0}'' harus bilangan bulat {1}.",
      "Maturity level ''{0}'' must be a whole number {1}."),
  VALUE_TOO_PRECISE("Nilai indikator ''{0}'' memiliki terlalu banyak angka desimal; diharapkan {1}.",
      "Indicator value ''{0}'' has too many decimal places; expected {1}."),
  NOT_EXTERNALLY_SCORED("Indikator ''{0}'' tidak dinilai dari indeks eksternal; {1}.",
      "Indicator ''{0}'' is not scored from an external index; {1}."),
  LEVEL_OUT_OF_RANGE("Tingkat kematangan ''{0}'' di luar rentang {1}.", "Maturity level ''{0}'' is outside {1}."),
  UNKNOWN_LEVEL_NAME("Nama tingkat ''{0}'' tidak dikenal untuk indikator ini; diharapkan {1}.",
      "Level name ''{0}'' is unknown for this indicator; expected {1}."),
  LEVEL_NAME_MISMATCH("Angka dan nama tingkat pada ''{0}'' tidak cocok; diharapkan {1}.",
      "Number and level name in ''{0}'' disagree; expected {1}."),
  VALUE_OUT_OF_RANGE("Nilai ''{0}'' di luar rentang {1}.", "Value ''{0}'' is outside {1}."),
  UNKNOWN_INDEX_SCALE("Skala indeks ''{0}'' tidak dikenal; diharapkan {1}.",
      "Index scale ''{0}'' is unknown; expected {1}."),
  UNKNOWN_INSTANSI_KIND("Jenis instansi ''{0}'' tidak dikenal; diharapkan {1}.",
      "Instansi kind ''{0}'' is unknown; expected {1}."),
  DUPLICATE_CONFLICT("Baris ini bertentangan dengan baris lain untuk kunci yang sama: {1}.",
      "This row conflicts with another row for the same key: {1}."),
  UNKNOWN_OPD("OPD ''{0}'' tidak ada dalam daftar OPD instansi ini{1}",
      "OPD ''{0}'' is not in this instansi''s OPD list{1}"),
  UNKNOWN_INSTANSI("Kode instansi ''{0}'' tidak ada dalam daftar instansi.",
      "Instansi code ''{0}'' is not in the instansi list."),
  PREDIKAT_MISMATCH("Predikat ''{0}'' tidak sesuai dengan indeksnya: {1}.",
      "Predikat ''{0}'' does not match its index: {1}."),
  AMBIGUOUS_OPD("OPD ''{0}'' cocok dengan lebih dari satu OPD dalam daftar: {1}; tulis kode OPD-nya.",
      "OPD ''{0}'' matches more than one OPD in the list: {1}; write its OPD code."),
  UNKNOWN_EVIDENCE_STATUS("Status bukti dukung ''{0}'' tidak dikenal; diharapkan {1}.",
      "Evidence status ''{0}'' is not known; expected {1}."),
  UNKNOWN_REVISION_KIND("Jenis revisi ''{0}'' tidak dikenal; diharapkan {1}.",
      "Revision kind ''{0}'' is not known; expected {1}."),
  UNKNOWN_ITEM_ROLE("Jenis bukti ''{0}'' tidak dikenal; diharapkan {1}.", "Item kind ''{0}'' is not known; expected {1}."),
  NO_LOCAL_EVIDENCE("Indikator ''{0}'' tidak memakai bukti dukung lokal: {1}.",
      "Indicator ''{0}'' takes no local evidence: {1}."),
  ITEM_CODE_MISMATCH("Kode item ''{0}'' menyebut indikator atau level lain; diharapkan {1}.",
      "Item code ''{0}'' names another indicator or level; expected {1}.");

  private final String templateId;
  private final String templateEn;

  ReasonCode(String templateId, String templateEn) {
    this.templateId = templateId;
    this.templateEn = templateEn;
  }

  public String messageId(String rawValue, String expected) {
    return java.text.MessageFormat.format(templateId, rawValue, expected);
  }

  public String messageEn(String rawValue, String expected) {
    return java.text.MessageFormat.format(templateEn, rawValue, expected);
  }

  public String templateId() {
    return templateId;
  }

  public String templateEn() {
    return templateEn;
  }
}
