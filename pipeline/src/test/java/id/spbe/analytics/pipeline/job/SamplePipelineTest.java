package id.spbe.analytics.pipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The main job on the bundled Kabupaten Blitar sample: the published indices are the real ones. */
class SamplePipelineTest {
  private final Path warehouse = PipelineRuns.publishedSample();

  @Test
  void blitarOfficialIndicesComeBackWithTheirPredikat() {
    List<Row> rows = PipelineRuns.table(warehouse, "instansi_index")
        .where("instansi_code = '6521' and source = 'official' and year in (2018, 2019, 2021)")
        .orderBy("year").collectAsList();
    assertThat(rows).extracting(r -> r.<Integer>getAs("year") + " " + r.<BigDecimal>getAs("index_value").toPlainString()
            + " " + r.getAs("predikat") + " " + r.getAs("basis") + " " + r.getAs("framework_id"))
        .containsExactly("2018 2.14 Cukup reported PERMEN_5_2018", "2019 2.90 Baik reported PERMEN_5_2018",
            "2021 2.76 Baik reported PERMEN_59_2020");
  }

  @Test
  void theSelfAssessmentOf2020IsKeptApartFromOfficialResults() {
    List<Row> rows = PipelineRuns.table(warehouse, "instansi_index").where("year = 2020").collectAsList();
    assertThat(rows).singleElement().satisfies(r -> {
      assertThat(r.<String>getAs("source")).isEqualTo("self_assessment");
      assertThat(r.<BigDecimal>getAs("index_value")).isEqualByComparingTo("3.70");
      assertThat(r.<String>getAs("predikat")).isEqualTo("Sangat Baik");
    });
  }

  @Test
  void pemdi2026IsComputedOnItsOwnCatalogAndBands() {
    Row row = PipelineRuns.table(warehouse, "instansi_index").where("year = 2026").collectAsList().get(0);
    assertThat(row.<String>getAs("framework_id")).isEqualTo("PEMDI_2026");
    assertThat(row.<String>getAs("index_scale")).isEqualTo("INDEKS_PEMDI");
    assertThat(row.<Long>getAs("indicators_total")).isEqualTo(20L);
  }

  @Test
  void theVersionHasAManifestAndTheRunIsRecorded() throws Exception {
    String version = PipelineRuns.current(warehouse);
    assertThat(version).isEqualTo("v-000001");
    assertThat(Files.readString(warehouse.resolve("versions").resolve(version).resolve("manifest.json")))
        .contains("\"instansi_index\"").contains("\"run_id\"");
    Row run = PipelineRuns.table(warehouse, "pipeline_run").collectAsList().get(0);
    assertThat(run.<String>getAs("outcome")).isEqualTo("PUBLISHED");
    assertThat(run.<Long>getAs("rows_rejected")).isZero();
    assertThat(PipelineRuns.table(warehouse, "pipeline_run_input").count()).isEqualTo(23); // the 23 sample files
    assertThat(Files.list(warehouse.resolve("staging")).count()).isZero();
  }
}
