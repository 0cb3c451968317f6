package id.spbe.analytics.pipeline.ingest;

import id.spbe.analytics.pipeline.quarantine.ReasonCode;
import id.spbe.analytics.pipeline.quarantine.RowProblem;

import static id.spbe.analytics.pipeline.ingest.IngestRun.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.spbe.analytics.pipeline.facts.FactTable;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One refused cell per reason code that the ingest step decides on its own (the other four need the whole run:
 * {@code facts.MergeQuarantineTest}, and for AMBIGUOUS_OPD {@code cli.PlannerRunsTest}), each at the row and column a
 * planner finds in the file, with its raw value.
 */
class ReasonCodeCorpusTest {
  static final Set<ReasonCode> DECIDED_AFTER_INGEST =
      EnumSet.of(ReasonCode.DUPLICATE_CONFLICT, ReasonCode.UNKNOWN_OPD, ReasonCode.UNKNOWN_INSTANSI,
          ReasonCode.AMBIGUOUS_OPD);

  private final IngestRun run = IngestRun.of(fixture("reason-codes"));

  @Test
  void eachBadCellIsRefusedWithItsReasonRowColumnAndValue() {
    assertThat(run.problems()).filteredOn(p -> p.file().equals("penilaian-mandiri-2023-salah.csv"))
        .extracting(RowProblem::rowNumber, RowProblem::column, RowProblem::rawValue, RowProblem::reason)
        .containsExactly(
            tuple(2L, "opd_pengampu", "", ReasonCode.MISSING_VALUE),
            tuple(3L, "tahun", "23", ReasonCode.BAD_YEAR),
            tuple(4L, "tingkat_kematangan", "#N/A", ReasonCode.BAD_NUMBER),
            tuple(5L, "tanggal_pengisian", "kemarin", ReasonCode.BAD_DATE),
            tuple(6L, "ilustratif", "mungkin", ReasonCode.BAD_FLAG),
            tuple(7L, "kerangka", "PERMEN_2099", ReasonCode.UNKNOWN_FRAMEWORK),
            tuple(8L, "tahun", "2017", ReasonCode.NO_FRAMEWORK_FOR_YEAR),
            tuple(9L, "kerangka", "5/2018", ReasonCode.YEAR_FRAMEWORK_MISMATCH),
            tuple(10L, "indikator", "48", ReasonCode.UNKNOWN_INDICATOR),
            tuple(11L, "lingkup", "wilayah", ReasonCode.UNKNOWN_SCOPE),
            tuple(12L, "kode", "D9", ReasonCode.UNKNOWN_SCOPE_CODE),
            tuple(13L, "tingkat_kematangan", "3,5", ReasonCode.LEVEL_NOT_INTEGER),
            tuple(14L, "tingkat_kematangan", "6", ReasonCode.LEVEL_OUT_OF_RANGE),
            tuple(15L, "tingkat_kematangan", "Hebat", ReasonCode.UNKNOWN_LEVEL_NAME),
            tuple(16L, "tingkat_kematangan", "2 - Optimum", ReasonCode.LEVEL_NAME_MISMATCH),
            tuple(17L, "tingkat_kematangan", "5,5", ReasonCode.VALUE_OUT_OF_RANGE));
    assertThat(run.problems()).filteredOn(p -> !p.file().equals("penilaian-mandiri-2023-salah.csv"))
        .extracting(RowProblem::file, RowProblem::rowNumber, RowProblem::column, RowProblem::rawValue, RowProblem::reason)
        .containsExactly(
            tuple("instansi-salah.csv", 2L, "jenis_instansi", "desa", ReasonCode.UNKNOWN_INSTANSI_KIND),
            // bukti dukung: five states only; externally scored indicators have no local evidence; a coded item
            // names its own indicator and level
            tuple("bukti-dukung-2026-06-15-salah.csv", 2L, "status", "sudah beres", ReasonCode.UNKNOWN_EVIDENCE_STATUS),
            tuple("bukti-dukung-2026-06-15-salah.csv", 3L, "indikator", "5", ReasonCode.NO_LOCAL_EVIDENCE),
            tuple("bukti-dukung-2026-06-15-salah.csv", 4L, "kode_item", "I4-L2-01", ReasonCode.ITEM_CODE_MISMATCH),
            tuple("bukti-dukung-2026-06-15-salah.csv", 5L, "jenis_revisi", "salah kirim", ReasonCode.UNKNOWN_REVISION_KIND),
            tuple("bukti-dukung-2026-06-15-salah.csv", 6L, "jenis_bukti", "kadang-kadang", ReasonCode.UNKNOWN_ITEM_ROLE),
            tuple("hasil-resmi-indeks-salah.csv", 2L, "predikat", "Sangat Baik", ReasonCode.PREDIKAT_MISMATCH),
            // Indeks Pemdi takes two places; only externally scored indicators (5, 6, 7, 18) take an external value
            tuple("nilai-indeks-eksternal-2026-salah.csv", 2L, "nilai", "1,255", ReasonCode.VALUE_TOO_PRECISE),
            tuple("nilai-indeks-eksternal-2026-salah.csv", 3L, "indikator", "8", ReasonCode.NOT_EXTERNALLY_SCORED),
            tuple("target-rpjmd-salah.csv", 2L, "skala", "INDEKS_XYZ", ReasonCode.UNKNOWN_INDEX_SCALE));
  }

