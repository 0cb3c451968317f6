package id.spbe.analytics.pipeline.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.spbe.analytics.pipeline.publish.RunRecord.Outcome;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run killed at each moment leaves in the warehouse, and what the next run's recovery makes of it: the
 * published state is never touched, leftovers go, and every run ends with a true record.
 */
class WarehouseRecoveryTest {
  @TempDir
  Path dir;
  private Warehouse warehouse;

  private Warehouse open() {
    warehouse = Warehouse.open(dir.toString(), new Configuration());
    return warehouse;
  }

  @Test
  void aRunKilledBeforeTheSwapLeavesThePublishedVersionAndItsLeftoversAreRemoved() throws IOException {
    Warehouse w = open();
    publish(w, "v-000001", run("A", Outcome.PUBLISHED, "v-000001"));
    w.writeRun(run("B", Outcome.RUNNING, null));
    writeVersion(w, "v-000002", run("B", Outcome.PUBLISHED, "v-000002")); // complete, manifest and all, not current
    Files.createDirectories(dir.resolve("staging/B/indicator_assessment"));
    Files.createDirectories(dir.resolve("runs/B/quarantined_row/_temporary"));
    Files.writeString(dir.resolve(".CURRENT.tmp-4242"), "v-000002\n");

    List<String> done = w.recover();

    assertThat(w.currentVersion()).contains("v-000001");
    assertThat(w.versions()).containsExactly("v-000001");
    assertThat(dir.resolve("staging/B")).doesNotExist();
    assertThat(dir.resolve("runs/B/quarantined_row")).doesNotExist();
    assertThat(dir.resolve(".CURRENT.tmp-4242")).doesNotExist();
    assertThat(outcome(w, "B")).isEqualTo(Outcome.ABORTED);
    assertThat(done).containsExactly("removed staging of run B", "marked run B as aborted",
        "removed unpublished version v-000002");
  }

  @Test
  void aRunKilledAfterTheSwapIsRecordedAsPublishedFromItsManifest() {
    Warehouse w = open();
    publish(w, "v-000001", run("A", Outcome.PUBLISHED, "v-000001"));
    w.writeRun(run("B", Outcome.RUNNING, null));
    publish(w, "v-000002", run("B", Outcome.PUBLISHED, "v-000002"));
    w.writeRun(run("B", Outcome.RUNNING, null)); // the swap happened, the final record did not

    assertThat(w.recover()).containsExactly("recorded run B as published: it ended after switching CURRENT to v-000002");

    assertThat(w.currentVersion()).contains("v-000002");
    assertThat(w.versions()).containsExactly("v-000001", "v-000002");
    RunRecord b = w.runs().stream().filter(r -> r.runId().equals("B")).findFirst().orElseThrow();
    assertThat(b.outcome()).isEqualTo(Outcome.PUBLISHED);
    assertThat(b.version()).isEqualTo("v-000002");
    assertThat(b.rowsRead()).isEqualTo(47);
    assertThat(b.message()).endsWith("(recorded by recovery: the process ended after CURRENT was switched to v-000002)");
  }

  @Test
  void aVersionWithoutManifestIsNeverKeptOrRolledBackTo() throws IOException {
    Warehouse w = open();
    publish(w, "v-000001", run("A", Outcome.PUBLISHED, "v-000001"));
    publish(w, "v-000002", run("B", Outcome.PUBLISHED, "v-000002"));
    Files.delete(dir.resolve("versions/v-000001/manifest.json")); // a prune killed after its first step
    assertThat(w.isComplete("v-000001")).isFalse();
    assertThatThrownBy(() -> w.point("v-000001")).isInstanceOf(IllegalStateException.class);
    w.recover();
    assertThat(w.versions()).containsExactly("v-000002");
  }

  @Test
  void pruneKeepsTheNewestAndTheCurrentVersion() {
    Warehouse w = open();
    for (int i = 1; i <= 4; i++) {
      publish(w, "v-00000" + i, run("R" + i, Outcome.PUBLISHED, "v-00000" + i));
    }
    w.point("v-000001"); // rolled back to the oldest
    assertThat(w.prune(2)).containsExactly("v-000002");
    assertThat(w.versions()).containsExactly("v-000001", "v-000003", "v-000004");
  }

  @Test
  void aLockLeftByADeadProcessOrAReusedPidIsTakenOverButALiveHolderIsRespected() throws Exception {
    Warehouse w = open();
    Path lock = dir.resolve("LOCK");
    String host = java.net.InetAddress.getLocalHost().getHostName();
    long deadPid = new ProcessBuilder("true").start().onExit().get().pid();
    Files.writeString(lock, deadPid + "@" + host + " started 2026-01-01T00:00:00Z run X since 2026-01-01T00:00:01Z");
    try (AutoCloseable held = w.lock("R1")) {
      assertThat(Files.readString(lock)).startsWith(ProcessHandle.current().pid() + "@");
      assertThatThrownBy(() -> w.lock("R2")).isInstanceOf(WarehouseBusyException.class)
          .hasMessageContaining("Another run holds the warehouse lock");
    }
    assertThat(lock).doesNotExist();
    // this very pid, but a process that started at another time: the pid was reused, the holder is gone
    Files.writeString(lock, ProcessHandle.current().pid() + "@" + host + " started 1999-01-01T00:00:00Z run X since -");
    try (AutoCloseable held = w.lock("R3")) {
      assertThat(Files.readString(lock)).contains("run R3");
    }
  }

  @Test
  void runRecordsWrittenBeforeByHadoopWithChecksumsStillRead() throws IOException {
    Warehouse w = open();
    FileSystem fs = FileSystem.getLocal(new Configuration()); // writes a .crc beside the file, as older runs did
    Files.createDirectories(dir.resolve("runs/OLD"));
    try (OutputStream out = fs.create(new org.apache.hadoop.fs.Path(dir.resolve("runs/OLD/run.json").toString()))) {
      out.write(Warehouse.JSON.writeValueAsBytes(run("OLD", Outcome.RUNNING, null)));
    }
    w.writeRun(run("OLD", Outcome.ABORTED, null)); // replaced without Hadoop: the .crc no longer matches
    assertThat(outcome(w, "OLD")).isEqualTo(Outcome.ABORTED);
  }

  private static Outcome outcome(Warehouse w, String runId) {
    return w.runs().stream().filter(r -> r.runId().equals(runId)).findFirst().orElseThrow().outcome();
  }

  private void publish(Warehouse w, String version, RunRecord record) {
    writeVersion(w, version, record);
    w.point(version);
    w.writeRun(record);
  }

  private void writeVersion(Warehouse w, String version, RunRecord record) {
    try {
      Files.createDirectories(dir.resolve("versions").resolve(version).resolve("instansi_index"));
      Files.writeString(dir.resolve("versions").resolve(version).resolve("instansi_index/part-0.parquet"), "x");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("version", version);
    manifest.put("run_id", record.runId());
    manifest.put("run", record);
    w.writeManifest(version, manifest);
  }

  private static RunRecord run(String id, Outcome outcome, String version) {
    return new RunRecord(id, "run", "2026-11-28T10:00:0" + id.length() + "Z", outcome == Outcome.RUNNING ? null
        : "2026-11-28T10:01:00Z", 60_000, outcome, version, null, false, List.of(), 47, 47, 0, Map.of(),
        outcome == Outcome.PUBLISHED ? "published" : "", List.of());
  }
}
