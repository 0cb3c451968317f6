package id.spbe.analytics.pipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.analytics.pipeline.SharedSpark;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A regency's run is Spark's fixed cost per job, much of it generating and compiling code (docs/benchmark.md): once
 * the sample's rows are staged, the job interprets its expressions instead, and leaves the session as it found it.
 */
class SmallRunInterpretedTest {
  private static final String FACTORY_MODE = "spark.sql.codegen.factoryMode";

  @Test
  void theSampleIsInterpretedFromTheCrossRowChecksOn(@TempDir Path warehouse) {
    SparkSession spark = SharedSpark.get();
    // the setting in force as each step of the run reports itself (tables are written from several threads)
    Map<String, String> modeAt = new ConcurrentHashMap<>();
    RunConfig config = new RunConfig(List.of(SharedSpark.blitarSample().toString()), warehouse.toString(),
        SharedSpark.referenceDir(), Optional.empty(), null, false, false, 5);
    RunResult result = new PipelineJob(spark, PipelineRuns.CATALOG,
        message -> modeAt.put(message, spark.conf().get(FACTORY_MODE)), Clock.systemUTC())
        .run(config);

    // the sample's 1,069 lines in 23 files, less one header line each
    assertThat(result.record().rowsRead()).isEqualTo(1_046);
    assertThat(modeAt).containsEntry("check rows against each other and the published state", "NO_CODEGEN")
        .containsEntry("publish v-000001", "NO_CODEGEN")
        .containsEntry("write indicator_assessment", "NO_CODEGEN")
        .containsEntry("compute instansi_index", "NO_CODEGEN");
    assertThat(modeAt.entrySet()).as("reading the files, before the rows are counted")
        .filteredOn(e -> e.getKey().startsWith("read ")).isNotEmpty()
        .allSatisfy(e -> assertThat(e.getValue()).as("Spark's default").isEqualTo("FALLBACK"));
    assertThat(spark.conf().contains(FACTORY_MODE)).as("the session after the run").isFalse();
    assertThat(spark.conf().contains("spark.sql.codegen.wholeStage")).as("the session after the run").isFalse();
  }
}
