package id.spbe.analytics.pipeline.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.spbe.analytics.pipeline.SharedSpark;
import id.spbe.analytics.pipeline.publish.RunRecord.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged pipeline killed with SIGKILL at each moment of publishing, one run after the other on the same
 * warehouse. After every kill: CURRENT names a complete version that a reader loads whole, the dead run's
 * leftovers are there, and the next run (which takes over the lock) removes them and records the dead run.
 */
class KillDuringPublishIT {
  @TempDir
  Path dir;

  @Test
  void aRunKilledAtAnyMomentLeavesACompletePublishedStateAndTheNextRunCleansUp() throws Exception {
    Path warehouse = dir.resolve("warehouse");
    PipelineProcess first = PipelineProcess.runSample(warehouse, null);
    assertThat(first.awaitExit()).as(first.output()).isZero();
    assertThat(current(warehouse)).isEqualTo("v-000001");
    Map<String, Long> published = readEveryTable(warehouse, "v-000001");

    String staged = kill(warehouse, PausePoint.STAGED);
    assertThat(current(warehouse)).isEqualTo("v-000001");
    assertThat(warehouse.resolve("staging").resolve(staged).resolve("indicator_assessment")).isDirectory();
    assertThat(versions(warehouse)).containsExactly("v-000001");
    assertThat(readEveryTable(warehouse, "v-000001")).isEqualTo(published);

    String writing = kill(warehouse, PausePoint.TABLE_WRITTEN);
    assertThat(outcome(warehouse, staged)).isEqualTo(Outcome.ABORTED);
    assertThat(warehouse.resolve("staging").resolve(staged)).doesNotExist();
    assertThat(current(warehouse)).isEqualTo("v-000001");
    assertThat(warehouse.resolve("versions/v-000002")).isDirectory();
    assertThat(warehouse.resolve("versions/v-000002/manifest.json")).doesNotExist();
    assertThat(readEveryTable(warehouse, "v-000001")).isEqualTo(published);

    String beforeSwap = kill(warehouse, PausePoint.BEFORE_SWAP);
    assertThat(outcome(warehouse, writing)).isEqualTo(Outcome.ABORTED);
    assertThat(current(warehouse)).isEqualTo("v-000001");
    assertThat(warehouse.resolve("versions/v-000002/manifest.json")).exists(); // rebuilt whole, never made current
    assertThat(readEveryTable(warehouse, "v-000001")).isEqualTo(published);

    String afterSwap = kill(warehouse, PausePoint.AFTER_SWAP);
    assertThat(outcome(warehouse, beforeSwap)).isEqualTo(Outcome.ABORTED);
    assertThat(current(warehouse)).isEqualTo("v-000002"); // the swap happened: the new complete state is published
    assertThat(outcome(warehouse, afterSwap)).isEqualTo(Outcome.RUNNING);
    assertThat(readEveryTable(warehouse, "v-000002")).isEqualTo(published); // same inputs, same tables

    PipelineProcess next = PipelineProcess.runSample(warehouse, null);
    assertThat(next.awaitExit()).as(next.output()).isZero();
    assertThat(next.output()).contains("recorded run " + afterSwap + " as published");
    assertThat(current(warehouse)).isEqualTo("v-000003");
    assertThat(versions(warehouse)).containsExactly("v-000001", "v-000002", "v-000003");
    assertThat(outcome(warehouse, afterSwap)).isEqualTo(Outcome.PUBLISHED);
    assertThat(List.of(staged, writing, beforeSwap)).allSatisfy(r -> assertThat(outcome(warehouse, r)).isEqualTo(Outcome.ABORTED));
    try (Stream<Path> staging = Files.list(warehouse.resolve("staging"))) {
      assertThat(staging).isEmpty();
    }
    assertThat(warehouse.resolve("LOCK")).doesNotExist();
    assertThat(readEveryTable(warehouse, "v-000003")).isEqualTo(published);
  }

  /** Starts a run that pauses at {@code point}, kills it there, and returns its run id. */
  private static String kill(Path warehouse, PausePoint point) throws Exception {
    List<String> before = runIds(warehouse);
    PipelineProcess run = PipelineProcess.runSample(warehouse, point);
    run.killWhenPaused(point);
    List<String> after = runIds(warehouse);
    after.removeAll(before);
    assertThat(after).as("the killed run recorded itself").hasSize(1);
    return after.get(0);
  }

  /** Reads every table the version's manifest lists, as the dashboard does, and counts its rows. */
  private static Map<String, Long> readEveryTable(Path warehouse, String version) throws IOException {
    JsonNode manifest = Warehouse.JSON.readTree(warehouse.resolve("versions").resolve(version).resolve("manifest.json").toFile());
    Map<String, Long> counts = new java.util.TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = manifest.get("tables").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> table = it.next();
      long rows = SharedSpark.get().read().parquet(warehouse.resolve("versions").resolve(version)
          .resolve(table.getKey()).toString()).count();
      assertThat(rows).as(version + "/" + table.getKey()).isEqualTo(table.getValue().asLong());
      if (!table.getKey().startsWith("pipeline_run")) { // the run history grows with every run, by design
        counts.put(table.getKey(), rows);
      }
    }
    return counts;
  }

  private static String current(Path warehouse) throws IOException {
    return Files.readString(warehouse.resolve("CURRENT")).trim();
  }

  private static List<String> versions(Path warehouse) throws IOException {
    try (Stream<Path> versions = Files.list(warehouse.resolve("versions"))) {
      return versions.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static List<String> runIds(Path warehouse) {
    return new java.util.ArrayList<>(Warehouse.open(warehouse.toString(), new Configuration()).runs().stream()
        .map(RunRecord::runId).toList());
  }

  private static Outcome outcome(Path warehouse, String runId) {
    return Warehouse.open(warehouse.toString(), new Configuration()).runs().stream()
        .filter(r -> r.runId().equals(runId)).findFirst().orElseThrow().outcome();
  }
}
