package id.spbe.analytics.pipeline.ingest;

import static id.spbe.analytics.pipeline.ingest.IngestRun.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole files that cannot be used: the run is refused once every file was read, and names every such file with
 * what was expected, so the planner fixes them all in one go.
 */
class FileLevelErrorTest {
  @TempDir
  Path dir;

  private static List<FileProblem> problems(String sheet, Path... inputs) {
    InputRejectedException refused = catchThrowableOfType(InputRejectedException.class,
        () -> IngestRun.withSheet(sheet, inputs));
    assertThat(refused).as("the files are refused").isNotNull();
    return refused.problems();
  }

  @Test
  void everyBadFileOfARunIsReportedTogether() throws IOException {
    Path good = Files.writeString(dir.resolve("hasil-resmi-2024.csv"), "tahun,kode_instansi,indikator,nilai\n2024,6521,1,3\n");
    Path noInstansi = Files.writeString(dir.resolve("penilaian-mandiri-2023.csv"), "tahun;indikator;tingkat_kematangan\n2023;1;3\n");
    Path noHeader = Files.writeString(dir.resolve("target-rpjmd.csv"), "catatan rapat\nhanya teks\n");
    Path empty = Files.writeString(dir.resolve("opd.csv"), "");
    assertThat(problems(null, good, noInstansi, noHeader, empty))
        .extracting(FileProblem::file, FileProblem::code)
        .containsExactly(tuple("penilaian-mandiri-2023.csv", FileProblemCode.MISSING_COLUMN),
            tuple("target-rpjmd.csv", FileProblemCode.HEADER_NOT_FOUND), tuple("opd.csv", FileProblemCode.EMPTY_FILE));
  }

  @Test
  void aMissingColumnIsNamedWithItsAcceptedNamesAndTheHeaderRow() throws IOException {
    Path file = Files.writeString(dir.resolve("penilaian-mandiri-2023.csv"), "Rekap\n\ntahun;indikator;tingkat_kematangan\n2023;1;3\n");
    FileProblem p = problems(null, file).get(0);
    // the instansi could have come from the title ("Rekap") or the file name: the message says how to give it
    assertThat(p.messageId()).isEqualTo("Kolom wajib tidak ada pada baris judul (baris 3): "
        + "kode_instansi (kode_instansi/instansi_code/kode_pemda). Instansi juga tidak disebut di baris judul maupun "
        + "nama berkas: tambahkan kolom kode_instansi atau jalankan dengan --instansi 6521.");
    assertThat(p.messageEn()).isEqualTo("Required column(s) missing from the header (row 3): "
        + "kode_instansi (kode_instansi/instansi_code/kode_pemda). An instansi is named neither in the title rows nor "
        + "in the file name: add a kode_instansi column or pass --instansi 6521.");
  }

  @Test
  void noHeaderNamesTheColumnsTheKindNeeds() throws IOException {
    Path file = Files.writeString(dir.resolve("target-rpjmd.csv"), "catatan rapat\nhanya teks\n");
    assertThat(problems(null, file).get(0).messageEn()).isEqualTo("No header row found in the first 30 rows; "
        + "a target RPJMD file needs the columns: tahun, kode_instansi, target_indeks.");
  }

  @Test
  void aWrongSheetNameListsTheSheetsThere() throws IOException {
    Path file = new Workbooks().sheet("Petunjuk").row(1, "teks").sheet("2024").row(1, "tahun", "kode_instansi", "nilai")
        .writeTo(dir.resolve("hasil-resmi.xlsx"));
    FileProblem p = problems("Rekap 2024", file).get(0);
    assertThat(p.code()).isEqualTo(FileProblemCode.SHEET_NOT_FOUND);
    assertThat(p.messageEn()).isEqualTo("Sheet 'Rekap 2024' not found; the workbook has: [Petunjuk, 2024].");
  }

  @Test
  void aWorkbookWithoutTheKindsHeaderOnAnyVisibleSheetNamesTheBestSheet() throws IOException {
    Path file = new Workbooks().sheet("Petunjuk").row(1, "teks")
        .sheet("Isian").row(3, "Tahun", "Indikator", "Nilai").row(4, 2024, 1, 3)
        .writeTo(dir.resolve("hasil-resmi.xlsx"));
    FileProblem p = problems(null, file).get(0);
    assertThat(p.code()).isEqualTo(FileProblemCode.MISSING_COLUMN);
    // a header lacking only the instansi would take it from the title or the file name: neither names one
    assertThat(p.messageEn()).startsWith("Sheet 'Isian': required column(s) missing from the header (row 3): "
        + "kode_instansi").contains("--instansi");
  }

