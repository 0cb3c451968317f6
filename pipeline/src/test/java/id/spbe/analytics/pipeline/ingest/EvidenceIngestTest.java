package id.spbe.analytics.pipeline.ingest;

import id.spbe.analytics.pipeline.quarantine.ReasonCode;
import id.spbe.analytics.pipeline.quarantine.RowProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.spbe.analytics.pipeline.facts.FactTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bukti dukung lists as the portal and the coordinators write them: the state on the file's date (its column, else
 * the date in its name), statuses in Indonesian or English, supporting items marked; anything the tables could not
 * count the same way is quarantined with the cell and what was expected.
 */
class EvidenceIngestTest {
  @TempDir Path dir;

  @Test
  void aListNamedByItsDateIsTheStateOnThatDate() throws IOException {
    Path file = write("bukti-dukung-2026-07-02.csv", """
        tahun;kode_instansi;indikator;level;kode_item;nama_item;jenis_bukti;opd_penanggung_jawab;status;jenis_revisi;catatan_asesor;catatan_instansi;nama_dokumen;tanggal_status
        2026;6521;1;L2;I1-L2-02;SK Tim Koordinasi;utama;KOMINFO;Perlu Revisi;tidak tepat;SK belum memuat tugas tim;diperbarui Bag. Hukum;SK-Tim.pdf;30/06/2026
        2026;6521;1;1;I1-L1-01;Perbup SPBE;;KOMINFO;Accepted;;;;Perbup.pdf;2026-06-01
        2026;6521;3;Level 2;I3-L2-03;Daftar hadir pelatihan;pendukung;BKPSDM;belum;;;;;
        """);
    IngestRun run = IngestRun.of(file);
    assertThat(run.problems()).isEmpty();
    List<Map<String, Object>> rows = run.rows(FactTable.EVIDENCE_ITEM);
    assertThat(rows).extracting(r -> r.get("item_code"), r -> r.get("level"), r -> r.get("status"), r -> r.get("is_main"),
            r -> r.get("snapshot_on"), r -> r.get("framework_id"))
        .containsExactly(tuple("I1-L2-02", 2, "revisi", true, LocalDate.of(2026, 7, 2), "PEMDI_2026"),
            tuple("I1-L1-01", 1, "diterima", true, LocalDate.of(2026, 7, 2), "PEMDI_2026"),
            tuple("I3-L2-03", 2, "belum", false, LocalDate.of(2026, 7, 2), "PEMDI_2026"));
    assertThat(rows.get(0)).containsEntry("revision_kind", "tidak_tepat")
        .containsEntry("assessor_note", "SK belum memuat tugas tim").containsEntry("note", "diperbarui Bag. Hukum")
        .containsEntry("document_name", "SK-Tim.pdf").containsEntry("status_on", LocalDate.of(2026, 6, 30))
        .containsEntry("opd_raw", "KOMINFO");
  }

  /** docs/tables.md: these columns are nullable; an empty string would print as a bare "Catatan asesor:" in reports. */
  @Test
  void blankNotesDocumentNameAndOpdAreNoValueNotAnEmptyText() throws IOException {
    Path file = write("bukti-dukung-2026-07-02.csv", """
        tahun;kode_instansi;indikator;level;kode_item;nama_item;opd_penanggung_jawab;status;catatan_asesor;catatan_instansi;nama_dokumen
        2026;6521;8;2;I8-L2-02;  ;;revisi;   ;;
        2026;6521;8;2;I8-L2-03;Laporan;DISKOMINFO;revisi;Belum ditandatangani;cek ulang;Lap.pdf
        """);
    IngestRun run = IngestRun.of(file);
    assertThat(run.problems()).isEmpty();
    List<Map<String, Object>> rows = run.rows(FactTable.EVIDENCE_ITEM);
    assertThat(rows).extracting(r -> r.get("item_code")).containsExactly("I8-L2-02", "I8-L2-03");
    assertThat(rows.get(0)).containsEntry("assessor_note", null).containsEntry("note", null)
        .containsEntry("document_name", null).containsEntry("item_name", null).containsEntry("opd_raw", null);
    assertThat(rows.get(1)).containsEntry("assessor_note", "Belum ditandatangani").containsEntry("note", "cek ulang")
        .containsEntry("document_name", "Lap.pdf").containsEntry("item_name", "Laporan")
        .containsEntry("opd_raw", "DISKOMINFO");
  }

