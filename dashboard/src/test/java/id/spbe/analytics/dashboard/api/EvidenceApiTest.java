package id.spbe.analytics.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.spbe.analytics.dashboard.DashboardServer;
import id.spbe.analytics.dashboard.fixture.WarehouseFixture;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Bukti dukung view over what the pipeline publishes from the sample's two illustrative bukti dukung lists
 * (data/samples/kabupaten-blitar/bukti-dukung-2026-06-15.csv and -2026-07-03.csv: Indeks Pemdi 2026, 88 and 92
 * items), the deadline of 2 July 2026 (tenggat-penilaian-mandiri.csv) and the Pemdi 2026 weights
 * (data/reference/pemdi_2026/indicators.csv). Every expected value is worked out by hand from those files:
 *
 * <pre>
 * 3 July: a level counts when all its main items and all below are diterima; supporting items gate nothing
 *   supported level per indicator 1..20 = 2 2 1 1 ext ext ext 1 2 1 3 1 2 3 1 2 3 ext 2 1
 *   (I5, I6, I18: external index pending, the lowest level 1; I7: EPSS 2,10 from nilai-indeks-eksternal-2026.csv)
 *   index = sum(w x value) / 100 = (5·2 + 5·2 + 5·1 + 5·1 + 5·1 + 3·1 + 3·2,10 + 4·1 + 4·2 + 4·1 + 3·3 + 4·1
 *           + 5·2 + 5·3 + 4·1 + 4·2 + 4·3 + 3·1 + 10·2 + 15·1) / 100 = 160,3 / 100 = 1,603 -> 1,60 (Cukup)
 * 15 June: levels 1 1 0 1 ext ext ext 0 2 1 2 0 1 2 1 2 2 ext 1 0 -> 123,3 / 100 = 1,233 -> 1,23 (Kurang)
 * </pre>
 *
 * The year's penilaian mandiri (penilaian-mandiri-2026.csv, I7 at its EPSS value 2,10 as indicator_score enters it)
 * is 277,3 / 100 = 2,773 -> 2,77; the 2026 official result (hasil-resmi-indikator-2026.csv, I7 at 2,10 too) is
 * 1,9355 -> 1,94.
 */
class EvidenceApiTest extends SampleApiTest {
  private static final String VIEW = "/api/bukti?instansi=6521";
  private static final String KOMINFO = "Dinas Komunikasi, Informatika, Statistik dan Persandian";

  @Test
  void opensOnTheLatestSnapshotOfTheLatestYearWithEvidence() {
    JsonNode body = server.json(VIEW);
    assertThat(body.path("published").asBoolean()).isTrue();
    assertThat(body.path("selection").path("year").asInt()).isEqualTo(2026);
    // the snapshot dates are the dates in the two files' names
    assertThat(body.path("selection").path("snapshot_on").asText()).isEqualTo("2026-07-03");
    assertThat(body.path("snapshots")).hasSize(2);
    assertThat(body.path("snapshots").get(0).asText()).isEqualTo("2026-07-03");
    assertThat(body.path("snapshots").get(1).asText()).isEqualTo("2026-06-15");
    assertThat(body.path("deadline").asText()).isEqualTo("2026-07-02");
    assertThat(body.path("illustrative").asBoolean()).isTrue();
    assertThat(body.path("framework_id").asText()).isEqualTo("PEMDI_2026");
  }

