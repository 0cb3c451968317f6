package id.spbe.analytics.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.analytics.pipeline.facts.FactTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The fill-in templates ingest cleanly as written, and their example row ingests to the documented values. */
class TemplateTest {
  /** The table each kind's example row lands in and the values it must have there. */
  private static final Map<InputKind, FactTable> TABLE = Map.ofEntries(
      Map.entry(InputKind.OFFICIAL_RESULT, FactTable.INDICATOR_ASSESSMENT),
      Map.entry(InputKind.SELF_ASSESSMENT, FactTable.INDICATOR_ASSESSMENT),
      Map.entry(InputKind.RPJMD_TARGET, FactTable.RPJMD_TARGET), Map.entry(InputKind.INDICATOR_OWNER, FactTable.INDICATOR_OWNER),
      Map.entry(InputKind.INDICATOR_TARGET, FactTable.INDICATOR_TARGET), Map.entry(InputKind.OPD, FactTable.OPD),
      Map.entry(InputKind.INSTANSI, FactTable.INSTANSI),
      Map.entry(InputKind.SELF_ASSESSMENT_DEADLINE, FactTable.SELF_ASSESSMENT_DEADLINE),
      Map.entry(InputKind.IMPROVEMENT_EFFORT, FactTable.IMPROVEMENT_EFFORT),
      Map.entry(InputKind.EXTERNAL_INDEX_VALUE, FactTable.EXTERNAL_INDEX_VALUE),
      Map.entry(InputKind.EVIDENCE, FactTable.EVIDENCE_ITEM));
  private static final Map<InputKind, String> EXPECTED = Map.ofEntries(Map.entry(InputKind.EVIDENCE,
      "6521|2026|PEMDI_2026|1|Diskominfo|2026-07-02|2|I1-L2-02|revisi|tidak_tepat"), Map.entry(
      InputKind.OFFICIAL_RESULT, "6521|2025|PERMEN_59_2020|official|12|1|3"),
      Map.entry(InputKind.SELF_ASSESSMENT, "6521|2025|PERMEN_59_2020|self_assessment|12|1|3|Diskominfo|2025-06-30"),
      Map.entry(InputKind.RPJMD_TARGET, "6521|2025|3.5|2021-2026|INDEKS_SPBE"),
      Map.entry(InputKind.INDICATOR_OWNER, "6521|2025|PERMEN_59_2020|12|Diskominfo"),
      Map.entry(InputKind.INDICATOR_TARGET, "6521|2025|PERMEN_59_2020|12|4"),
      Map.entry(InputKind.OPD, "6521|KOMINFO|Dinas Komunikasi dan Informatika|Diskominfo"),
      Map.entry(InputKind.INSTANSI, "6521|Kabupaten Blitar|kabupaten|35|Jawa Timur"),
      Map.entry(InputKind.SELF_ASSESSMENT_DEADLINE, "6521|2025|2025-07-05"),
      Map.entry(InputKind.IMPROVEMENT_EFFORT, "6521|PERMEN_59_2020|12|3|2"),
      Map.entry(InputKind.EXTERNAL_INDEX_VALUE, "6521|2026|PEMDI_2026|5|2.35|Indeks SDI 2026"));
  private static final List<String> SHOWN = List.of("instansi_code", "instansi_name", "instansi_kind", "province_code",
      "province_name", "opd_code", "opd_name", "opd_short", "year", "framework_id", "source", "indicator_code", "item_no",
      "maturity_level", "opd_raw", "submitted_on", "target_index", "rpjmd_period", "index_scale", "target_level",
      "deadline", "from_level", "effort", "value", "external_index", "snapshot_on", "level", "item_code", "status",
      "revision_kind");

