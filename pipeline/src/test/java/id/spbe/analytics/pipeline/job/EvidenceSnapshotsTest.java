package id.spbe.analytics.pipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.analytics.pipeline.publish.RunRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bukti dukung list is the state on its date: a later list for the same year adds a snapshot (a second point of
 * the progress line) and keeps the earlier one; the same date again replaces that snapshot only.
 */
class EvidenceSnapshotsTest {
  private static final String HEADER = "tahun;kode_instansi;indikator;level;kode_item;status\n";
  @TempDir Path dir;

  @Test
  void aLaterListAddsASnapshotAndTheSameDateAgainReplacesIt() throws Exception {
    Path warehouse = dir.resolve("warehouse");
    Path june = write("juni/bukti-dukung-2026-06-15.csv", HEADER
        + "2026;6521;1;1;I1-L1-01;diterima\n2026;6521;1;1;I1-L1-02;revisi\n");
    assertThat(PipelineRuns.run(warehouse, june).record().outcome()).isEqualTo(RunRecord.Outcome.PUBLISHED);

    Path july = write("juli/bukti-dukung-2026-07-03.csv", HEADER
        + "2026;6521;1;1;I1-L1-01;diterima\n2026;6521;1;1;I1-L1-02;diterima\n2026;6521;1;2;I1-L2-01;proses\n");
    // the June list corrected: its second item was in fact still belum on 15 June
    Path juneAgain = write("koreksi/bukti-dukung-2026-06-15.csv", HEADER
        + "2026;6521;1;1;I1-L1-01;diterima\n2026;6521;1;1;I1-L1-02;belum\n");
    assertThat(PipelineRuns.run(warehouse, july, juneAgain).record().outcome()).isEqualTo(RunRecord.Outcome.PUBLISHED);

    List<String> progress = PipelineRuns.table(warehouse, "evidence_progress")
        .selectExpr("concat(snapshot_on, ' ', items_total, ' ', items_diterima, ' ', items_belum, ' ', supported_index)")
        .as(Encoders.STRING()).collectAsList().stream().sorted().toList();
    // 15 June: level 1 incomplete, every indicator at Pemdi's lowest value 1.00; 3 July: indicator 1 (w 5 %) at
    // level 1, still 1.00 (the lowest value is level 1), so the line moves in items accepted
    assertThat(progress).containsExactly("2026-06-15 2 1 1 1.00", "2026-07-03 3 2 0 1.00");
    List<String> supported = PipelineRuns.table(warehouse, "evidence_indicator").where("indicator_code = '1'")
        .selectExpr("concat(snapshot_on, ' ', supported_level, ' ', next_level, ' ', next_level_open)")
        .as(Encoders.STRING()).collectAsList().stream().sorted().toList();
    assertThat(supported).containsExactly("2026-06-15 0 1 1", "2026-07-03 1 2 1");
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
