package id.spbe.analytics.pipeline.generate;

import id.spbe.analytics.pipeline.ingest.Field;

/** The columns generated files use, with the Indonesian and English headers planners write. */
final class Columns {
  static final Column YEAR = new Column(Field.YEAR, "Tahun", "year", CellType.INTEGER);
  static final Column INSTANSI = new Column(Field.INSTANSI_CODE, "Kode Instansi", "instansi_code", CellType.CODE);
  static final Column INSTANSI_NAME = new Column(Field.INSTANSI_NAME, "Nama Instansi", "instansi_name", CellType.TEXT);
  static final Column INSTANSI_KIND = new Column(Field.INSTANSI_KIND, "Jenis Instansi", "instansi_kind", CellType.TEXT);
  static final Column PROVINCE_CODE = new Column(Field.PROVINCE_CODE, "Kode Provinsi", "province_code", CellType.CODE);
  static final Column PROVINCE_NAME = new Column(Field.PROVINCE_NAME, "Nama Provinsi", "province_name", CellType.TEXT);
  static final Column FRAMEWORK = new Column(Field.FRAMEWORK, "Kerangka", "framework", CellType.TEXT);
  static final Column SCOPE = new Column(Field.SCOPE, "Lingkup", "scope", CellType.TEXT);
  static final Column SCOPE_CODE = new Column(Field.SCOPE_CODE, "Kode", "code", CellType.TEXT);
  static final Column INDICATOR = new Column(Field.INDICATOR, "Indikator", "indicator", CellType.INDICATOR);
  static final Column LEVEL = new Column(Field.VALUE, "Tingkat Kematangan", "level", CellType.LEVEL);
  static final Column INDEX_VALUE = new Column(Field.VALUE, "Nilai", "index_value", CellType.DECIMAL);
  static final Column OPD = new Column(Field.OPD, "OPD Pengampu", "owner_opd", CellType.TEXT);
  static final Column JUSTIFICATION = new Column(Field.JUSTIFICATION, "Penjelasan", "justification", CellType.TEXT);
  static final Column EVIDENCE = new Column(Field.EVIDENCE, "Data Dukung", "evidence", CellType.TEXT);
  static final Column SUBMITTED_ON = new Column(Field.SUBMITTED_ON, "Tanggal Pengisian", "submitted_on", CellType.DATE);
  static final Column ILLUSTRATIVE = new Column(Field.ILLUSTRATIVE, "Ilustratif", "illustrative", CellType.FLAG);
  static final Column NOTE = new Column(Field.NOTE, "Keterangan", "note", CellType.TEXT);
  static final Column TARGET_INDEX = new Column(Field.TARGET_INDEX, "Target Indeks", "target_index", CellType.DECIMAL);
  static final Column RPJMD_PERIOD = new Column(Field.RPJMD_PERIOD, "Periode RPJMD", "rpjmd_period", CellType.TEXT);
  static final Column INDEX_SCALE = new Column(Field.INDEX_SCALE, "Skala", "index_scale", CellType.TEXT);
  static final Column TARGET_LEVEL = new Column(Field.TARGET_LEVEL, "Target Level", "target_level", CellType.INTEGER);
  static final Column OPD_CODE = new Column(Field.OPD_CODE, "Kode OPD", "opd_code", CellType.CODE);
  static final Column OPD_NAME = new Column(Field.OPD_NAME, "Nama OPD", "opd_name", CellType.TEXT);
  static final Column OPD_SHORT = new Column(Field.OPD_SHORT, "Singkatan", "short_name", CellType.TEXT);
  static final Column DEADLINE = new Column(Field.DEADLINE, "Tenggat", "deadline", CellType.DATE);
  static final Column FROM_LEVEL = new Column(Field.FROM_LEVEL, "Dari Level", "from_level", CellType.INTEGER);
  static final Column EFFORT = new Column(Field.EFFORT, "Upaya", "effort", CellType.DECIMAL);

  /**
   * Every generated row says it is made up. The middle dot is not ASCII, so the Indonesian CSV files are not UTF-8
   * and the pipeline's encoding detection has work to do; it is the same byte in Windows-1252 and Latin-1.
   */
  static final String ILLUSTRATIVE_NOTE = "ILUSTRATIF \u00b7 data sintetis dari spbe-pipeline generate";

  private Columns() {}
}
