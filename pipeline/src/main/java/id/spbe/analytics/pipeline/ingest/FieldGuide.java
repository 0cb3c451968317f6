package id.spbe.analytics.pipeline.ingest;

/** What to write in each column, in the planner's words (template instructions, docs/inputs.md). */
final class FieldGuide {
  private FieldGuide() {}

  static Expectation of(Field field, InputKind kind) {
    return switch (field) {
      case YEAR -> kind == InputKind.OFFICIAL_RESULT || kind == InputKind.SELF_ASSESSMENT
          ? g("Tahun evaluasi, 4 angka (2018-2019: PermenPANRB 5/2018; 2020-2025: 59/2020; 2026-: Pemdi).",
              "Evaluation year, 4 digits (2018-2019: PermenPANRB 5/2018; 2020-2025: 59/2020; 2026 on: Pemdi).")
          : g("Tahun berlaku, 4 angka.", "The year it applies to, 4 digits.");
      case INSTANSI_CODE -> g("Kode instansi KemenPANRB, mis. 6521 (Kabupaten Blitar). Satu berkas boleh memuat beberapa instansi.",
          "KemenPANRB kode instansi, e.g. 6521 (Kabupaten Blitar). One file may hold several instansi.");
      case INSTANSI_NAME -> g("Nama instansi.", "Instansi name.");
      case INSTANSI_KIND -> g("provinsi, kabupaten, kota atau pusat.", "provinsi, kabupaten, kota or pusat.");
      case PROVINCE_CODE -> g("Kode provinsi (boleh kosong).", "Province code (may be empty).");
      case PROVINCE_NAME -> g("Nama provinsi (boleh kosong).", "Province name (may be empty).");
      case FRAMEWORK -> kind == InputKind.OFFICIAL_RESULT || kind == InputKind.SELF_ASSESSMENT
          ? g("Boleh kosong: kerangka ditentukan dari tahun. Jika diisi (PERMEN_5_2018, PERMEN_59_2020, PEMDI_2026, "
              + "atau '59/2020') harus berlaku pada tahun itu.", "May be empty: the framework follows from the year. When "
              + "given (PERMEN_5_2018, PERMEN_59_2020, PEMDI_2026, or '59/2020') it must cover that year.")
          : g("Kerangka indikator: PERMEN_5_2018, PERMEN_59_2020 atau PEMDI_2026 (atau '59/2020').",
              "The indicators' framework: PERMEN_5_2018, PERMEN_59_2020 or PEMDI_2026 (or '59/2020').");
      case SCOPE -> g("Kosong atau 'indikator' untuk nilai per indikator; 'indeks', 'domain' atau 'aspek' untuk nilai "
          + "yang sudah dihitung (mis. indeks resmi yang diumumkan).", "Empty or 'indikator' for a level per indicator; "
          + "'indeks', 'domain' or 'aspek' for a value already computed (e.g. a published official index).");
      case SCOPE_CODE -> g("Untuk lingkup domain/aspek: D1, D2, ... atau A1, A2, ... Kosong untuk indeks dan indikator.",
          "For scope domain/aspek: D1, D2, ... or A1, A2, ... Empty for index and indicator rows.");
      case INDICATOR -> g("Nomor indikator: 12, I-12, 'Indikator 12' atau '12. Nama indikator'. Untuk 2018-2019 "
          + "indikator 35 per layanan: 35-1, 35-2, 35-3. Format sel sebagai Teks agar Excel tidak mengubahnya jadi tanggal.",
          "Indicator number: 12, I-12, 'Indikator 12' or '12. Indicator name'. For 2018-2019 indicator 35 per service: "
          + "35-1, 35-2, 35-3. Format the cells as Text so Excel does not turn them into dates.");
      case VALUE -> kind == InputKind.EXTERNAL_INDEX_VALUE
          ? g("Nilai indikator dari indeks eksternal, 1,00-5,00 dengan paling banyak 2 desimal, mis. '2,35'.",
              "The indicator value from the external index, 1.00-5.00 with up to 2 decimals, e.g. '2,35'.")
          : g("Indeks SPBE (2018-2025): tingkat kematangan bulat '3', '3,0', 'Level 3', '3 - Terdefinisi' atau nama "
          + "tingkat (lembar Referensi); 1-5 (0-5 untuk 2018-2019). Indeks Pemdi (2026-): nilai desimal 1,00-5,00 dengan "
          + "paling banyak 2 desimal, mis. '1,26'. Pada baris lingkup indeks/domain/aspek: nilai, mis. '2,76'.",
          "Indeks SPBE (2018-2025): a whole maturity level '3', '3,0', 'Level 3', '3 - Terdefinisi' or the level name "
          + "(Referensi sheet); 1-5 (0-5 for 2018-2019). Indeks Pemdi (2026 on): a decimal value 1.00-5.00 with up to 2 "
          + "decimals, e.g. '1,26'. On index/domain/aspect rows: the value, e.g. '2,76'.");
      case OPD -> kind == InputKind.SELF_ASSESSMENT
          ? g("Wajib untuk indikator: OPD pengampu, dengan kode, nama atau singkatan dari daftar OPD.",
              "Required for indicators: the OPD pengampu, by code, name or short name from the OPD list.")
          : g("OPD pengampu, dengan kode, nama atau singkatan dari daftar OPD.",
              "The OPD pengampu, by code, name or short name from the OPD list.");
      case JUSTIFICATION -> g("Penjelasan penilaian (dasar hukum, penerapan).", "Justification (legal basis, how it is applied).");
      case EVIDENCE -> g("Data dukung: nama berkas atau tautan, dipisah ';'.", "Evidence: file names or links, separated by ';'.");
      case SUBMITTED_ON -> g("Tanggal pengisian: 2025-06-30, 30/06/2025 atau 30 Juni 2025.",
          "Date filled in: 2025-06-30, 30/06/2025 or 30 Juni 2025.");
      case ASSESSOR_NOTE -> g("Catatan asesor (temuan) untuk indikator ini, seperti tertulis pada hasil evaluasi.",
          "The assessor's note (finding) on this indicator, as the evaluation result writes it.");
      case RECOMMENDATION -> g("Rekomendasi asesor: apa yang perlu dilakukan.", "The assessor's recommendation: what to do.");
      case UPLOADED -> g("Verifikasi: bukti dukung diunggah (ya/tidak/na).", "Verification: evidence uploaded (ya/tidak/na).");
      case INTERVIEWED -> g("Verifikasi: sudah diinterviu (ya/tidak/na).", "Verification: interviewed (ya/tidak/na).");
      case APPROVED -> g("Verifikasi: disetujui asesor (ya/tidak/na).", "Verification: approved by the assessor (ya/tidak/na).");
      case NO_EVIDENCE -> g("ya jika asesor mencatat tidak ada bukti dukung.", "ya when the assessor found no evidence.");
      case EXTERNAL_INDEX -> g("Indeks asal nilai, mis. 'Indeks SDI 2026' (kosong: indeks yang disebut katalog).",
          "The index the value comes from, e.g. 'Indeks SDI 2026' (empty: the one the catalog names).");
      case ILLUSTRATIVE -> g("ya jika data contoh (bukan data nyata), selain itu tidak atau kosong.",
          "ya when the row is sample data (not real), else tidak or empty.");
      case NOTE -> g("Catatan bebas, mis. sumber angka.", "Free text, e.g. where the figure comes from.");
      case TARGET_INDEX -> g("Target indeks RPJMD, 1-5, mis. 3,5.", "RPJMD index target, 1-5, e.g. 3,5.");
      case RPJMD_PERIOD -> g("Periode RPJMD, mis. 2021-2026.", "RPJMD period, e.g. 2021-2026.");
      case INDEX_SCALE -> g("INDEKS_SPBE atau INDEKS_PEMDI; kosong: skala indeks yang berlaku pada tahun itu.",
          "INDEKS_SPBE or INDEKS_PEMDI; empty: the index in force that year.");
      case TARGET_LEVEL -> g("Target tingkat kematangan indikator, mis. 4.", "Target maturity level of the indicator, e.g. 4.");
      case OPD_CODE -> g("Kode OPD yang dipakai di berkas lain, mis. KOMINFO.", "OPD code used in other files, e.g. KOMINFO.");
      case OPD_NAME -> g("Nama lengkap OPD.", "Full OPD name.");
      case OPD_SHORT -> g("Singkatan, mis. Diskominfo (boleh kosong).", "Short name, e.g. Diskominfo (may be empty).");
      case DEADLINE -> g("Tenggat penilaian mandiri internal, mis. 2025-07-05.", "Internal self-assessment deadline, e.g. 2025-07-05.");
      case FROM_LEVEL -> g("Tingkat awal kenaikan (kenaikan dari tingkat ini ke berikutnya).",
          "The level raised from (a raise from this level to the next).");
      case EFFORT -> g("Upaya satu kenaikan tingkat, di atas 0 (satuan bebas, mis. bulan-orang).",
          "Effort of one level raise, above 0 (any unit, e.g. person-months).");
      case PREDIKAT -> g("Boleh kosong. Predikat indeks (Memuaskan, Sangat Baik, Baik, Cukup, Kurang); diperiksa "
          + "terhadap rentang predikat kerangka.", "May be empty. The index's predikat (Memuaskan, Sangat Baik, Baik, "
          + "Cukup, Kurang); checked against the framework's bands.");
      case OPD_ALIAS -> g("Nama lain OPD yang dipakai staf (boleh kosong); beberapa dipisah '|', mis. Dinas Kominfo | "
          + "Kominfo Kab. Blitar.", "Other names staff use for the OPD (may be empty); several separated by '|', e.g. "
          + "Dinas Kominfo | Kominfo Kab. Blitar.");
      case ITEM_LEVEL -> g("Level yang dibuktikan item ini: 1-5, 'Level 2' atau 'L2'.",
          "The level the item is evidence for: 1-5, 'Level 2' or 'L2'.");
      case ITEM_CODE -> g("Kode item bukti dukung, mis. I1-L2-02 (indikator 1, level 2, item 2).",
          "The evidence item's code, e.g. I1-L2-02 (indicator 1, level 2, item 2).");
      case ITEM_NAME -> g("Nama item bukti dukung, mis. 'SK Tim Koordinasi SPBE'.", "What the item is, e.g. 'SK Tim Koordinasi SPBE'.");
      case ITEM_ROLE -> g("utama (menentukan level) atau pendukung (tidak menentukan level); kosong: utama.",
          "utama (main: gates its level) or pendukung (supporting: never gates a level); empty: main.");
      case EVIDENCE_STATUS -> g("Status item: diterima, revisi, proses (diunggah, belum dinilai), draf, belum.",
          "Item status: diterima (accepted), revisi (to redo), proses (uploaded, not assessed yet), draf, belum (nothing yet).");
      case REVISION_KIND -> g("Untuk status revisi: tidak_tepat, belum_diunggah atau otomatis_ditolak (level di bawahnya belum diterima).",
          "For status revisi: tidak_tepat, belum_diunggah or otomatis_ditolak (a lower level is not yet accepted).");
      case DOCUMENT_NAME -> g("Nama dokumen yang diunggah.", "The uploaded document's name.");
      case STATUS_ON -> g("Tanggal status item, mis. 2026-06-15.", "The date of the item's status, e.g. 2026-06-15.");
      case SNAPSHOT_ON -> g("Tanggal keadaan daftar ini (kosong: tanggal di nama berkas, mis. bukti-dukung-2026-07-02.csv). "
          + "Berkas bertanggal lain untuk tahun yang sama menambah satu keadaan.", "The date this list is the state of "
          + "(empty: the date in the file name, e.g. bukti-dukung-2026-07-02.csv). A file of another date for the same "
          + "year adds a snapshot.");
    };
  }

  private static Expectation g(String id, String en) {
    return Expectation.of(id, en);
  }
}