  @Test
  void theGoodRowsBesideThemAreTakenWithTheirValues() {
    assertThat(run.rows(FactTable.INDICATOR_ASSESSMENT)).extracting(r -> r.get("source_row"),
        r -> r.get("indicator_code"), r -> r.get("maturity_level"), r -> r.get("is_illustrative"))
        .containsExactly(tuple(18L, "13", 3, false));
    assertThat(run.rows(FactTable.RPJMD_TARGET)).extracting(r -> r.get("year"), r -> r.get("target_index").toString(),
        r -> r.get("index_scale")).containsExactly(tuple(2026, "3.0", "INDEKS_PEMDI"));
    assertThat(run.rows(FactTable.INSTANSI)).extracting(r -> r.get("instansi_code"), r -> r.get("instansi_kind"))
        .containsExactly(tuple("3505", "kota"));
  }

  @Test
  void togetherWithTheMergeChecksEveryReasonCodeIsExercised() {
    Set<ReasonCode> seen = run.problems().stream().map(RowProblem::reason).collect(Collectors.toCollection(
        () -> EnumSet.noneOf(ReasonCode.class)));
    seen.addAll(DECIDED_AFTER_INGEST);
    assertThat(seen).isEqualTo(EnumSet.allOf(ReasonCode.class));
  }

  @Test
  void messagesAreWholeSentencesInEachLanguage() {
    RowProblem missingOpd = at(2);
    assertThat(missingOpd.messageId()).isEqualTo("Nilai wajib kosong; diharapkan OPD pengampu.");
    assertThat(missingOpd.messageEn()).isEqualTo("Required value is empty; expected the OPD pengampu.");
    RowProblem badYear = at(3);
    assertThat(badYear.messageId()).isEqualTo("Tahun '23' tidak valid; diharapkan tahun empat angka, mis. 2023.");
    assertThat(badYear.messageEn()).isEqualTo("Year '23' is not valid; expected a four-digit year such as 2023.");
    RowProblem mismatch = at(9);
    assertThat(mismatch.messageId()).isEqualTo(
        "Kerangka '5/2018' tidak berlaku untuk tahun baris ini: PERMEN_5_2018 berlaku 2018-2019, baris ini tahun 2023.");
    assertThat(mismatch.messageEn()).isEqualTo(
        "Framework '5/2018' does not apply to this row's year: PERMEN_5_2018 covers 2018-2019, the row is 2023.");
    // no English fragment inside an Indonesian message
    assertThat(run.problems()).extracting(RowProblem::messageId)
        .allSatisfy(m -> assertThat(m).doesNotContainPattern("\\b(the|expected|such as|above|not in|has items)\\b"));
  }

  private RowProblem at(long row) {
    return run.problems().stream()
        .filter(p -> p.file().equals("penilaian-mandiri-2023-salah.csv") && p.rowNumber() == row).findFirst().orElseThrow();
  }
}