  @Test
  void theMatrixGivesEachLevelItsStatusAndNamesTheExternalIndex() {
    JsonNode levels = server.json(VIEW + "&year=2026").path("levels");
    assertThat(levels).hasSize(100); // 20 Pemdi indicators x levels 1-5
    assertThat(statuses(levels, "1")).containsExactly("diterima", "diterima", "belum", "tanpa_item", "tanpa_item");
    // level 2 of indicator 12 has an item to redo (I12-L2-01) and one missing (I12-L2-02): the redo is the more urgent
    assertThat(statuses(levels, "12")).containsExactly("diterima", "revisi", "tanpa_item", "tanpa_item", "tanpa_item");
    // I3-L2-02 is uploaded again and waits for the assessors; I20-L2-02 is a draft
    assertThat(statuses(levels, "3")).containsExactly("diterima", "proses", "tanpa_item", "tanpa_item", "tanpa_item");
    assertThat(statuses(levels, "20")).containsExactly("diterima", "draf", "tanpa_item", "tanpa_item", "tanpa_item");
    assertThat(statuses(levels, "5")).containsOnly("eksternal");
    assertThat(find(levels, "indicator_code", "5").path("external_index").asText())
        .isEqualTo("Indeks Satu Data Indonesia (SDI; Bappenas)");
    // I13 level 2: I13-L2-01 and -02 diterima, the supporting I13-L2-03 a draft
    JsonNode i13l2 = cell(levels, "13", 2);
    assertThat(i13l2.path("main_items").asInt()).isEqualTo(2);
    assertThat(i13l2.path("main_accepted").asInt()).isEqualTo(2);
    assertThat(i13l2.path("supporting_items").asInt()).isEqualTo(1);
    assertThat(i13l2.path("is_reached").asBoolean()).as("a supporting item gates nothing").isTrue();
    JsonNode i3l2 = cell(levels, "3", 2);
    assertThat(i3l2.path("main_accepted").asInt()).isEqualTo(1);
    assertThat(i3l2.path("is_reached").asBoolean()).isFalse();
    assertThat(cell(levels, "1", 1).path("is_reached").asBoolean()).isTrue();
    // I4: level 3 is all diterima, but level 2 has I4-L2-01 to redo, so level 3 is not reached
    assertThat(cell(levels, "4", 3).path("level_status").asText()).isEqualTo("diterima");
    assertThat(cell(levels, "4", 3).path("is_reached").asBoolean()).isFalse();
  }

  @Test
  void theToDoListIsInPriorityOrderWithActionsPointsNotesAndOverdueMarks() {
    JsonNode todo = server.json(VIEW + "&year=2026").path("todo");
    // the 25 items not diterima on 3 July: main items first, the next level before higher ones, then
    // w/100 per open item of the level (I20: 0,15 / 1; I2, I3, I4: 0,05 / 1; ... I1-L3: 0,05 / 2), then indicator no.
    assertThat(column(todo, "item_code")).containsExactly("I20-L2-02", "I2-L3-01", "I3-L2-02", "I4-L2-01",
        "I8-L2-02", "I9-L3-01", "I10-L2-02", "I15-L2-02", "I16-L3-01", "I1-L3-01", "I1-L3-02", "I13-L3-01",
        "I13-L3-02", "I14-L4-01", "I14-L4-02", "I12-L2-01", "I12-L2-02", "I17-L4-01", "I17-L4-02", "I2-L4-01",
        "I2-L4-02", "I10-L3-01", "I10-L3-02", "I3-L1-03", "I13-L2-03");
    JsonNode first = todo.get(0);
    assertThat(first.path("opd_code").asText()).as("'Bag. Organisasi' resolved").isEqualTo("ORGANISASI");
    assertThat(first.path("action").asText()).as("a draft is still to deliver").isEqualTo("deliver");
    assertThat(decimal(first.path("points_at_stake"))).as("w20 / 100").isEqualTo(dec("0.15"));
    JsonNode redo = todo.get(1);
    assertThat(redo.path("opd_code").asText()).as("'Diskominfo' resolved by its alias").isEqualTo("KOMINFO");
    assertThat(redo.path("opd_name").asText()).isEqualTo(KOMINFO);
    assertThat(redo.path("action").asText()).isEqualTo("redo");
    assertThat(redo.path("revision_kind").asText()).isEqualTo("tidak_tepat");
    assertThat(redo.path("assessor_note").asText()).isEqualTo("Katalog layanan belum memuat layanan OPD di luar Diskominfo.");
    assertThat(decimal(redo.path("points_at_stake"))).as("w2 / 100").isEqualTo(dec("0.05"));
    assertThat(todo.get(2).path("action").asText()).isEqualTo("await");
    assertThat(todo.get(2).path("note").asText()).isEqualTo("diunggah ulang 3 Juli 2026");
    assertThat(column(todo, "is_overdue")).as("3 July is after the 2 July deadline").containsOnly("true");
    assertThat(decimal(todo.get(24).path("points_at_stake"))).as("a supporting item gates nothing").isEqualTo(dec("0"));
    assertThat(column(todo, "opd_code").subList(0, 10)).containsExactly("ORGANISASI", "KOMINFO", "BKPSDM", "BAPPEDA",
        "KOMINFO", "INSPEKTORAT", "KOMINFO", "ORGANISASI", "KOMINFO", "KOMINFO");

    JsonNode june = server.json(VIEW + "&year=2026&snapshot=2026-06-15").path("todo");
    assertThat(june).hasSize(40); // 88 items, 48 diterima
    assertThat(june.get(0).path("item_code").asText()).isEqualTo("I20-L1-02");
    assertThat(june.get(2).path("opd_code").asText()).as("'Bag. Hukum' resolved").isEqualTo("HUKUM");
    assertThat(column(june, "is_overdue")).as("15 June is before the 2 July deadline").containsOnly("false");
  }

