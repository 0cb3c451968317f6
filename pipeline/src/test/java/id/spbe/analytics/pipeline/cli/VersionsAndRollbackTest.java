package id.spbe.analytics.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.analytics.pipeline.publish.RunRecord;
import id.spbe.analytics.pipeline.publish.RunRecord.Outcome;
import id.spbe.analytics.pipeline.publish.Warehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing the kept versions and moving CURRENT back, as one atomic step that is recorded like a run. */
class VersionsAndRollbackTest {
  @TempDir
  Path dir;

  @Test
  void versionsListsTheKeptStatesAndRollbackMovesCurrentAndIsRecorded() throws Exception {
    Warehouse w = Warehouse.open(dir.toString(), new Configuration());
    for (int i = 1; i <= 3; i++) {
      String version = "v-00000" + i;
      Files.createDirectories(dir.resolve("versions").resolve(version).resolve("instansi_index"));
      RunRecord run = new RunRecord("R" + i, "run", "2026-11-2" + i + "T10:00:00Z", "2026-11-2" + i + "T10:01:00Z",
          60_000, Outcome.PUBLISHED, version, null, false, List.of(), 47, 47, 0, Map.of(), "published", List.of());
      w.writeManifest(version, Map.of("version", version, "run", run));
      w.point(version);
      w.writeRun(run);
    }

    Cli versions = Cli.run("versions", "--warehouse", dir.toString());
    assertThat(versions.exitCode()).isZero();
    assertThat(versions.out()).contains("    v-000001  run R1").contains("  * v-000003  run R3");

    Cli back = Cli.run("rollback", "--previous", "--warehouse", dir.toString());
    assertThat(back.exitCode()).isZero();
    assertThat(back.out()).contains("CURRENT: v-000003 -> v-000002");
    assertThat(Files.readString(dir.resolve("CURRENT")).trim()).isEqualTo("v-000002");
    assertThat(w.runs()).last().satisfies(r -> {
      assertThat(r.outcome()).isEqualTo(Outcome.ROLLED_BACK);
      assertThat(r.message()).isEqualTo("rolled back from v-000003 to v-000002");
    });

    Cli missing = Cli.run("rollback", "--to", "v-000009", "--warehouse", dir.toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("v-000009 is not available; available: [v-000001, v-000002, v-000003]");
    assertThat(Files.readString(dir.resolve("CURRENT")).trim()).isEqualTo("v-000002");

    Cli forward = Cli.run("rollback", "--to", "v-000003", "--warehouse", dir.toString());
    assertThat(forward.exitCode()).isZero();
    assertThat(Files.readString(dir.resolve("CURRENT")).trim()).isEqualTo("v-000003");
  }
}
