-- Raw input rows, every cell as text, one table per input kind (named raw_<kind>): the generated files are
-- loaded into these by name, so a file that lacks a column leaves it null.
create table raw_instansi (source_file varchar, kode_instansi varchar, nama_instansi varchar, jenis_instansi varchar,
  kode_provinsi varchar, nama_provinsi varchar, keterangan varchar);
create table raw_opd (source_file varchar, kode_instansi varchar, kode_opd varchar, nama_opd varchar,
  singkatan varchar, ilustratif varchar, keterangan varchar);
create table raw_rpjmd_target (source_file varchar, kode_instansi varchar, tahun varchar, target_indeks varchar,
  periode_rpjmd varchar, skala varchar, ilustratif varchar, keterangan varchar);
create table raw_self_assessment_deadline (source_file varchar, kode_instansi varchar, tahun varchar, tenggat varchar,
  ilustratif varchar, keterangan varchar);
create table raw_improvement_effort (source_file varchar, kode_instansi varchar, kerangka varchar, indikator varchar,
  dari_level varchar, upaya varchar, ilustratif varchar);
create table raw_self_assessment (source_file varchar, tahun varchar, kode_instansi varchar, indikator varchar,
  tingkat_kematangan varchar, opd_pengampu varchar, penjelasan varchar, data_dukung varchar,
  tanggal_pengisian varchar, ilustratif varchar, lingkup varchar, kode varchar, keterangan varchar);
create table raw_official_result (source_file varchar, tahun varchar, kode_instansi varchar, indikator varchar,
  tingkat_kematangan varchar, ilustratif varchar, lingkup varchar, kode varchar, keterangan varchar);
create table raw_indicator_owner (source_file varchar, kode_instansi varchar, tahun varchar, kerangka varchar,
  indikator varchar, opd_pengampu varchar, ilustratif varchar);
create table raw_indicator_target (source_file varchar, kode_instansi varchar, tahun varchar, kerangka varchar,
  indikator varchar, target_level varchar, ilustratif varchar);
