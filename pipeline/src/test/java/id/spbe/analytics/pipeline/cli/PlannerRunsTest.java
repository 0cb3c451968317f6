package id.spbe.analytics.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.spbe.analytics.pipeline.catalog.BundledReference;
import id.spbe.analytics.pipeline.catalog.CatalogLoader;
import id.spbe.analytics.pipeline.publish.Warehouse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole runs over the files planners receive (issue 14): what the summary says, the exit codes scripts rely on,
 * and what the run record keeps. Spark runs are slow, so each test checks several points on one run.
 */
class PlannerRunsTest {
  private static final String OPD_LIST = "kode_instansi;kode_opd;nama_opd;singkatan;alias\r\n"
      + "6521;DISKOMINFOTIKSAN;Dinas Komunikasi, Informatika, Statistik dan Persandian;Diskominfotiksan;\r\n"
      + "6521;BAPPEDA;Badan Perencanaan Pembangunan Daerah;Bappeda;Bapeda\r\n"
      + "6521;HUKUM;Bagian Hukum Sekretariat Daerah;;\r\n"
      + "6521;HUKUM_LAMA;Bagian Hukum;;\r\n";

  @TempDir
  Path dir;

  @Test
  void aDecreeTableBesideAnEmptyFilePublishesWithNotesAndTheWarehouseInsideTheInputFolderIsSkipped() throws Exception {
    Path input = Files.createDirectories(dir.resolve("berkas"));
    write(input.resolve("instansi.csv"), StandardCharsets.UTF_8,
        "\uFEFFkode_instansi;nama_instansi;jenis_instansi\r\n6521;Kabupaten Blitar;kabupaten\r\n6572;Kota Blitar;kota\r\n");
    Path decree = write(input.resolve("hasil-resmi-kepmenpanrb-2021.csv"), Charset.forName("windows-1252"),
        "No;Kode;Nama Instansi;Tahun;Indeks SPBE;Predikat\r\n"
            + "1;6521;Kabupaten Blitar;2021;2,76;Baik\r\n"
            + "2;6572;Kota Blitar;2021;3,12;Baik\r\n"
            + "3;6521;Kabupaten Blitar;2021;2,76;Baik\r\n");
    write(input.resolve("penilaian-mandiri-2025.csv"), StandardCharsets.UTF_8,
        "tahun;kode_instansi;indikator;tingkat_kematangan;opd_pengampu\r\n");
    Path warehouse = input.resolve("warehouse");

    // no --reference: the catalogs inside the jar (here target/classes), whatever the working folder
    Cli first = Cli.run("run", "--input", input.toString(), "--warehouse", warehouse.toString(), "--quiet");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains(": PUBLISHED v-000001")
        .containsPattern("hasil-resmi-kepmenpanrb-2021.csv +official_result +3 +3 +0")
        .contains("NO_DATA_ROWS: tanpa baris data, tidak ada yang diambil / no data rows, nothing taken")
        .contains("IDENTICAL_REPEAT reported_index")
        .containsPattern("6521 2021 PERMEN_59_2020 +official +2\\.76 Baik")
        .containsPattern("6572 2021 PERMEN_59_2020 +official +3\\.12 Baik");
    JsonNode record = runRecord(warehouse);
    assertThat(record.get("warnings").toString()).contains("IDENTICAL_REPEAT reported_index")
        .contains("hasil-resmi-kepmenpanrb-2021.csv baris/row 2").contains("baris/row 4");
    JsonNode decreeInput = input(record, "hasil-resmi-kepmenpanrb-2021.csv");
    assertThat(decreeInput.get("sha256").asText()).isEqualTo(sha256(decree)).hasSize(64);
    assertThat(input(record, "penilaian-mandiri-2025.csv").get("notes").toString()).contains("NO_DATA_ROWS");

    // the second run reads the same folder, now holding the warehouse: its JSON and Parquet are no inputs, so the
    // inputs are unchanged and nothing is published (a warehouse file taken as input would have changed them)
    Cli again = Cli.run("run", "--input", input.toString(), "--warehouse", warehouse.toString(), "--quiet");
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("Nothing changed").contains("v-000001").doesNotContain("run.json");
    Cli forced = Cli.run("run", "--input", input.toString(), "--warehouse", warehouse.toString(), "--quiet", "--force");
    assertThat(forced.exitCode()).as(forced.err()).isZero();
    assertThat(forced.out()).contains(": PUBLISHED v-000002").doesNotContain("run.json");
    assertThat(CatalogLoader.load(BundledReference.folder()).frameworks()).containsKey("PERMEN_59_2020");
  }

  @Test
  void aTitledWorkbookWithOpdNamesAsStaffWriteThemCountsUnknownNamesOncePerName() throws Exception {
    write(dir.resolve("instansi.csv"), StandardCharsets.UTF_8,
        "kode_instansi;nama_instansi;jenis_instansi\r\n6521;Kabupaten Blitar;kabupaten\r\n");
    write(dir.resolve("opd.csv"), StandardCharsets.UTF_8, OPD_LIST);
    String title = "PENILAIAN MANDIRI SPBE PEMERINTAH KABUPATEN BLITAR TAHUN 2025";
    org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
    org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Penilaian");
    sheet.createRow(0).createCell(0).setCellValue(title);
    sheet.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("A1:D1"));
    sheet.createRow(1).createCell(0).setCellValue("Batas pengisian: 2 Juli 2025");
    Object[][] rows = {
        {"No", "Indikator", "Tingkat Kematangan", "OPD Pengampu"},
        {1, 1, "3", "Diskominfotiksan - Kab. Blitar"},
        {2, 2, "3", "Dinas Kominfotiksan"},
        {3, 3, "2", "Kantor Kominfo"},
        {4, 4, "2", "Kantor Kominfo"},
        {5, 5, "2", "Kantor Kominfo"},
        {6, 6, "2", "Bag. Hukum"},
        {7, 11, "3", "Bapeda"}};
    for (int r = 0; r < rows.length; r++) {
      org.apache.poi.ss.usermodel.Row row = sheet.createRow(3 + r);
      for (int c = 0; c < rows[r].length; c++) {
        if (rows[r][c] instanceof Integer n) {
          row.createCell(c).setCellValue(n);
        } else {
          row.createCell(c).setCellValue((String) rows[r][c]);
        }
      }
    }
    try (workbook; var out = Files.newOutputStream(dir.resolve("penilaian-mandiri-diskominfotiksan.xlsx"))) {
      workbook.write(out);
    }
    Path warehouse = dir.resolve("wh");

