package id.spbe.analytics.pipeline.ingest;

import id.spbe.analytics.pipeline.quarantine.ReasonCode;
import id.spbe.analytics.pipeline.quarantine.RowProblem;
import id.spbe.analytics.pipeline.run.FileSummary;

import static id.spbe.analytics.pipeline.ingest.IngestRun.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.spbe.analytics.pipeline.facts.FactTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files planners really hand over, each read with its exact outcome: which rows are taken with which values,
 * which are refused with which reason at which row. CSV and JSON fixtures live in src/test/resources/fixtures/ingest
 * (their bytes matter: BOM, CRLF, Windows-1252); workbooks are built here with POI.
 */
class FixtureCorpusTest {
  @TempDir
  Path dir;

  @Test
  void indonesianExcelCsvWithBomTitleRowsColumnNumbersAndARepeatedHeader() {
    IngestRun run = IngestRun.of(fixture("penilaian-mandiri-2023-excel-id.csv"));
    FileSummary file = run.file("penilaian-mandiri-2023-excel-id.csv");
    assertThat(file.encoding()).isEqualTo("UTF-8");
    assertThat(file.separator()).isEqualTo(";");
    assertThat(file.headerRow()).isEqualTo(4);
    assertThat(file.ignoredColumns()).containsExactly("No");
    assertThat(run.rows(FactTable.INDICATOR_ASSESSMENT))
        .extracting(r -> r.get("source_row"), r -> r.get("indicator_code"), r -> r.get("maturity_level"),
            r -> r.get("opd_raw"), r -> r.get("justification"), r -> r.get("framework_id"))
        .containsExactly(
            tuple(6L, "1", 3, "Bappeda", "Perbup 12/2021; diterapkan di seluruh OPD", "PERMEN_59_2020"),
            tuple(7L, "2", 4, "Bappeda", "Sudah terpadu", "PERMEN_59_2020"),
            tuple(8L, "3", 3, "Diskominfo", null, "PERMEN_59_2020"), // a blank justification is null, not 
            tuple(9L, "32", 3, "Diskominfo", "Layanan perencanaan daring", "PERMEN_59_2020"),
            tuple(10L, "12", 2, "Bappeda", null, "PERMEN_59_2020"));
    assertThat(run.problems()).extracting(RowProblem::rowNumber, RowProblem::column, RowProblem::rawValue,
        RowProblem::reason).containsExactly(tuple(13L, "Tingkat Kematangan", "4,5", ReasonCode.LEVEL_NOT_INTEGER));
    assertThat(file.rowsRead()).isEqualTo(6); // the numbering row, the blank-but-numbered row and the repeat are not data
    assertThat(file.rowsRejected()).isEqualTo(1);
  }

  @Test
  void windows1252CsvKeepsAccentsDashesAndCurlyQuotes() {
    IngestRun run = IngestRun.of(fixture("penilaian-mandiri-2024-windows1252.csv"));
    assertThat(run.file("penilaian-mandiri-2024-windows1252.csv").encoding()).isEqualTo("windows-1252");
    assertThat(run.rows(FactTable.INDICATOR_ASSESSMENT))
        .extracting(r -> r.get("indicator_code"), r -> r.get("maturity_level"), r -> r.get("justification"),
            r -> r.get("submitted_on"))
        .containsExactly(
            tuple("1", 4, "Kebijakan sudah direviu \u2013 hasil \u201cbaik\u201d", LocalDate.of(2024, 7, 2)),
            tuple("2", 5, "Caf\u00e9 data: \u00e9valuasi ber\u00adkala", LocalDate.of(2024, 7, 2)));
    assertThat(run.problems()).extracting(RowProblem::rowNumber, RowProblem::column, RowProblem::rawValue,
        RowProblem::reason).containsExactly(
            tuple(4L, "tingkat_kematangan", "7", ReasonCode.LEVEL_OUT_OF_RANGE),
            tuple(4L, "tanggal_pengisian", "31/02/2024", ReasonCode.BAD_DATE));
  }

