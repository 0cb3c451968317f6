package id.spbe.analytics.pipeline.ingest;

import id.spbe.analytics.pipeline.quarantine.ReasonCode;
import id.spbe.analytics.pipeline.quarantine.RowProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.spbe.analytics.pipeline.facts.FactTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Indeks Pemdi 2026 values as assessors and planners write them: decimals with a comma or a point, numeric and
 * text cells of a workbook, JSON numbers; refused outside 1,00-5,00 or past two places; Indeks SPBE years keep
 * whole levels. The assessors' notes and verification flags ride along on official rows.
 */
class PemdiValueIngestTest {
  @TempDir Path dir;

  @Test
  void aSemicolonCsvWithDecimalCommasIsTakenAsDecimalsWithTheAssessorsNotes() throws IOException {
    Path file = write("hasil-resmi-2026.csv", """
        tahun;kode_instansi;indikator;nilai;catatan;rekomendasi;diunggah;diinterviu;disetujui;tanpa_bukti
        2026;6521;3;1,26;Belum ada rencana pengembangan kompetensi;Susun rencana pengembangan kompetensi;ya;tidak;ya;tidak
        2026;6521;5;1,00;;;na;na;na;
        2026;6521;17;2,5;Portal terpadu sudah ada;Integrasikan layanan OPD;ya;ya;ya;tidak
        """);
    IngestRun run = IngestRun.of(file);
    assertThat(run.problems()).isEmpty();
    List<Map<String, Object>> rows = run.rows(FactTable.INDICATOR_ASSESSMENT);
    assertThat(rows).extracting(r -> r.get("indicator_code"), r -> ((BigDecimal) r.get("maturity_level")).toPlainString(),
        r -> r.get("framework_id")).containsExactly(tuple("3", "1.26", "PEMDI_2026"), tuple("5", "1.00", "PEMDI_2026"),
        tuple("17", "2.50", "PEMDI_2026"));
    Map<String, Object> first = rows.get(0);
    assertThat(first).containsEntry("assessor_note", "Belum ada rencana pengembangan kompetensi")
        .containsEntry("recommendation", "Susun rencana pengembangan kompetensi")
        .containsEntry("is_uploaded", true).containsEntry("is_interviewed", false).containsEntry("is_approved", true)
        .containsEntry("has_no_evidence", false);
    assertThat(rows.get(1).get("is_uploaded")).isNull(); // "na": an externally scored indicator is not verified
    assertThat(rows.get(1).get("has_no_evidence")).isNull();
  }

  @Test
  void numericAndTextCellsOfAWorkbookAndJsonNumbersAreTheSameDecimals() throws IOException {
    Path xlsx = new Workbooks().sheet("Hasil")
        .row(1, "tahun", "kode_instansi", "indikator", "nilai")
        .row(2, 2026, "6521", 1, 1.26)
        .row(3, 2026, "6521", 2, "1,17")
        .row(4, 2026, "6521", 4, 1.3)
        .writeTo(dir.resolve("hasil-resmi-2026.xlsx"));
    Path json = write("penilaian-mandiri-2026.json", """
        [{"tahun": 2026, "kode_instansi": "6521", "indikator": 13, "nilai": 1.17, "opd_pengampu": "KOMINFO"},
         {"tahun": 2026, "kode_instansi": "6521", "indikator": 14, "nilai": "2,25", "opd_pengampu": "KOMINFO"}]
        """);
    IngestRun run = IngestRun.of(xlsx, json);
    assertThat(run.problems()).isEmpty();
    assertThat(run.rows(FactTable.INDICATOR_ASSESSMENT))
        .extracting(r -> r.get("source"), r -> r.get("indicator_code"), r -> ((BigDecimal) r.get("maturity_level")).toPlainString())
        .containsExactlyInAnyOrder(tuple("official", "1", "1.26"), tuple("official", "2", "1.17"),
            tuple("official", "4", "1.30"), tuple("self_assessment", "13", "1.17"), tuple("self_assessment", "14", "2.25"));
  }

  @Test
  void valuesOutsideTheScaleOrPastTwoPlacesAreRefusedWithTheRange() throws IOException {
    Path file = write("hasil-resmi-2026.csv", """
        tahun;kode_instansi;indikator;nilai
        2026;6521;1;5,01
        2026;6521;2;0,99
        2026;6521;3;abc
        2026;6521;4;1,255
        2026;6521;5;1,26 - Terkelola
        2026;6521;6;2,5 - Terkelola
        """);
    IngestRun run = IngestRun.of(file);
    assertThat(run.problems()).extracting(RowProblem::rowNumber, RowProblem::column, RowProblem::rawValue, RowProblem::reason)
        .containsExactly(tuple(2L, "nilai", "5,01", ReasonCode.LEVEL_OUT_OF_RANGE),
            tuple(3L, "nilai", "0,99", ReasonCode.LEVEL_OUT_OF_RANGE),
            tuple(4L, "nilai", "abc", ReasonCode.UNKNOWN_LEVEL_NAME),
            tuple(5L, "nilai", "1,255", ReasonCode.VALUE_TOO_PRECISE),
            tuple(6L, "nilai", "1,26 - Terkelola", ReasonCode.LEVEL_NAME_MISMATCH));
    assertThat(run.problems().get(0).messageId()).contains("(1,00-5,00)");
    assertThat(run.problems().get(0).messageEn()).contains("(1.00-5.00)");
    assertThat(run.problems().get(4).messageId()).contains("1 - Rintisan"); // 1,26 has reached level 1 only
    assertThat(run.rows(FactTable.INDICATOR_ASSESSMENT)).hasSize(1);
  }

  @Test
  void anSpbeYearStillRefusesAFractionalLevel() throws IOException {
    Path file = write("hasil-resmi-2025.csv", """
        tahun;kode_instansi;indikator;tingkat_kematangan
        2025;6521;12;3,5
        2025;6521;13;3,0
        """);
    IngestRun run = IngestRun.of(file);
    assertThat(run.problems()).extracting(RowProblem::rowNumber, RowProblem::rawValue, RowProblem::reason)
        .containsExactly(tuple(2L, "3,5", ReasonCode.LEVEL_NOT_INTEGER));
    assertThat(run.rows(FactTable.INDICATOR_ASSESSMENT).get(0).get("maturity_level")).isEqualTo(3);
  }

  @Test
  void externalIndexValuesAreTakenOnlyForIndicatorsScoredFromAnotherIndex() throws IOException {
    Path file = write("nilai-indeks-eksternal-2026.csv", """
        kode_instansi;tahun;indikator;nilai;indeks_sumber
        6521;2026;5;2,35;Indeks SDI 2026
        6521;2026;7;1,8;
        6521;2026;8;3,00;
        """);
    IngestRun run = IngestRun.of(file);
    assertThat(run.rows(FactTable.EXTERNAL_INDEX_VALUE))
        .extracting(r -> r.get("indicator_code"), r -> ((BigDecimal) r.get("value")).toPlainString(), r -> r.get("external_index"))
        .containsExactly(tuple("5", "2.35", "Indeks SDI 2026"), tuple("7", "1.80", "EPSS / Indeks Pembangunan Statistik (BPS)"));
    assertThat(run.problems()).extracting(RowProblem::rowNumber, RowProblem::reason)
        .containsExactly(tuple(4L, ReasonCode.NOT_EXTERNALLY_SCORED));
    assertThat(run.problems().get(0).messageEn()).contains("5, 6, 7, 18");
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