  private final TemplateWriter writer = new TemplateWriter(IngestRun.CATALOG);
  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(InputKind.class)
  void anUnfilledTemplateHasAHeaderTheKindTakesAndNoDataRows(InputKind kind) throws IOException {
    Path csv = writer.write(kind, InputFormat.CSV, dir, false);
    Path xlsx = writer.write(kind, InputFormat.XLSX, dir, false);
    // a header the kind takes (no MISSING_COLUMN), but without rows it is a mistake, not an input (issue 14, 5)
    InputRejectedException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
        InputRejectedException.class, () -> IngestRun.of(csv, xlsx));
    assertThat(refused.problems()).extracting(FileProblem::code).containsOnly(FileProblemCode.NO_DATA_ROWS).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(InputKind.class)
  void theExampleRowIngestsToTheDocumentedValuesFromCsvAndXlsx(InputKind kind) throws IOException {
    Path csv = writer.write(kind, InputFormat.CSV, Files.createDirectories(dir.resolve("csv")), true);
    Path xlsx = writer.write(kind, InputFormat.XLSX, Files.createDirectories(dir.resolve("xlsx")), true);
    for (Path template : List.of(csv, xlsx)) {
      IngestRun run = IngestRun.of(template);
      assertThat(run.problems()).as(template.toString()).isEmpty();
      assertThat(run.rows(TABLE.get(kind))).as(template.toString()).singleElement()
          .satisfies(row -> assertThat(shown(row)).isEqualTo(EXPECTED.get(kind)));
    }
  }

  @ParameterizedTest
  @EnumSource(InputKind.class)
  void aTemplateHasEveryColumnItsKindTakesAndNoOther(InputKind kind) {
    Set<Field> columns = EnumSet.noneOf(Field.class);
    InputTemplate.columns(kind).forEach(c -> columns.add(c.field()));
    Set<Field> accepted = EnumSet.copyOf(kind.required());
    accepted.addAll(kind.optional());
    assertThat(columns).isEqualTo(accepted);
    assertThat(InputKind.byName(InputTemplate.fileName(kind, InputFormat.XLSX))).contains(kind);
  }

  @ParameterizedTest
  @EnumSource(value = InputKind.class, names = {"SELF_ASSESSMENT", "OFFICIAL_RESULT"})
  void theWorkbookExplainsEveryColumnAndListsLevelsAndIndicators(InputKind kind) throws IOException {
    Path xlsx = writer.write(kind, InputFormat.XLSX, dir, false);
    try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = WorkbookFactory.create(in)) {
      assertThat(workbook.getSheetName(0)).isEqualTo("Data");
      assertThat(workbook.getSheetName(1)).isEqualTo("Petunjuk");
      assertThat(workbook.getSheetName(2)).isEqualTo("Referensi");
      List<String> guide = texts(workbook.getSheet("Petunjuk"));
      for (InputTemplate.Column column : InputTemplate.columns(kind)) {
        assertThat(guide).as(column.field().headerName()).anySatisfy(line -> assertThat(line)
            .startsWith(column.field().headerName() + "|" + (column.required() ? "wajib" : "pilihan"))
            .contains(column.field().aliases().get(column.field().aliases().size() - 1)));
      }
      List<String> reference = texts(workbook.getSheet("Referensi"));
      assertThat(reference).contains("PERMEN_59_2020|2020-2025|proses|3|Terdefinisi|Defined");
      assertThat(reference).anySatisfy(l -> assertThat(l).startsWith("PERMEN_5_2018|35|").endsWith("|35-1 .. 35-3"));
      int indicatorColumn = List.of(texts(workbook.getSheet("Data")).get(0).split("\\|")).indexOf("indikator");
      assertThat(workbook.getSheet("Data").getColumnStyle(indicatorColumn).getDataFormatString())
          .as("indicator cells are text, so Excel keeps 35-2").isEqualTo("@");
    }
  }

  @ParameterizedTest
  @EnumSource(value = InputKind.class, names = "SELF_ASSESSMENT")
  void theCsvTemplateIsWhatIndonesianExcelOpensInColumns(InputKind kind) throws IOException {
    byte[] bytes = Files.readAllBytes(writer.write(kind, InputFormat.CSV, dir, false));
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFtahun;kode_instansi;kerangka;lingkup;kode;"
        + "indikator;tingkat_kematangan;opd_pengampu;penjelasan;data_dukung;tanggal_pengisian;predikat;ilustratif;"
        + "keterangan\r\n");
  }

  private static String shown(Map<String, Object> row) {
    List<String> values = new ArrayList<>();
    for (String column : SHOWN) {
      if (row.containsKey(column) && row.get(column) != null && !"".equals(row.get(column))) {
        values.add(row.get(column).toString());
      }
    }
    return String.join("|", values);
  }

  private static List<String> texts(Sheet sheet) {
    List<String> lines = new ArrayList<>();
    for (Row row : sheet) {
      List<String> cells = new ArrayList<>();
      row.forEach(c -> cells.add(c.toString()));
      lines.add(String.join("|", cells));
    }
    return lines;
  }
}