  @Test
  void theOpdWithTheMostPointsAtStakeComesFirst() {
    JsonNode opds = server.json(VIEW + "&year=2026").path("opds");
    // w/100 once per indicator whose next level has an open main item of the OPD: Diskominfo I1, I2, I13, I14
    // (0,05 each) and I8, I10, I12, I16 (0,04 each) = 0,36; Bag. Organisasi I20 + I15 = 0,19; Bappeda I4 and
    // BKPSDM I3 0,05 (one item each, by code); DPMPTSP I17 0,04 with two items before Inspektorat I9 with one;
    // Bag. Hukum has nothing open
    assertThat(column(opds, "opd_code"))
        .containsExactly("KOMINFO", "ORGANISASI", "BAPPEDA", "BKPSDM", "DPMPTSP", "INSPEKTORAT", "HUKUM");
    assertThat(decimal(opds.get(0).path("points_at_stake"))).isEqualTo(dec("0.36"));
    assertThat(opds.get(0).path("items_overdue").asInt()).isEqualTo(17);
    assertThat(decimal(opds.get(1).path("points_at_stake"))).isEqualTo(dec("0.19"));
    assertThat(opds.get(4).path("items_belum").asInt()).isEqualTo(2); // I17-L4-01, -02
    assertThat(decimal(opds.get(6).path("points_at_stake"))).isEqualTo(dec("0"));
    assertThat(opds.get(6).path("items_diterima").asInt()).isEqualTo(2);
  }

  @Test
  void theSimulationStandsBesideTheClaimAndTheProgressLineHasBothSnapshots() {
    JsonNode body = server.json(VIEW + "&year=2026");
    JsonNode index = body.path("index");
    assertThat(column(index, "scope_code")).containsExactly("", "A1", "A2", "A3", "A4", "A5", "A6", "A7");
    assertThat(decimal(index.get(0).path("supported_value"))).isEqualTo(dec("1.60"));
    assertThat(index.get(0).path("predikat").asText()).isEqualTo("Cukup");
    // A3: (5·1 + 3·1 + 3·2,10 + 4·1) / 15 = 18,3 / 15 = 1,22 (I5, I6 pending, I7 from EPSS, I8 level 1)
    assertThat(decimal(find(index, "scope_code", "A3").path("supported_value"))).isEqualTo(dec("1.22"));
    // A5: (5·2 + 5·3) / 10
    assertThat(decimal(find(index, "scope_code", "A5").path("supported_value"))).isEqualTo(dec("2.5"));
    assertThat(index.get(0).path("is_simulation").asBoolean()).isTrue();
    assertThat(decimal(index.get(0).path("self_assessment_value"))).isEqualTo(dec("2.77"));
    assertThat(decimal(index.get(0).path("official_value"))).isEqualTo(dec("1.94"));
    assertThat(index.get(0).path("official_year").asInt()).isEqualTo(2026);
    JsonNode indicators = body.path("indicators");
    // claimed (penilaian-mandiri-2026.csv) above supported: all but I9 (2 = 2), I11 (3 = 3), I19 (2 = 2), I7 (the
    // EPSS value on both sides) and the pending I5, I6, I18 (their claim cannot be set against local evidence)
    assertThat(column(indicators, "claims_above_evidence")).containsExactly("true", "true", "true", "true", "false",
        "false", "false", "true", "false", "true", "false", "true", "true", "true", "true", "true", "true", "false",
        "false", "true");
    assertThat(decimal(find(indicators, "indicator_code", "1").path("claim_excess"))).as("2,75 - 2").isEqualTo(dec("0.75"));
    assertThat(find(indicators, "indicator_code", "5").path("value_basis").asText()).isEqualTo("external_pending");
    assertThat(find(indicators, "indicator_code", "7").path("value_basis").asText()).isEqualTo("external_index");
    assertThat(decimal(find(indicators, "indicator_code", "7").path("supported_value"))).isEqualTo(dec("2.1"));
    JsonNode progress = body.path("progress");
    assertThat(column(progress, "snapshot_on")).containsExactly("2026-06-15", "2026-07-03");
    assertThat(column(progress, "items_diterima")).containsExactly("48", "67");
    assertThat(column(progress, "items_total")).containsExactly("88", "92");
    assertThat(decimal(progress.get(0).path("supported_index"))).isEqualTo(dec("1.23"));
    assertThat(decimal(progress.get(1).path("supported_index"))).isEqualTo(dec("1.60"));
  }

