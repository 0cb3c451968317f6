package id.spbe.analytics.pipeline.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.spbe.analytics.pipeline.SharedSpark;
import java.io.FileInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Idempotent runs, slice replacement, the safe default on refused rows, dry runs. */
class PublishingTest {
  @TempDir
  Path dir;

  @Test
  void rerunningTheSameInputsPublishesTheSameTables() {
    Path warehouse = dir.resolve("wh");
    PipelineRuns.run(warehouse, SharedSpark.blitarSample());
    List<String> first = PipelineRuns.rows(warehouse, "instansi_index");
    List<String> firstFacts = PipelineRuns.rows(warehouse, "indicator_assessment");
    PipelineRuns.run(warehouse, SharedSpark.blitarSample());
    assertThat(PipelineRuns.current(warehouse)).isEqualTo("v-000002");
    assertThat(PipelineRuns.rows(warehouse, "instansi_index")).isEqualTo(first);
    assertThat(PipelineRuns.rows(warehouse, "indicator_assessment")).isEqualTo(firstFacts);
  }

  @Test
  void reingestingOneYearReplacesExactlyThatSlice() throws Exception {
    Path warehouse = dir.resolve("wh");
    PipelineRuns.run(warehouse, SharedSpark.blitarSample());
    List<String> before = PipelineRuns.rows(warehouse, "instansi_index");
    // the 2023 official results again, every indicator now at level 4
    Path corrected = dir.resolve("hasil-resmi-indikator-2023.csv");
    StringBuilder csv = new StringBuilder("tahun,kode_instansi,indikator,tingkat_kematangan\n");
    for (int i = 1; i <= 47; i++) {
      csv.append("2023,6521,").append(i).append(",4\n");
    }
    Files.writeString(corrected, csv);
    PipelineRuns.run(warehouse, corrected);
    List<Row> rows = PipelineRuns.table(warehouse, "instansi_index").where("year = 2023 and source = 'official'").collectAsList();
    assertThat(rows).singleElement().satisfies(r -> assertThat(r.<BigDecimal>getAs("index_value")).isEqualByComparingTo("4.00"));
    List<String> after = PipelineRuns.rows(warehouse, "instansi_index");
    assertThat(after.stream().filter(r -> !r.startsWith("6521|2023|PERMEN_59_2020|Indeks SPBE|INDEKS_SPBE|official")))
        .containsExactlyElementsOf(before.stream()
            .filter(r -> !r.startsWith("6521|2023|PERMEN_59_2020|Indeks SPBE|INDEKS_SPBE|official")).toList());
  }

  @Test
  void refusedRowsPublishNothingAndLeaveAReportByDefault() throws Exception {
    Path warehouse = dir.resolve("wh");
    PipelineRuns.run(warehouse, SharedSpark.blitarSample());
    Path bad = dir.resolve("penilaian-mandiri-2025-revisi.csv");
    Files.writeString(bad, """
        tahun;kode_instansi;indikator;tingkat_kematangan;opd_pengampu
        2025;6521;1;4;BAPPEDA
        2025;6521;99;3;BAPPEDA
        2025;6521;2;4;Dinas Tidak Ada
        2025;9999;3;4;BAPPEDA
        """);
    assertThatThrownBy(() -> PipelineRuns.run(warehouse, bad))
        .isInstanceOfSatisfying(RowsRejectedException.class, e -> assertThat(e.rejectedRows()).isEqualTo(3));
    assertThat(PipelineRuns.current(warehouse)).isEqualTo("v-000001");
    assertThat(versions(warehouse)).containsExactly("v-000001");
    Path report;
    try (Stream<Path> runs = Files.walk(warehouse.resolve("runs"))) {
      report = runs.filter(p -> p.getFileName().toString().equals("quarantine-report.xlsx")).findFirst().orElseThrow();
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook(new FileInputStream(report.toFile()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
      assertThat(List.of(cells(sheet, 1), cells(sheet, 2), cells(sheet, 3))).containsExactlyInAnyOrder(
          "penilaian-mandiri-2025-revisi.csv|3|indikator|99|UNKNOWN_INDICATOR",
          "penilaian-mandiri-2025-revisi.csv|4|opd_pengampu|Dinas Tidak Ada|UNKNOWN_OPD",
          "penilaian-mandiri-2025-revisi.csv|5|kode_instansi|9999|UNKNOWN_INSTANSI");
    }

    RunResult anyway = PipelineRuns.run(warehouse, List.of(bad.toString()), true, false);
    assertThat(anyway.record().version()).isEqualTo("v-000002");
    assertThat(anyway.record().publishedWithRejectedRows()).isTrue();
    assertThat(PipelineRuns.table(warehouse, "indicator_assessment")
        .where("year = 2025 and source = 'self_assessment'").count()).isEqualTo(1);
    assertThat(PipelineRuns.table(warehouse, "quarantined_row").count()).isEqualTo(6);
  }

  @Test
  void conflictingDuplicatesAcrossFilesAreBothRefused() throws Exception {
    Path warehouse = dir.resolve("wh");
    Path a = dir.resolve("hasil-resmi-a.csv");
    Path b = dir.resolve("hasil-resmi-b.csv");
    Files.writeString(a, "tahun,kode_instansi,indikator,nilai\n2024,6521,1,3\n2024,6521,2,3\n");
    Files.writeString(b, "tahun,kode_instansi,indikator,nilai\n2024,6521,1,4\n2024,6521,2,3\n");
    assertThatThrownBy(() -> PipelineRuns.run(warehouse, a, b)).isInstanceOf(RowsRejectedException.class);
    RunResult dry = PipelineRuns.run(warehouse, List.of(a.toString(), b.toString()), false, true);
    assertThat(dry.sampleRejections()).extracting(r -> r.getAs("source_file") + ":" + r.getAs("source_row") + ":"
        + r.getAs("reason_code")).containsExactlyInAnyOrder("hasil-resmi-a.csv:2:DUPLICATE_CONFLICT",
        "hasil-resmi-b.csv:2:DUPLICATE_CONFLICT");
  }

  @Test
  void aDryRunComputesButWritesNothing() throws Exception {
    Path warehouse = dir.resolve("wh");
    RunResult result = PipelineRuns.run(warehouse, List.of(SharedSpark.blitarSample().toString()), false, true);
    assertThat(result.latestIndices()).isNotEmpty();
    assertThat(Files.exists(warehouse.resolve("CURRENT"))).isFalse();
    assertThat(versions(warehouse)).isEmpty();
    try (Stream<Path> runs = Files.list(warehouse.resolve("runs"))) {
      assertThat(runs.count()).isZero();
    }
  }

  private static String cells(Sheet sheet, int row) {
    var r = sheet.getRow(row);
    return r.getCell(0).getStringCellValue() + "|" + (long) r.getCell(2).getNumericCellValue() + "|"
        + r.getCell(3).getStringCellValue() + "|" + r.getCell(4).getStringCellValue() + "|" + r.getCell(5).getStringCellValue();
  }

  private static List<String> versions(Path warehouse) throws Exception {
    try (Stream<Path> v = Files.list(warehouse.resolve("versions"))) {
      return v.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
