package id.spbe.analytics.pipeline.ingest;

import id.spbe.analytics.pipeline.quarantine.ReasonCode;
import id.spbe.analytics.pipeline.quarantine.RowProblem;
import id.spbe.analytics.pipeline.run.FileContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.spbe.analytics.pipeline.facts.FactTable;
import id.spbe.analytics.pipeline.ingest.FileContextLocator.KnownInstansi;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files planners really receive, built here the way Excel and people write them (semicolons and decimal
 * commas, a BOM or Windows-1252, merged title rows), ingested without editing: issue 14, points 1, 2, 5 and 7.
 */
class PlannerFilesTest {
  private static final String INSTANSI_LIST = "kode_instansi;nama_instansi;jenis_instansi\r\n"
      + "6521;Kabupaten Blitar;kabupaten\r\n6572;Kota Blitar;kota\r\n35;Provinsi Jawa Timur;provinsi\r\n";

  @TempDir
  Path dir;

  // ---- 1. index tables as the decrees print them

  @Test
  void aDecreeIndexTableIsReadAsIndexRowsWithItsPredikatChecked() throws Exception {
    // as copied out of the Keputusan MenPANRB's PDF into Excel and saved as CSV on Windows: ; and decimal commas
    Path decree = write("hasil-resmi-kepmenpanrb-2021.csv", Charset.forName("windows-1252"),
        "KEPUTUSAN MENTERI PANRB \u2013 LAMPIRAN\r\n"
            + "No;Kode;Nama Instansi;Tahun;Indeks;Predikat\r\n"
            + "1;6521;Kabupaten Blitar;2021;2,76;Baik\r\n"
            + "2;6572;Kota Blitar;2021;3,12;Baik\r\n"
            + "3;3505;Kabupaten Contoh;2021;2,95;Sangat Baik\r\n"
            + "4;3506;Kabupaten Lain;2021;5,60;Memuaskan\r\n");
    IngestRun run = IngestRun.of(decree);

    List<Map<String, Object>> index = run.rows(FactTable.REPORTED_INDEX);
    assertThat(index).extracting(r -> r.get("instansi_code"), r -> r.get("scope"), r -> r.get("value"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("6521", "index", new BigDecimal("2.76")),
            org.assertj.core.groups.Tuple.tuple("6572", "index", new BigDecimal("3.12")));
    assertThat(run.rows(FactTable.INDICATOR_ASSESSMENT)).isEmpty();
    RowProblem predikat = problem(run, ReasonCode.PREDIKAT_MISMATCH);
    assertThat(predikat.rowNumber()).isEqualTo(5);
    assertThat(predikat.column()).isEqualTo("Predikat");
    assertThat(predikat.rawValue()).isEqualTo("Sangat Baik");
    assertThat(predikat.messageEn()).contains("index 2.95 is Baik").contains("PERMEN_59_2020");
    assertThat(predikat.messageId()).contains("indeks 2.95 berpredikat Baik");
    RowProblem outside = problem(run, ReasonCode.VALUE_OUT_OF_RANGE);
    assertThat(outside.rowNumber()).isEqualTo(6);
    assertThat(outside.rawValue()).isEqualTo("5,60");
    assertThat(run.file("hasil-resmi-kepmenpanrb-2021.csv").encoding()).isEqualTo("windows-1252");
  }

  @Test
  void aValueColumnNotNamedLikeAnIndexStillNeedsAnIndicatorColumn() throws Exception {
    Path file = write("hasil-resmi-2021.csv", StandardCharsets.UTF_8,
        "kode_instansi;tahun;nilai\r\n6521;2021;2,76\r\n");
    assertThatThrownBy(() -> IngestRun.of(file)).isInstanceOf(InputRejectedException.class)
        .satisfies(e -> assertThat(((InputRejectedException) e).problems())
            .extracting(FileProblem::code).containsExactly(FileProblemCode.MISSING_COLUMN));
  }

  // ---- 2. the year and the instansi in the title

  @Test
  void aSelfAssessmentWorkbookTakesYearAndInstansiFromItsMergedTitleRows() throws Exception {
    Path instansi = write("instansi.csv", StandardCharsets.UTF_8, INSTANSI_LIST);
    Path workbook = opdWorkbook("penilaian-mandiri-diskominfo.xlsx",
        "PENILAIAN MANDIRI SPBE PEMERINTAH KABUPATEN BLITAR PROVINSI JAWA TIMUR TAHUN 2025");
    IngestRun run = IngestRun.of(workbook, instansi);

    assertThat(run.rows(FactTable.INDICATOR_ASSESSMENT)).hasSize(2)
        .allSatisfy(r -> assertThat(r).containsEntry("year", 2025).containsEntry("instansi_code", "6521"));
    assertThat(run.problems()).isEmpty();
    FileContext context = run.file("penilaian-mandiri-diskominfo.xlsx").context();
    assertThat(context).isEqualTo(new FileContext("2025", "title row 1", "6521", "title row 1"));
    assertThat(context.describe()).isEqualTo("tahun/year 2025 ← title row 1; instansi 6521 ← title row 1");
    assertThat(run.file("instansi.csv").context().implied()).isFalse();
  }

  @Test
  void theCommandLineComesBeforeTheTitleAndTheFileNameAfterIt() throws Exception {
    Path workbook = opdWorkbook("penilaian-mandiri-diskominfo.xlsx", "PENILAIAN MANDIRI SPBE TAHUN 2025");
    IngestRun optioned = IngestRun.withOptions(2024, "6521", List.of(), workbook);
    assertThat(optioned.file("penilaian-mandiri-diskominfo.xlsx").context())
        .isEqualTo(new FileContext("2024", "--tahun", "6521", "--instansi"));
    assertThat(optioned.rows(FactTable.INDICATOR_ASSESSMENT)).allSatisfy(r -> assertThat(r).containsEntry("year", 2024));

    Path named = write("penilaian-mandiri-kabupaten-blitar-2025.csv", StandardCharsets.UTF_8,
        "indikator;tingkat_kematangan;opd_pengampu\r\n1;3;KOMINFO\r\n");
    IngestRun fromName = IngestRun.withOptions(null, null,
        List.of(new KnownInstansi("6521", "Kabupaten Blitar", "kabupaten")), named);
    assertThat(fromName.file("penilaian-mandiri-kabupaten-blitar-2025.csv").context()).isEqualTo(new FileContext(
        "2025", "file name 'penilaian-mandiri-kabupaten-blitar-2025'", "6521",
        "file name 'penilaian-mandiri-kabupaten-blitar-2025'"));
  }

  @Test
  void aDeadlineDateInTheTitleBlockIsNoYearButTwoYearsOrTwoInstansiRefuseTheFileNamingTheOption() throws Exception {
    Path instansi = write("instansi.csv", StandardCharsets.UTF_8, INSTANSI_LIST);
    Path twoYears = opdWorkbook("penilaian-mandiri-a.xlsx", "PENILAIAN MANDIRI KABUPATEN BLITAR TAHUN 2024 DAN TAHUN 2025");
    Path twoInstansi = opdWorkbook("penilaian-mandiri-b.xlsx", "REKAP KOTA BLITAR DAN KABUPATEN BLITAR TAHUN 2025");
    Path nothing = write("penilaian-mandiri-c.csv", StandardCharsets.UTF_8,
        "Batas pengisian: 2 Juli 2025\r\nindikator;tingkat_kematangan;opd_pengampu\r\n1;3;KOMINFO\r\n");

    assertThatThrownBy(() -> IngestRun.of(twoYears, twoInstansi, nothing, instansi))
        .isInstanceOfSatisfying(InputRejectedException.class, e -> {
          assertThat(e.problems()).extracting(FileProblem::file, FileProblem::code).containsExactly(
              org.assertj.core.groups.Tuple.tuple("penilaian-mandiri-a.xlsx", FileProblemCode.AMBIGUOUS_YEAR),
              org.assertj.core.groups.Tuple.tuple("penilaian-mandiri-b.xlsx", FileProblemCode.AMBIGUOUS_INSTANSI),
              org.assertj.core.groups.Tuple.tuple("penilaian-mandiri-c.csv", FileProblemCode.MISSING_COLUMN));
          assertThat(e.problems().get(0).messageEn()).contains("2024, 2025").contains("--tahun");
          assertThat(e.problems().get(0).messageId()).contains("--tahun");
          assertThat(e.problems().get(1).messageEn()).contains("6572 Kota Blitar").contains("6521 Kabupaten Blitar")
              .contains("--instansi");
          assertThat(e.problems().get(2).messageEn()).contains("--tahun 2025");
        });
  }

  // ---- 5. a header and no rows

  @Test
  void aHeaderWithoutRowsIsANoteBesideOtherFilesAndARefusalAlone() throws Exception {
    Path empty = write("penilaian-mandiri-2025.csv", StandardCharsets.UTF_8,
        "\uFEFFtahun;kode_instansi;indikator;tingkat_kematangan;opd_pengampu\r\n;;;;\r\n");
    Path rows = write("hasil-resmi-2021.csv", StandardCharsets.UTF_8,
        "tahun;kode_instansi;lingkup;nilai\r\n2021;6521;indeks;2,76\r\n");

    IngestRun both = IngestRun.of(empty, rows);
    assertThat(both.file("penilaian-mandiri-2025.csv").notes()).containsExactly("NO_DATA_ROWS");
    assertThat(both.file("hasil-resmi-2021.csv").notes()).isEmpty();

    assertThatThrownBy(() -> IngestRun.of(empty)).isInstanceOfSatisfying(InputRejectedException.class, e -> {
      assertThat(e.problems()).extracting(FileProblem::code).containsExactly(FileProblemCode.NO_DATA_ROWS);
      assertThat(e.problems().get(0).messageEn()).contains("only its header (row 1)");
    });
  }

  // ---- 7. a warehouse inside an input folder

  @Test
  void theWarehouseInsideTheInputFolderIsSkipped() throws Exception {
    write("hasil-resmi-2021.csv", StandardCharsets.UTF_8, "tahun;kode_instansi;lingkup;nilai\r\n2021;6521;indeks;2,76\r\n");
    Path warehouse = Files.createDirectories(dir.resolve("warehouse").resolve("runs").resolve("R1"));
    Files.writeString(warehouse.resolve("run.json"), "{}");
    Path other = Files.createDirectories(dir.resolve("gudang-lama").resolve("versions"));
    Files.createDirectories(dir.resolve("gudang-lama").resolve("runs"));
    Files.writeString(other.resolve("manifest.json"), "{}");
    InputDiscovery discovery = new InputDiscovery(new Configuration());

    InputDiscovery.Discovery found = discovery.scan(List.of(dir.toString()), Optional.empty(), null,
        Optional.of(dir.resolve("warehouse").toString()));
    assertThat(found.problems()).isEmpty();
    assertThat(found.files()).extracting(InputFile::displayName).containsExactly("hasil-resmi-2021.csv");

    // without the option, only the layout tells: the named warehouse has no CURRENT yet, so it is read
    InputDiscovery.Discovery unnamed = discovery.scan(List.of(dir.toString()), Optional.empty(), null);
    assertThat(unnamed.problems()).extracting(FileProblem::code).containsExactly(FileProblemCode.UNKNOWN_KIND);
  }

  // ---- documented, now tested: encodings, workbook formats, formula cells

  @Test
  void utf8WithoutABomKeepsItsNonAsciiText() throws Exception {
    String justification = "Kebijakan \u201CSPBE\u201D \u2013 r\u00E9viu 2025, dikelola Diskominfo \u00B7 \u00BD";
    Path file = write("penilaian-mandiri-2025.csv", StandardCharsets.UTF_8,
        "tahun;kode_instansi;indikator;tingkat_kematangan;opd_pengampu;penjelasan\r\n"
            + "2025;6521;1;3;KOMINFO;" + justification + "\r\n");
    assertThat(Files.readAllBytes(file)[0]).isEqualTo((byte) 't'); // no BOM
    IngestRun run = IngestRun.of(file);
    assertThat(run.file("penilaian-mandiri-2025.csv").encoding()).isEqualTo("UTF-8");
    assertThat(run.rows(FactTable.INDICATOR_ASSESSMENT)).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("justification", justification));
  }