  @Test
  void aYearWithoutEvidenceSaysSoAndAnUnknownSnapshotIsA400() {
    JsonNode body = server.json(VIEW + "&year=2025");
    assertThat(body.path("published").asBoolean()).isTrue();
    assertThat(body.path("selection").path("snapshot_on").isNull()).isTrue();
    assertThat(body.path("todo")).isEmpty();
    assertThat(body.path("evidence_years").get(0).asInt()).isEqualTo(2026);
    badRequest(VIEW + "&year=2026&snapshot=2026-07-02", "snapshot");
    badRequest(VIEW + "&year=2025&snapshot=2026-07-03", "snapshot");
  }

  @Test
  void everyTableExportsWithTheViewsRows() throws IOException {
    String csv = new String(server.bytes("/api/export/bukti-todo?format=csv&lang=id&instansi=6521&year=2026"
        + "&snapshot=2026-07-03").body(), StandardCharsets.UTF_8);
    // the about lines come first as '# name: value' comments (docs/exports.md), then the table
    assertThat(csv).startsWith("\uFEFF# ");
    List<String> lines = csv.replace("\uFEFF", "").lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
    assertThat(lines.get(0)).startsWith("Prioritas;Kode OPD;OPD pengampu;Tindakan;No.;Indikator;Level;Kode item");
    assertThat(lines).hasSize(26);
    assertThat(lines.get(2)).startsWith("2;KOMINFO;" + KOMINFO + ";perbaiki;2;")
        .contains(";I2-L3-01;").contains(";revisi;dokumen tidak tepat;0,0500;").contains("Katalog layanan belum memuat");
    for (String dataset : List.of("bukti-matriks", "bukti-indikator", "bukti-indeks", "bukti-opd", "bukti-progres")) {
      HttpResponse<byte[]> response = server.bytes("/api/export/" + dataset + "?format=xlsx&lang=en&instansi=6521"
          + "&year=2026");
      assertThat(response.statusCode()).as(dataset).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
          .contains("spbe-" + dataset + "-6521-2026-pemdi2026-2026-07-03-en.xlsx");
      try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
        int rows = book.getSheetAt(0).getLastRowNum();
        assertThat(rows).as(dataset).isEqualTo(switch (dataset) {
          case "bukti-matriks" -> 100;
          case "bukti-indikator" -> 20;
          case "bukti-indeks" -> 8; // the index and 7 aspects
          case "bukti-opd" -> 7;
          default -> 2;
        });
      }
    }
  }

  @Test
  void thePerOpdWorkbookHasOneSheetPerOpdWithItsOwnItemsNotesAndDeadline() throws IOException {
    HttpResponse<byte[]> response = server.bytes("/api/bukti/per-opd?instansi=6521&year=2026&lang=id");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("spbe-bukti-per-opd-6521-2026-2026-07-03.xlsx");
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      assertThat(sheetNames(book)).containsExactly("KOMINFO", "ORGANISASI", "BAPPEDA", "BKPSDM", "DPMPTSP",
          "INSPEKTORAT", "HUKUM", "Keterangan");
      Sheet kominfo = book.getSheet("KOMINFO");
      assertThat(cells(kominfo, 0)).first().asString().contains(KOMINFO + " (KOMINFO)");
      assertThat(cells(kominfo, 1)).containsExactly("Tenggat: 2026-07-02");
      // Diskominfo's 17 open items, 4 of them revisi (I2-L3-01, I10-L2-02, I16-L3-01, I12-L2-01)
      assertThat(cells(kominfo, 3)).first().asString()
          .isEqualTo("17 item terbuka · 0,3600 poin indeks dipertaruhkan · 4 harus diperbaiki · 17 lewat tenggat");
      assertThat(cells(kominfo, 6)).startsWith("Prioritas", "Tindakan", "No.");
      assertThat(column(kominfo, 7, 5)).as("item codes").containsExactly("I2-L3-01", "I8-L2-02", "I10-L2-02",
          "I16-L3-01", "I1-L3-01", "I1-L3-02", "I13-L3-01", "I13-L3-02", "I14-L4-01", "I14-L4-02", "I12-L2-01",
          "I12-L2-02", "I2-L4-01", "I2-L4-02", "I10-L3-01", "I10-L3-02", "I13-L2-03");
      assertThat(String.join(" ", cells(kominfo, 7))).contains("Katalog layanan belum memuat layanan OPD di luar Diskominfo.")
          .contains("2026-07-02");
      assertThat(String.join(" ", cells(kominfo, 8))).contains("diunggah ulang 3 Juli 2026");
      assertThat(column(book.getSheet("INSPEKTORAT"), 7, 5)).containsExactly("I9-L3-01");
      assertThat(column(book.getSheet("BAPPEDA"), 7, 5)).containsExactly("I4-L2-01");
      assertThat(cells(book.getSheet("HUKUM"), 3)).containsExactly("Semua item OPD ini sudah diterima.");
    }
    badRequest("/api/bukti/per-opd?instansi=6521&year=2025", "year");
  }

  @Test
  void theReportOfAYearWithEvidenceHasAnEvidencePage() throws IOException {
    HttpResponse<byte[]> response = server.bytes("/api/laporan?instansi=6521&year=2026&lang=id");
    String all = String.join(" ", ReportApiTest.pages(response.body()));
    assertThat(all).contains("Bukti dukung (keadaan per 2026-07-03)");
    assertThat(all.substring(all.indexOf("Bukti dukung (keadaan per"))).contains("simulasi, bukan nilai resmi")
        .contains("1,60 (Cukup)").contains("67 dari 92 item")
        // Diskominfo's row: 0,3600 points, 12 next-level items, 54 items, 37 diterima, 4 revisi, 1 draf, 9 belum,
        // 17 overdue (the PDF's text has a space between cells only where a long name wraps)
        .containsPattern(Pattern.quote(KOMINFO) + "\\s?0,3600\\s?12\\s?54\\s?37\\s?4\\s?1\\s?9\\s?17")
        .contains("I2-L3-01").contains("Katalog layanan belum memuat layanan OPD di luar Diskominfo.");
    assertThat(String.join(" ", ReportApiTest.pages(server.bytes("/api/laporan?instansi=6521&year=2025&lang=id")
        .body()))).doesNotContain("Bukti dukung (keadaan");
  }

  // A warehouse published before the evidence tables existed: a hand-written state the sample cannot produce.
  @Test
  void aWarehouseWithoutEvidenceTablesExplainsItAndTheOtherViewsStillAnswer(@TempDir Path root) throws IOException {
    new WarehouseFixture(root).blitar("v-000001", "2.76").publish("v-000001");
    try (Stream<Path> dirs = Files.list(root.resolve("versions/v-000001"))) {
      for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith("evidence_")).toList()) {
        try (Stream<Path> files = Files.walk(dir)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
    try (DashboardServer old = new DashboardServer(root, Duration.ofSeconds(5))) {
      JsonNode body = old.json("/api/bukti?instansi=6521");
      assertThat(body.path("published").asBoolean()).isFalse();
      assertThat(body.path("selection").path("snapshot_on").isNull()).isTrue();
      assertThat(old.get("/api/opd?instansi=6521&year=2025").statusCode()).isEqualTo(200);
      assertThat(old.get("/api/laporan?instansi=6521&year=2026&lang=id").statusCode()).isEqualTo(200);
    }
  }

  private static List<String> statuses(JsonNode levels, String indicator) {
    List<String> out = new ArrayList<>();
    levels.forEach(c -> {
      if (c.path("indicator_code").asText().equals(indicator)) {
        out.add(c.path("level_status").asText());
      }
    });
    return out;
  }

  private static JsonNode cell(JsonNode levels, String indicator, int level) {
    for (JsonNode c : levels) {
      if (c.path("indicator_code").asText().equals(indicator) && c.path("level").asInt() == level) {
        return c;
      }
    }
    throw new AssertionError("no cell " + indicator + "/" + level);
  }

  static List<String> sheetNames(Workbook book) {
    List<String> names = new ArrayList<>();
    book.forEach(s -> names.add(s.getSheetName()));
    return names;
  }

  static List<String> cells(Sheet sheet, int row) {
    DataFormatter format = new DataFormatter();
    List<String> out = new ArrayList<>();
    Row r = sheet.getRow(row);
    if (r != null) {
      r.forEach(c -> out.add(format.formatCellValue(c)));
    }
    return out;
  }

  /** Column {@code col} of every row from {@code firstRow} on. */
  static List<String> column(Sheet sheet, int firstRow, int col) {
    DataFormatter format = new DataFormatter();
    List<String> out = new ArrayList<>();
    for (int r = firstRow; r <= sheet.getLastRowNum(); r++) {
      out.add(format.formatCellValue(sheet.getRow(r).getCell(col)));
    }
    return out;
  }
}