  @Test
  void aDateColumnWinsOverTheNameAndAListWithNoDateIsRefusedSayingWhereToPutIt() throws IOException {
    Path dated = write("bukti-dukung-2026-07-02.csv", """
        per_tanggal,tahun,kode_instansi,indikator,level,kode_item,status
        15 Juni 2026,2026,6521,2,1,I2-L1-01,proses
        """);
    assertThat(IngestRun.of(dated).rows(FactTable.EVIDENCE_ITEM)).extracting(r -> r.get("snapshot_on"))
        .containsExactly(LocalDate.of(2026, 6, 15));
    Path undated = write("bukti-dukung-2026.csv", """
        tahun,kode_instansi,indikator,level,kode_item,status
        2026,6521,2,1,I2-L1-01,proses
        """);
    IngestRun run = IngestRun.of(undated);
    assertThat(run.problems()).extracting(RowProblem::rowNumber, RowProblem::column, RowProblem::reason)
        .containsExactly(tuple(2L, "per_tanggal", ReasonCode.MISSING_VALUE));
    assertThat(run.problems().get(0).messageId()).contains("bukti-dukung-2026-07-02.csv");
  }

  @Test
  void unknownStatusesLevelsIndicatorsAndMissingItemCodesAreQuarantinedWithTheirCodes() throws IOException {
    Path file = write("bukti-dukung-2026-06-15.csv", """
        tahun,kode_instansi,indikator,level,kode_item,status,jenis_revisi,jenis_bukti
        2026,6521,1,2,I1-L2-01,sudah beres,,
        2026,6521,1,6,I1-L6-01,diterima,,
        2026,6521,21,1,I21-L1-01,diterima,,
        2026,6521,2,1,,revisi,tidak_tepat,
        2026,6521,5,1,I5-L1-01,diterima,,
        2026,6521,4,3,I4-L2-01,diterima,,
        2026,6521,4,2,I4-L2-02,revisi,salah kirim,
        2026,6521,4,2,I4-L2-03,draf,,kadang-kadang
        2026,6521,4,2,I4-L2-04,draf,,utama
        """);
    IngestRun run = IngestRun.of(file);
    assertThat(run.problems()).extracting(RowProblem::rowNumber, RowProblem::column, RowProblem::rawValue, RowProblem::reason)
        .containsExactly(tuple(2L, "status", "sudah beres", ReasonCode.UNKNOWN_EVIDENCE_STATUS),
            tuple(3L, "level", "6", ReasonCode.LEVEL_OUT_OF_RANGE),
            tuple(4L, "indikator", "21", ReasonCode.UNKNOWN_INDICATOR),
            tuple(5L, "kode_item", "", ReasonCode.MISSING_VALUE),
            tuple(6L, "indikator", "5", ReasonCode.NO_LOCAL_EVIDENCE),
            tuple(7L, "kode_item", "I4-L2-01", ReasonCode.ITEM_CODE_MISMATCH),
            tuple(8L, "jenis_revisi", "salah kirim", ReasonCode.UNKNOWN_REVISION_KIND),
            tuple(9L, "jenis_bukti", "kadang-kadang", ReasonCode.UNKNOWN_ITEM_ROLE));
    assertThat(run.problems().get(0).messageId()).contains("diterima, revisi, proses, draf, belum");
    assertThat(run.problems().get(1).messageEn()).contains("(1-5)");
    assertThat(run.problems().get(4).messageId()).contains("Indeks Satu Data Indonesia");
    assertThat(run.rows(FactTable.EVIDENCE_ITEM)).extracting(r -> r.get("item_code")).containsExactly("I4-L2-04");
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