  @Test
  void unreadableFilesSayWhatIsWrongAndWhere() throws IOException {
    Path corrupt = dir.resolve("hasil-resmi-rusak.xlsx");
    Files.write(corrupt, new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8});
    Path webPage = Files.writeString(dir.resolve("hasil-resmi-portal.xls"), "<html><table><tr><td>tahun</td></tr></table></html>");
    StringBuilder csv = new StringBuilder("tahun,kode_instansi,indikator,nilai\n");
    for (int i = 1; i <= 40; i++) {
      csv.append("2024,6521,").append(i).append(",3\n");
    }
    csv.append("2024,6521,41,\"3\n"); // a quote opened and never closed, below the rows the header search reads
    Path brokenCsv = Files.writeString(dir.resolve("hasil-resmi-2024.csv"), csv);
    List<FileProblem> problems = problems(null, corrupt, webPage, brokenCsv, fixture("penilaian-mandiri-2025-rusak.json"));
    assertThat(problems).extracting(FileProblem::code).containsOnly(FileProblemCode.FILE_UNREADABLE);
    assertThat(problems).extracting(FileProblem::file).containsExactly("hasil-resmi-rusak.xlsx",
        "hasil-resmi-portal.xls", "hasil-resmi-2024.csv", "penilaian-mandiri-2025-rusak.json");
    assertThat(problems.get(0).messageEn()).startsWith("The file is not a readable Excel workbook");
    assertThat(problems.get(1).messageEn()).isEqualTo("This file is a web page/XML with an Excel extension; open it in "
        + "Excel and save it as an Excel Workbook (.xlsx).");
    assertThat(problems.get(2).messageEn()).startsWith("Broken CSV after row 41: an unmatched quote");
    assertThat(problems.get(3).messageEn()).isEqualTo("Invalid JSON (baris/line 4, kolom/column 1).");
  }

  @Test
  void inputsThatAreNotThereOrNotDataAreReportedWithTheProblemsInsideFiles() throws IOException {
    Path pdf = Files.writeString(dir.resolve("penilaian-mandiri-2023.pdf"), "%PDF-1.7");
    Path unnamed = Files.writeString(dir.resolve("data-2023.csv"), "tahun\n2023\n");
    Path noHeader = Files.writeString(dir.resolve("opd.csv"), "daftar\n");
    assertThat(problems(null, dir.resolve("tidak-ada"), pdf, unnamed, noHeader))
        .extracting(FileProblem::code).containsExactly(FileProblemCode.INPUT_NOT_FOUND,
            FileProblemCode.UNSUPPORTED_FORMAT, FileProblemCode.UNKNOWN_KIND, FileProblemCode.HEADER_NOT_FOUND);
  }

  @Test
  void aBlankWorkbookIsEmpty() throws IOException {
    Path file = new Workbooks().sheet("Sheet1").writeTo(dir.resolve("opd.xlsx"));
    assertThat(problems(null, file)).extracting(FileProblem::code, FileProblem::messageEn)
        .containsExactly(tuple(FileProblemCode.EMPTY_FILE, "Sheet 'Sheet1': the file is empty."));
  }

  @Test
  void everyFileProblemCodeIsCoveredHere() {
    // keeps this class honest when a code is added: each code above has a test naming it
    assertThat(FileProblemCode.values()).containsExactlyInAnyOrder(FileProblemCode.INPUT_NOT_FOUND,
        FileProblemCode.UNKNOWN_KIND, FileProblemCode.UNSUPPORTED_FORMAT, FileProblemCode.FILE_UNREADABLE,
        FileProblemCode.SHEET_NOT_FOUND, FileProblemCode.HEADER_NOT_FOUND, FileProblemCode.MISSING_COLUMN,
        FileProblemCode.EMPTY_FILE, FileProblemCode.AMBIGUOUS_YEAR, FileProblemCode.AMBIGUOUS_INSTANSI,
        FileProblemCode.NO_DATA_ROWS);
  }

  @Test
  void aTitleNamingTwoYearsOrTwoInstansiAndAHeaderWithoutRowsAreRefusedSayingWhatToDo() throws IOException {
    Path instansi = Files.writeString(dir.resolve("instansi.csv"),
        "kode_instansi;nama_instansi;jenis_instansi\n6521;Kabupaten Blitar;kabupaten\n6572;Kota Blitar;kota\n");
    Path years = Files.writeString(dir.resolve("penilaian-mandiri-a.csv"),
        "REKAP PENILAIAN MANDIRI KABUPATEN BLITAR TAHUN 2024 / TAHUN 2025\n"
            + "indikator;tingkat_kematangan;opd_pengampu\n1;3;BAPPEDA\n");
    Path twoInstansi = Files.writeString(dir.resolve("penilaian-mandiri-b-2025.csv"),
        "REKAP KABUPATEN BLITAR DAN KOTA BLITAR\nindikator;tingkat_kematangan;opd_pengampu\n1;3;BAPPEDA\n");
    Path headerOnly = Files.writeString(dir.resolve("hasil-resmi-2025.csv"), "tahun;kode_instansi;lingkup;nilai\n");
    assertThat(problems(null, years, twoInstansi, headerOnly, instansi))
        .extracting(FileProblem::file, FileProblem::code).containsExactly(
            tuple("penilaian-mandiri-a.csv", FileProblemCode.AMBIGUOUS_YEAR),
            tuple("penilaian-mandiri-b-2025.csv", FileProblemCode.AMBIGUOUS_INSTANSI),
            tuple("hasil-resmi-2025.csv", FileProblemCode.NO_DATA_ROWS));
  }
}