  @Test
  void xlsAndXlsmWorkbooksAreReadAndFormulaCellsGiveTheirLastValue() throws Exception {
    for (String name : List.of("penilaian-mandiri-2025.xls", "penilaian-mandiri-2025.xlsm")) {
      org.apache.poi.ss.usermodel.Workbook workbook = name.endsWith(".xls")
          ? new org.apache.poi.hssf.usermodel.HSSFWorkbook()
          : new org.apache.poi.xssf.usermodel.XSSFWorkbook(org.apache.poi.xssf.usermodel.XSSFWorkbookType.XLSM);
      org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Data");
      String[] header = {"tahun", "kode_instansi", "indikator", "tingkat_kematangan", "opd_pengampu"};
      org.apache.poi.ss.usermodel.Row top = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        top.createCell(i).setCellValue(header[i]);
      }
      org.apache.poi.ss.usermodel.Row row = sheet.createRow(1);
      row.createCell(0).setCellValue(2025);
      row.createCell(1).setCellValue(6521);
      row.createCell(2).setCellValue(12);
      row.createCell(3).setCellFormula("MIN(5,1+3)"); // a level computed in the sheet: its cached 4 is the value
      row.createCell(4).setCellValue("BAPPEDA");
      workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
      Path file = dir.resolve(name);
      try (workbook; java.io.OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
      IngestRun run = IngestRun.of(file);
      assertThat(run.problems()).as(name).isEmpty();
      assertThat(run.rows(FactTable.INDICATOR_ASSESSMENT)).as(name).singleElement()
          .satisfies(r -> assertThat(r).containsEntry("maturity_level", 4).containsEntry("indicator_code", "12")
              .containsEntry("year", 2025).containsEntry("instansi_code", "6521"));
      assertThat(run.file(name).format()).as(name).isEqualTo("XLSX");
      Files.delete(file);
    }
  }

  /** An OPD's own workbook: merged title, a deadline row, a header without tahun or kode_instansi. */
  private Path opdWorkbook(String name, String title) throws Exception {
    return new Workbooks().sheet("Penilaian")
        .row(1, title, title, title, title).merge("A1:D1")
        .row(2, "Batas pengisian: 2 Juli 2025")
        .row(4, "No", "Indikator", "Tingkat Kematangan", "OPD Pengampu")
        .row(5, 1, 1, "3 - Terdefinisi", "Dinas Kominfo")
        .row(6, 2, 2, 4.0, "Dinas Kominfo")
        .writeTo(dir.resolve(name));
  }

  private Path write(String name, Charset charset, String text) throws Exception {
    return Files.write(dir.resolve(name), text.getBytes(charset));
  }

  private static RowProblem problem(IngestRun run, ReasonCode reason) {
    return run.problems().stream().filter(p -> p.reason() == reason).findFirst().orElseThrow(
        () -> new AssertionError("no " + reason + " in " + run.problems()));
  }
}