  @Test
  void items35Of2018AreKeptApartAndLevelZeroAndItsNameAreAccepted() {
    IngestRun run = IngestRun.of(fixture("hasil-resmi-2019-butir.csv"));
    assertThat(run.rows(FactTable.INDICATOR_ASSESSMENT))
        .extracting(r -> r.get("source_row"), r -> r.get("indicator_code"), r -> r.get("item_no"),
            r -> r.get("maturity_level"), r -> r.get("framework_id"), r -> r.get("source"))
        .containsExactly(
            tuple(2L, "35", 1, 2, "PERMEN_5_2018", "official"),
            tuple(3L, "35", 2, 0, "PERMEN_5_2018", "official"),
            tuple(4L, "35", 3, 3, "PERMEN_5_2018", "official"),
            tuple(7L, "1", 1, 0, "PERMEN_5_2018", "official"));
    assertThat(run.problems()).extracting(RowProblem::rowNumber, RowProblem::rawValue, RowProblem::reason,
        RowProblem::messageEn).containsExactly(
            tuple(5L, "35-4", ReasonCode.UNKNOWN_INDICATOR,
                "Indicator '35-4' is not known: indicator 35 in PERMEN_5_2018 has items 1-3."),
            tuple(6L, "34-2", ReasonCode.UNKNOWN_INDICATOR,
                "Indicator '34-2' is not known: indicator 34 in PERMEN_5_2018 has no items."),
            tuple(8L, "36", ReasonCode.UNKNOWN_INDICATOR,
                "Indicator '36' is not known: not in PERMEN_5_2018 (indicators 1-35)."));
    assertThat(run.problems().get(0).messageId())
        .isEqualTo("Indikator '35-4' tidak dikenal: indikator 35 dalam PERMEN_5_2018 memiliki butir 1-3.");
  }

  @Test
  void severalInstansiInOneFileEachKeepTheirCode() {
    IngestRun run = IngestRun.of(fixture("hasil-resmi-2021-multi-instansi.csv"));
    assertThat(run.problems()).isEmpty();
    assertThat(run.rows(FactTable.REPORTED_INDEX))
        .extracting(r -> r.get("instansi_code"), r -> r.get("scope"), r -> r.get("scope_code"),
            r -> ((BigDecimal) r.get("value")).toPlainString())
        .containsExactly(tuple("6521", "index", "", "2.76"), tuple("3505", "index", "", "3.12"),
            tuple("6521", "domain", "D1", "2.5"), tuple("3505", "aspect", "A8", "3.0"));
  }

  @Test
  void jsonAsAnArrayAsAPortalExportWithSharedValuesAndAsLines() {
    IngestRun run = IngestRun.of(fixture("penilaian-mandiri-2025-array.json"),
        fixture("penilaian-mandiri-2025-portal.json"), fixture("penilaian-mandiri-2025-lines.ndjson"));
    assertThat(run.rows(FactTable.INDICATOR_ASSESSMENT))
        .extracting(r -> r.get("source_file"), r -> r.get("source_row"), r -> r.get("instansi_code"), r -> r.get("year"),
            r -> r.get("indicator_code"), r -> r.get("maturity_level"), r -> r.get("opd_raw"))
        .containsExactly(
            tuple("penilaian-mandiri-2025-array.json", 1L, "6521", 2025, "5", 3, "Bappeda"),
            tuple("penilaian-mandiri-2025-array.json", 2L, "6521", 2025, "6", 3, "Bappeda"),
            tuple("penilaian-mandiri-2025-portal.json", 1L, "6521", 2025, "7", 4, "Diskominfo"),
            tuple("penilaian-mandiri-2025-portal.json", 2L, "6521", 2024, "8", 5, "Diskominfo"),
            tuple("penilaian-mandiri-2025-lines.ndjson", 1L, "6521", 2025, "9", 2, "Bappeda"));
    assertThat(run.problems()).extracting(RowProblem::file, RowProblem::rowNumber, RowProblem::column,
        RowProblem::rawValue, RowProblem::reason)
        .containsExactly(tuple("penilaian-mandiri-2025-lines.ndjson", 2L, "year", "dua ribu", ReasonCode.BAD_YEAR));
    assertThat(run.file("penilaian-mandiri-2025-array.json").ignoredColumns()).containsExactly("catatan_internal");
  }