    Cli cli = Cli.pipeline(warehouse.toString(), List.of(dir.toString()));
    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isEqualTo(ExitCodes.ROWS_QUARANTINED);
    assertThat(cli.err()).containsPattern("penilaian-mandiri-diskominfotiksan.xlsx \\[Penilaian\\] +self_assessment +7 +3 +4")
        .contains("tahun/year 2025 ← title row 1; instansi 6521 ← title row 1")
        .contains("unknown OPD names: 2 nama/names in 4 baris/rows")
        .contains("[UNKNOWN_OPD] 'Kantor Kominfo' (3 baris/rows)")
        .contains("closest known OPDs: ")
        .contains("[AMBIGUOUS_OPD] 'Bag. Hukum' (1 baris/rows)")
        .doesNotContain("first refused rows");
    assertThat(cli.err().split("'Kantor Kominfo'", -1)).hasSize(4); // its line and its two messages, once
    assertThat(warehouse.resolve("CURRENT")).doesNotExist();
    assertThat(cli.showsAStackTrace()).isFalse();
  }

  @Test
  void aFileWithAHeaderAndNoRowsAloneIsRefusedAndNothingIsPublished() throws Exception {
    Path empty = write(dir.resolve("hasil-resmi-2025.csv"), StandardCharsets.UTF_8, "tahun;kode_instansi;lingkup;nilai\r\n");
    Path warehouse = dir.resolve("wh");
    Cli cli = Cli.pipeline(warehouse.toString(), List.of(empty.toString()));
    assertThat(cli.exitCode()).isEqualTo(ExitCodes.INPUT_FILES_REJECTED);
    assertThat(cli.err()).contains("hasil-resmi-2025.csv [NO_DATA_ROWS]")
        .contains("EN: The file holds only its header (row 1) and no data rows")
        .contains("ID: Berkas hanya memuat baris judul kolom (baris 1)");
    assertThat(warehouse.resolve("CURRENT")).doesNotExist();
  }

  @Test
  void exitCodesOneFiveAndSixAreWhatTheReadmeSays() throws Exception {
    Path input = write(dir.resolve("hasil-resmi-2021.csv"), StandardCharsets.UTF_8,
        "tahun;kode_instansi;lingkup;nilai\r\n2021;6521;indeks;2,76\r\n");

    Cli badCatalog = Cli.run("run", "--input", input.toString(), "--warehouse", dir.resolve("wh6").toString(),
        "--reference", dir.resolve("tidak-ada").toString(), "--quiet");
    assertThat(badCatalog.exitCode()).isEqualTo(ExitCodes.CATALOG_INVALID).isEqualTo(6);
    assertThat(badCatalog.err()).contains("reference catalog invalid").contains("tidak-ada");

    Path busy = dir.resolve("wh5");
    try (AutoCloseable held = Warehouse.open(busy.toString(), new Configuration()).lock("other-run")) {
      Cli locked = Cli.pipeline(busy.toString(), List.of(input.toString()));
      assertThat(locked.exitCode()).isEqualTo(ExitCodes.WAREHOUSE_BUSY).isEqualTo(5);
      assertThat(locked.err()).contains("Another run holds the warehouse lock").contains("other-run");
    }

    Path notAFolder = Files.writeString(dir.resolve("gudang.txt"), "bukan folder");
    Cli unexpected = Cli.pipeline(notAFolder.resolve("wh").toString(), List.of(input.toString()));
    assertThat(unexpected.exitCode()).isEqualTo(ExitCodes.INTERNAL_ERROR).isEqualTo(1);
    assertThat(unexpected.err()).contains("Kesalahan tak terduga / unexpected error").contains("Rincian / details: ");
    assertThat(unexpected.showsAStackTrace()).isFalse();
    String log = unexpected.err().substring(unexpected.err().indexOf("Rincian / details: ") + 19).trim();
    assertThat(Files.readString(Path.of(log))).contains("\tat ");
  }

  private static Path write(Path file, Charset charset, String text) throws Exception {
    return Files.write(file, text.getBytes(charset));
  }

  private static JsonNode runRecord(Path warehouse) throws Exception {
    try (Stream<Path> runs = Files.list(warehouse.resolve("runs"))) {
      Path run = runs.filter(Files::isDirectory).sorted().reduce((a, b) -> b).orElseThrow();
      return new ObjectMapper().readTree(run.resolve("run.json").toFile());
    }
  }

  private static JsonNode input(JsonNode record, String file) {
    for (JsonNode input : record.get("inputs")) {
      if (input.get("file").asText().equals(file)) {
        return input;
      }
    }
    throw new AssertionError("no input " + file + " in " + record);
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
