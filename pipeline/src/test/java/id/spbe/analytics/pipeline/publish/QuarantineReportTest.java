package id.spbe.analytics.pipeline.publish;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.analytics.pipeline.staging.StagedFacts;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook a planner opens: every refused cell, then where to start, and nothing in it runs as a formula. */
class QuarantineReportTest {
  private static final StructType SHAPE = StructType.fromDDL(StagedFacts.ROW_PROBLEM_DDL);
  @TempDir
  Path dir;

  @Test
  void listsEveryRefusedCellAndSummarisesThemPerFileAndReason() throws Exception {
    List<Row> problems = List.of(
        problem("bappeda/penilaian-mandiri-2025.xlsx", "Data", 7, "Tingkat Kematangan", "6", "LEVEL_OUT_OF_RANGE"),
        problem("bappeda/penilaian-mandiri-2025.xlsx", "Data", 9, "Tingkat Kematangan", "=1+1", "BAD_NUMBER"),
        problem("bappeda/penilaian-mandiri-2025.xlsx", "Data", 12, "Tingkat Kematangan", "7", "LEVEL_OUT_OF_RANGE"),
        problem("target-rpjmd.csv", "", 3, "skala", "INDEKS_XYZ", "UNKNOWN_INDEX_SCALE"));
    Path report = dir.resolve("quarantine-report.xlsx");
    long written = QuarantineReport.write(FileSystem.getLocal(new Configuration()),
        new org.apache.hadoop.fs.Path(report.toString()), problems.iterator());
    assertThat(written).isEqualTo(4);
    try (InputStream in = Files.newInputStream(report); Workbook workbook = WorkbookFactory.create(in)) {
      Sheet cells = workbook.getSheet("Karantina");
      assertThat(lines(cells)).containsExactly(
          "Berkas / File|Lembar / Sheet|Baris / Row|Kolom / Column|Nilai / Value|Kode alasan / Reason code|Pesan|Message",
          "bappeda/penilaian-mandiri-2025.xlsx|Data|7.0|Tingkat Kematangan|6|LEVEL_OUT_OF_RANGE|pesan|message",
          "bappeda/penilaian-mandiri-2025.xlsx|Data|9.0|Tingkat Kematangan|=1+1|BAD_NUMBER|pesan|message",
          "bappeda/penilaian-mandiri-2025.xlsx|Data|12.0|Tingkat Kematangan|7|LEVEL_OUT_OF_RANGE|pesan|message",
          "target-rpjmd.csv||3.0|skala|INDEKS_XYZ|UNKNOWN_INDEX_SCALE|pesan|message");
      assertThat(cells.getRow(2).getCell(4).getCellType()).as("a value is shown, never evaluated")
          .isEqualTo(CellType.STRING);
      assertThat(lines(workbook.getSheet("Ringkasan"))).containsExactly(
          "Berkas / File|Kode alasan / Reason code|Sel ditolak / Refused cells|Baris pertama / First row",
          "bappeda/penilaian-mandiri-2025.xlsx|BAD_NUMBER|1.0|9.0",
          "bappeda/penilaian-mandiri-2025.xlsx|LEVEL_OUT_OF_RANGE|2.0|7.0",
          "target-rpjmd.csv|UNKNOWN_INDEX_SCALE|1.0|3.0");
    }
  }

  private static Row problem(String file, String sheet, long row, String column, String raw, String reason) {
    return new GenericRowWithSchema(new Object[] {file, sheet, row, column, raw, reason, "pesan", "message"}, SHAPE);
  }

  private static List<String> lines(Sheet sheet) {
    List<String> lines = new ArrayList<>();
    for (org.apache.poi.ss.usermodel.Row row : sheet) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < row.getLastCellNum(); i++) {
        cells.add(row.getCell(i) == null ? "" : row.getCell(i).toString());
      }
      lines.add(String.join("|", cells));
    }
    return lines;
  }
}