  @Test
  void aWorkbookWithMergedTitlesATwoRowMergedHeaderNumbersDatesAndErrorCells() throws IOException {
    Path file = new Workbooks().sheet("Rekap")
        .row(1, "REKAPITULASI PENILAIAN MANDIRI SPBE").merge("A1:H1")
        .row(2, "Kabupaten Blitar, Tahun 2023").merge("A2:H2")
        .row(4, "No", "Tahun", "Kode Instansi", "Indikator", "Penilaian Mandiri", null, "OPD Pengampu", "Tanggal Pengisian")
        .merge("A4:A5").merge("B4:B5").merge("C4:C5").merge("D4:D5").merge("E4:F4").merge("G4:G5").merge("H4:H5")
        .row(5, null, null, null, null, "Tingkat Kematangan", "Penjelasan")
        .row(6, 1, 2023, 6521, "I-1", 3, "Perbup 12/2021", "Bappeda", LocalDate.of(2023, 7, 2))
        .row(7, 2, 2023.0, 6521.0, 12, 4.0, "Direviu", "Bappeda", "02/07/2023")
        .row(8, 3, 2023, 6521, 32, "Transaksi", "Daring", "Diskominfo", LocalDate.of(2023, 6, 30)).merge("G8:G9")
        .row(9, 4, 2023, 6521, 33, "4 - Kolaborasi", "Terintegrasi", null, null)
        .row(10, 5, 2023, 6521, 34, FormulaError.NA, "", "Diskominfo", null)
        .writeTo(dir.resolve("penilaian-mandiri-2023.xlsx"));
    IngestRun run = IngestRun.of(file);
    FileSummary summary = run.file("penilaian-mandiri-2023.xlsx");
    assertThat(summary.sheet()).isEqualTo("Rekap");
    assertThat(summary.headerRow()).isEqualTo(5);
    assertThat(summary.format()).isEqualTo("XLSX");
    assertThat(run.rows(FactTable.INDICATOR_ASSESSMENT))
        .extracting(r -> r.get("source_sheet"), r -> r.get("source_row"), r -> r.get("instansi_code"),
            r -> r.get("indicator_code"), r -> r.get("maturity_level"), r -> r.get("opd_raw"), r -> r.get("submitted_on"))
        .containsExactly(
            tuple("Rekap", 6L, "6521", "1", 3, "Bappeda", LocalDate.of(2023, 7, 2)),
            tuple("Rekap", 7L, "6521", "12", 4, "Bappeda", LocalDate.of(2023, 7, 2)),
            tuple("Rekap", 8L, "6521", "32", 3, "Diskominfo", LocalDate.of(2023, 6, 30)),
            tuple("Rekap", 9L, "6521", "33", 4, "Diskominfo", null));
    assertThat(run.problems()).extracting(RowProblem::sheet, RowProblem::rowNumber, RowProblem::column,
        RowProblem::rawValue, RowProblem::reason)
        .containsExactly(tuple("Rekap", 10L, "Tingkat Kematangan", "#N/A", ReasonCode.BAD_NUMBER));
  }

  @Test
  void aNamedSheetIsReadAndOnlyIt() throws IOException {
    Path file = workbookWithNotesAndTwoYears(dir.resolve("hasil-resmi-2023-2024.xlsx"));
    IngestRun run = IngestRun.withSheet("2024", file);
    assertThat(run.rows(FactTable.INDICATOR_ASSESSMENT)).extracting(r -> r.get("source_sheet"), r -> r.get("year"),
        r -> r.get("maturity_level")).containsExactly(tuple("2024", 2024, 4));
  }

  @Test
  void withoutASheetNameTheFirstVisibleSheetWithAHeaderIsRead() throws IOException {
    Path file = workbookWithNotesAndTwoYears(dir.resolve("hasil-resmi-2023-2024.xlsx"));
    IngestRun run = IngestRun.of(file);
    assertThat(run.file("hasil-resmi-2023-2024.xlsx").sheet()).isEqualTo("2023");
    assertThat(run.rows(FactTable.INDICATOR_ASSESSMENT)).extracting(r -> r.get("year"), r -> r.get("maturity_level"))
        .containsExactly(tuple(2023, 3));
  }

