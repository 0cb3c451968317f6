package id.spbe.analytics.pipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.analytics.contract.WarehouseLayout;
import id.spbe.analytics.pipeline.SharedSpark;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A planner who corrects one year re-ingests only that year's file into the published warehouse. What that publishes
 * must be exactly what a full run over the corrected inputs publishes: every table, every row, every value.
 */
class ReingestEqualsFullRunTest {
  /** Run bookkeeping differs by nature between one run and two (run ids, times, the files each run read). */
  private static final Set<String> RUN_TABLES = Set.of("pipeline_run", "pipeline_run_input", "quarantined_row");
  private static final String CORRECTED = "hasil-resmi-indikator-2024.csv";

  @TempDir
  Path dir;

  @Test
  void aOneYearReingestPublishesTablesIdenticalToAFullRunOverTheSameInputs() throws IOException {
    // the 2024 official results, corrected: indicator 1 from level 3 to 5 and indicator 2 from 4 to 3
    Path full = PipelineRuns.copyOfSample(dir.resolve("full"));
    String original = Files.readString(full.resolve(CORRECTED));
    assertThat(original).contains("\n2024,6521,1,3,ya\n").contains("\n2024,6521,2,4,ya\n");
    String corrected = original.replace("\n2024,6521,1,3,ya\n", "\n2024,6521,1,5,ya\n")
        .replace("\n2024,6521,2,4,ya\n", "\n2024,6521,2,3,ya\n");
    Files.writeString(full.resolve(CORRECTED), corrected);
    Path oneYear = Files.createDirectories(dir.resolve("one-year")).resolve(CORRECTED);
    Files.writeString(oneYear, corrected);

    Path fullRun = dir.resolve("full-run");
    PipelineRuns.run(fullRun, full);
    Path reingested = dir.resolve("reingested");
    PipelineRuns.run(reingested, SharedSpark.blitarSample());
    List<String> before2024 = PipelineRuns.rows(reingested, "indicator_assessment");
    PipelineRuns.run(reingested, oneYear);

    List<String> tables = tables(fullRun);
    assertThat(tables(reingested)).isEqualTo(tables);
    assertThat(tables).hasSizeGreaterThan(40).contains("instansi_index", "gap_to_target", "action_plan");
    for (String table : tables) {
      if (!RUN_TABLES.contains(table)) {
        assertThat(PipelineRuns.rows(reingested, table)).as(table)
            .containsExactlyElementsOf(PipelineRuns.rows(fullRun, table));
      }
    }
    // the correction really landed, so the equality above is not two copies of the unchanged sample
    assertThat(PipelineRuns.rows(reingested, "indicator_assessment")).isNotEqualTo(before2024);
    // 2024's index is the published figure (basis reported), so the correction shows in the index computed from the
    // indicators: both weigh 1.30 of 100 under 59/2020, so (1.30 x 2 - 1.30 x 1) / 100 = +0.013
    Row after = PipelineRuns.table(reingested, "instansi_index")
        .where("year = 2024 and source = 'official'").collectAsList().get(0);
    Row before = PipelineRuns.table(PipelineRuns.publishedSample(), "instansi_index")
        .where("year = 2024 and source = 'official'").collectAsList().get(0);
    assertThat(after.<BigDecimal>getAs("computed_value").subtract(before.<BigDecimal>getAs("computed_value")))
        .isEqualByComparingTo("0.013");
  }

  private static List<String> tables(Path warehouse) throws IOException {
    Path version = WarehouseLayout.versionDir(warehouse, PipelineRuns.current(warehouse));
    try (Stream<Path> entries = Files.list(version)) {
      return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
