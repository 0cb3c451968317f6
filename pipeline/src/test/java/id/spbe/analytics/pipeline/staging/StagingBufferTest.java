package id.spbe.analytics.pipeline.staging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.spbe.analytics.pipeline.SharedSpark;
import id.spbe.analytics.pipeline.facts.FactTable;
import id.spbe.analytics.pipeline.quarantine.ReasonCode;
import id.spbe.analytics.pipeline.quarantine.RowProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingBufferTest {
  private final SparkSession spark = SharedSpark.get();

  /** A small run's rows held in memory are the rows a large run reads back from its Parquet files, in order. */
  @Test
  void rowsHeldInMemoryAreTheRowsStagedToFiles(@TempDir java.nio.file.Path dir) throws Exception {
    StagedFacts inMemory = stage(dir.resolve("memory"), 100);
    StagedFacts inFiles = stage(dir.resolve("files"), 2);
    assertThat(inMemory).isInstanceOf(StagedFacts.InMemory.class);
    assertThat(inFiles).isInstanceOf(StagedFacts.InFiles.class);
    assertThat(dir.resolve("memory")).doesNotExist();
    assertThat(dir.resolve("files/indicator_assessment/part-00000.parquet")).isRegularFile();

    Map<FactTable, Dataset<Row>> held = inMemory.facts(spark);
    Map<FactTable, Dataset<Row>> read = inFiles.facts(spark);
    for (FactTable table : FactTable.values()) {
      assertThat(held.get(table).schema()).as(table.tableName()).isEqualTo(read.get(table).schema());
      assertThat(held.get(table).collectAsList()).as(table.tableName()).isEqualTo(read.get(table).collectAsList());
    }
    List<Row> assessments = held.get(FactTable.INDICATOR_ASSESSMENT).collectAsList();
    assertThat(assessments).hasSize(3);
    Row first = assessments.get(0);
    assertThat(first.<Integer>getAs("year")).isEqualTo(2026);
    assertThat(first.<BigDecimal>getAs("maturity_level")).isEqualByComparingTo("2.75");
    assertThat(first.getAs("submitted_on").toString()).isEqualTo("2026-06-15");
    assertThat(first.<String>getAs("justification")).isEqualTo("Baris \"pertama\";\nberlanjut");
    assertThat(first.<Long>getAs("source_row")).isEqualTo(7L);
    assertThat(assessments.get(2).<Object>getAs("maturity_level")).isNull();
    assertThat(held.get(FactTable.RPJMD_TARGET).count()).isEqualTo(1);

    assertThat(inMemory.rowProblems(spark).collectAsList()).isEqualTo(inFiles.rowProblems(spark).collectAsList())
        .hasSize(1);
    assertThat(inMemory.rowProblems(spark).first().<String>getAs("reason_code")).isEqualTo("LEVEL_OUT_OF_RANGE");
  }

  @Test
  void aValueItsColumnCannotHoldIsABugNamedByTableAndColumn(@TempDir java.nio.file.Path dir) throws Exception {
    StagingBuffer buffer = new StagingBuffer(100, new Path(dir.toUri()), () -> {
      throw new AssertionError("not spilled");
    });
    Map<String, Object> values = assessment(2026, "2,75");
    buffer.accept(FactTable.INDICATOR_ASSESSMENT, values, new RowOrigin("a.csv", "", 1));
    assertThatThrownBy(buffer::finish).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("indicator_assessment.maturity_level (decimal(5,2)) was given String 2,75");
  }

  private StagedFacts stage(java.nio.file.Path dir, long maxInMemory) throws Exception {
    Path staging = new Path(dir.toUri());
    try (StagingBuffer buffer = new StagingBuffer(maxInMemory, staging,
        () -> new ParquetStagingWriter(staging, new Configuration()))) {
      Map<String, Object> first = assessment(2026, new BigDecimal("2.75"));
      first.put("justification", "Baris \"pertama\";\nberlanjut");
      first.put("submitted_on", LocalDate.of(2026, 6, 15));
      buffer.accept(FactTable.INDICATOR_ASSESSMENT, first, new RowOrigin("penilaian.xlsx", "Isian", 7));
      buffer.accept(FactTable.INDICATOR_ASSESSMENT, assessment(2026, new BigDecimal("3")),
          new RowOrigin("penilaian.xlsx", "Isian", 8));
      buffer.reject(RowProblem.of("penilaian.xlsx", "Isian", 9, "tingkat_kematangan", "6", ReasonCode.LEVEL_OUT_OF_RANGE,
          "1-5", "1-5"));
      buffer.accept(FactTable.INDICATOR_ASSESSMENT, assessment(2025, null), new RowOrigin("penilaian.xlsx", "Isian", 10));
      Map<String, Object> target = new HashMap<>();
      target.put("instansi_code", "6521");
      target.put("year", 2026);
      target.put("target_index", new BigDecimal("3.5"));
      target.put("index_scale", "SPBE");
      buffer.accept(FactTable.RPJMD_TARGET, target, new RowOrigin("target.csv", "", 2));
      return buffer.finish();
    }
  }

  private static Map<String, Object> assessment(int year, Object level) {
    Map<String, Object> v = new HashMap<>();
    v.put("instansi_code", "6521");
    v.put("year", year);
    v.put("framework_id", "PEMDI_2026");
    v.put("source", "self_assessment");
    v.put("indicator_code", "I01");
    v.put("item_no", 1);
    v.put("maturity_level", level);
    v.put("opd_raw", "Diskominfo");
    v.put("is_illustrative", true);
    return v;
  }
}