  @Test
  void aHiddenFirstSheetIsSkipped() throws IOException {
    Path file = new Workbooks()
        .sheet("Lama").row(1, "tahun", "kode_instansi", "indikator", "nilai").row(2, 2022, 6521, 1, 1).hidden()
        .sheet("Data").row(1, "tahun", "kode_instansi", "indikator", "nilai").row(2, 2023, 6521, 1, 4)
        .writeTo(dir.resolve("hasil-resmi-2023.xlsx"));
    IngestRun run = IngestRun.of(file);
    assertThat(run.rows(FactTable.INDICATOR_ASSESSMENT)).extracting(r -> r.get("source_sheet"), r -> r.get("year"),
        r -> r.get("maturity_level")).containsExactly(tuple("Data", 2023, 4));
  }

  @Test
  void aWorkbookSavedWithACsvNameIsReadAsAWorkbook() throws IOException {
    Path file = new Workbooks().sheet("Sheet1").row(1, "tahun", "kode_instansi", "indikator", "nilai")
        .row(2, 2023, 6521, 5, 2).writeTo(dir.resolve("hasil-resmi-2023.csv"));
    IngestRun run = IngestRun.of(file);
    assertThat(run.file("hasil-resmi-2023.csv").format()).isEqualTo("XLSX");
    assertThat(run.rows(FactTable.INDICATOR_ASSESSMENT)).extracting(r -> r.get("indicator_code"),
        r -> r.get("maturity_level")).containsExactly(tuple("5", 2));
  }

  @Test
  void aCsvExportNamedXlsIsReadAsCsv() throws IOException {
    Path file = dir.resolve("hasil-resmi-2023.xls");
    Files.writeString(file, "tahun\tkode_instansi\tindikator\tnilai\n2023\t6521\t5\t2\n");
    IngestRun run = IngestRun.of(file);
    assertThat(run.file("hasil-resmi-2023.xls").format()).isEqualTo("CSV");
    assertThat(run.rows(FactTable.INDICATOR_ASSESSMENT)).hasSize(1);
  }

  @Test
  void sameFileNameInTwoFoldersGetsTwoReadableNames() throws IOException {
    String csv = "tahun,kode_instansi,indikator,tingkat_kematangan,opd_pengampu\n2025,6521,1,3,Bappeda\n";
    Files.createDirectories(dir.resolve("bappeda"));
    Files.createDirectories(dir.resolve("kominfo"));
    Files.writeString(dir.resolve("bappeda/penilaian-mandiri-2025.csv"), csv);
    Files.writeString(dir.resolve("kominfo/penilaian-mandiri-2025.csv"), csv.replace("Bappeda", "Diskominfo"));
    Files.writeString(dir.resolve("opd.csv"), "kode_instansi,kode_opd,nama_opd\n6521,KOMINFO,Dinas Kominfo\n");
    IngestRun run = IngestRun.of(dir, dir.resolve("opd.csv")); // the folder and a file in it: read once
    assertThat(run.files).extracting(FileSummary::file).containsExactly(
        "bappeda/penilaian-mandiri-2025.csv", "kominfo/penilaian-mandiri-2025.csv", "opd.csv");
    assertThat(run.rows(FactTable.INDICATOR_ASSESSMENT)).extracting(r -> r.get("source_file"), r -> r.get("opd_raw"))
        .containsExactly(tuple("bappeda/penilaian-mandiri-2025.csv", "Bappeda"),
            tuple("kominfo/penilaian-mandiri-2025.csv", "Diskominfo"));
  }

  private static Path workbookWithNotesAndTwoYears(Path target) throws IOException {
    return new Workbooks()
        .sheet("Petunjuk").row(1, "Isi lembar tahun yang sesuai.").row(2, "Kolom: tahun, kode instansi, indikator, nilai.")
        .sheet("2023").row(1, "Tahun", "Kode Instansi", "Indikator", "Nilai").row(2, 2023, 6521, 1, 3)
        .sheet("2024").row(1, "Tahun", "Kode Instansi", "Indikator", "Nilai").row(2, 2024, 6521, 1, 4)
        .writeTo(target);
  }
}
