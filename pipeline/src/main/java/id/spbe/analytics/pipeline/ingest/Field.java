package id.spbe.analytics.pipeline.ingest;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A canonical input column and the header names planners actually use for it, Indonesian and English.
 * Headers are compared after {@link #normalizeHeader}: "Tingkat Kematangan", "tingkat_kematangan" and
 * "TINGKAT-KEMATANGAN" are the same column. A header may mean different fields in different kinds of file:
 * {@code catatan} is the assessor's finding in an official result and a plain note elsewhere. Within a kind the
 * field declared first wins, so the more specific meaning is declared before the general one.
 */
public enum Field {
  YEAR("tahun", "year", "tahun_evaluasi", "tahun_penilaian", "evaluation_year", "thn"),
  INSTANSI_CODE("kode_instansi", "instansi_code", "kode_pemda", "instansi_id", "id_instansi"),
  INSTANSI_NAME("nama_instansi", "instansi_name", "instansi", "nama_pemda", "pemda"),
  INSTANSI_KIND("jenis_instansi", "instansi_kind", "jenis", "kind", "tipe_instansi"),
  PROVINCE_CODE("kode_provinsi", "province_code", "kode_prov"),
  PROVINCE_NAME("nama_provinsi", "province_name", "provinsi", "province"),
  FRAMEWORK("kerangka", "framework", "framework_id", "kerangka_evaluasi", "regulasi", "permen"),
  SCOPE("lingkup", "scope", "level_agregasi", "tingkat_agregasi"),
  SCOPE_CODE("kode", "code", "kode_lingkup", "scope_code", "kode_domain_aspek"),
  INDICATOR("indikator", "indicator", "no_indikator", "nomor_indikator", "kode_indikator", "indicator_code",
      "indicator_no", "indikator_no", "no_ind"),
  VALUE("tingkat_kematangan", "level", "nilai", "maturity_level", "nilai_kematangan", "level_akhir",
      "level_penilaian_mandiri", "nilai_akhir", "level_kematangan", "tingkat", "value", "indeks", "index", "nilai_indeks", "index_value",
      "indeks_spbe", "indeks_pemdi"),
  OPD("opd_pengampu", "opd", "pengampu", "owner_opd", "unit_pengampu", "perangkat_daerah", "unit_kerja", "indicator_owner",
      "opd_penanggung_jawab", "penanggung_jawab", "opd_pj", "responsible_opd"),
  JUSTIFICATION("penjelasan", "justification", "uraian", "explanation", "keterangan_penilaian", "penjelasan_penilaian"),
  EVIDENCE("data_dukung", "evidence", "bukti_dukung", "data_pendukung", "dokumen_pendukung", "bukti", "dokumen"),
  SUBMITTED_ON("tanggal_pengisian", "tanggal_isi", "tgl_pengisian", "submitted_on", "submission_date", "tanggal"),
  ASSESSOR_NOTE("catatan", "catatan_asesor", "catatan_evaluator", "temuan", "hasil_penilaian_asesor", "assessor_note",
      "finding", "findings"),
  RECOMMENDATION("rekomendasi", "rekomendasi_asesor", "saran", "saran_perbaikan", "recommendation", "recommendations"),
  UPLOADED("diunggah", "unggah", "verifikasi_unggah", "verifikasi_upload", "upload", "uploaded"),
  INTERVIEWED("diinterviu", "interviu", "wawancara", "verifikasi_interviu", "verifikasi_interview", "interview",
      "interviewed"),
  APPROVED("disetujui", "setuju", "verifikasi_disetujui", "approved"),
  NO_EVIDENCE("tanpa_bukti", "tanpa_bukti_dukung", "tidak_ada_bukti", "no_evidence"),
  EXTERNAL_INDEX("indeks_sumber", "sumber_indeks", "indeks_eksternal", "nama_indeks", "source_index", "external_index"),
  ILLUSTRATIVE("ilustratif", "illustrative", "is_illustrative", "data_contoh"),
  NOTE("keterangan", "catatan", "note", "notes", "sumber", "source", "catatan_instansi", "catatan_opd", "instansi_note"),
  TARGET_INDEX("target_indeks", "target_index", "target", "target_rpjmd", "target_indeks_spbe"),
  RPJMD_PERIOD("periode_rpjmd", "rpjmd_period", "periode"),
  INDEX_SCALE("skala", "scale", "index_scale", "skala_indeks"),
  TARGET_LEVEL("target_level", "target_tingkat_kematangan", "level_target", "target_tingkat"),
  OPD_CODE("kode_opd", "opd_code", "kode_perangkat_daerah"),
  OPD_NAME("nama_opd", "opd_name", "nama_perangkat_daerah"),
  OPD_SHORT("singkatan", "short_name", "akronim", "abbreviation", "nama_singkat"),
  DEADLINE("tenggat", "deadline", "batas_waktu", "tenggat_waktu", "tenggat_penilaian_mandiri"),
  FROM_LEVEL("dari_level", "from_level", "level_awal", "level_asal"),
  EFFORT("upaya", "effort", "bobot_upaya", "biaya_upaya"),
  PREDIKAT("predikat", "predicate", "kategori_predikat"),
  OPD_ALIAS("alias", "aliases", "nama_lain", "alias_opd"),
  // bukti dukung items: the portal's and the coordinators' own item lists name these columns in many ways
  ITEM_LEVEL("level", "level_bukti", "untuk_level", "tingkat", "tingkat_kematangan", "level_kematangan", "item_level"),
  ITEM_CODE("kode_item", "kode_bukti", "kode_bukti_dukung", "kode", "item_code", "evidence_code", "code"),
  ITEM_NAME("nama_item", "nama_bukti", "bukti_dukung", "nama_bukti_dukung", "uraian_bukti", "uraian", "item",
      "item_name", "evidence_item"),
  ITEM_ROLE("jenis_bukti", "jenis_item", "sifat", "utama", "item_kind", "is_main", "role"),
  EVIDENCE_STATUS("status", "status_bukti", "status_verifikasi", "status_item", "evidence_status"),
  REVISION_KIND("jenis_revisi", "alasan_revisi", "kategori_revisi", "revision_kind", "revision_reason"),
  DOCUMENT_NAME("nama_dokumen", "dokumen", "nama_berkas", "berkas", "document", "document_name", "file"),
  STATUS_ON("tanggal_status", "tgl_status", "tanggal_verifikasi", "tanggal_unggah", "tanggal", "status_date"),
  SNAPSHOT_ON("per_tanggal", "keadaan_per", "tanggal_keadaan", "tanggal_snapshot", "snapshot", "snapshot_date", "as_of");

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_UNDERSCORES = Pattern.compile("^_+|_+$");
  private static final Map<String, List<Field>> BY_ALIAS = new HashMap<>();

  static {
    for (Field field : values()) {
      for (String alias : field.aliases) {
        BY_ALIAS.computeIfAbsent(alias, a -> new java.util.ArrayList<>()).add(field);
      }
    }
  }

  private final List<String> aliases;

  Field(String... aliases) {
    this.aliases = List.of(aliases);
  }

  /** The name written in templates and documentation: the first, Indonesian alias. */
  public String headerName() {
    return aliases.get(0);
  }

  public List<String> aliases() {
    return aliases;
  }

  /** The field a header names in its first, general meaning. */
  public static Optional<Field> byHeader(String header) {
    return BY_ALIAS.getOrDefault(normalizeHeader(header), List.of()).stream().findFirst();
  }

  /** The field a header names in a file of this kind: the first declared field with that name the kind accepts. */
  public static Optional<Field> byHeader(String header, InputKind kind) {
    return BY_ALIAS.getOrDefault(normalizeHeader(header), List.of()).stream().filter(kind::accepts).findFirst();
  }

  /** Lowercase, accents and BOM stripped, runs of anything but letters and digits turned into one underscore. */
  public static String normalizeHeader(String header) {
    if (header == null) {
      return "";
    }
    // called for every cell of every data row (a repeated header is skipped): the patterns are compiled once
    String plain = MARKS.matcher(Normalizer.normalize(header.replace("\uFEFF", ""), Normalizer.Form.NFD)).replaceAll("");
    String underscored = NOT_ALPHANUMERIC.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("_");
    return EDGE_UNDERSCORES.matcher(underscored).replaceAll("");
  }
}
