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
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Bukti dukung view over the fixture's 2026 evidence (fixture/EvidenceTables: two snapshots, three OPDs, the
 * numbers worked out there by hand).
 */
class EvidenceApiTest extends ApiTest {
  private static final String VIEW = "/api/bukti?instansi=6521";

  @Test
  void opensOnTheLatestSnapshotOfTheLatestYearWithEvidence() {
    JsonNode body = server.json(VIEW);
    assertThat(body.path("published").asBoolean()).isTrue();
    assertThat(body.path("selection").path("year").asInt()).isEqualTo(2026);
    assertThat(body.path("selection").path("snapshot_on").asText()).isEqualTo("2026-07-02");
    assertThat(body.path("snapshots")).hasSize(2);
    assertThat(body.path("snapshots").get(0).asText()).isEqualTo("2026-07-02");
    assertThat(body.path("snapshots").get(1).asText()).isEqualTo("2026-06-15");
    assertThat(body.path("deadline").asText()).isEqualTo("2026-07-01");
    assertThat(body.path("illustrative").asBoolean()).isTrue();
    assertThat(body.path("framework_id").asText()).isEqualTo("PEMDI_2026");
  }

  @Test
  void theMatrixGivesEachLevelItsStatusAndNamesTheExternalIndex() {
    JsonNode levels = server.json(VIEW + "&year=2026").path("levels");
    assertThat(levels).hasSize(15); // 3 indicators x levels 1-5
    assertThat(statuses(levels, "1")).containsExactly("diterima", "revisi", "proses", "tanpa_item", "tanpa_item");
    // level 3 of indicator 2 has an item missing and one to redo: the redo is the more urgent
    assertThat(statuses(levels, "2")).containsExactly("diterima", "diterima", "revisi", "tanpa_item", "tanpa_item");
    assertThat(statuses(levels, "5")).containsOnly("eksternal");
    assertThat(find(levels, "indicator_code", "5").path("external_index").asText())
        .isEqualTo("Indeks Satu Data Indonesia (SDI; Bappenas)");
    JsonNode i1l2 = cell(levels, "1", 2);
    assertThat(i1l2.path("main_items").asInt()).isEqualTo(2);
    assertThat(i1l2.path("main_accepted").asInt()).isEqualTo(1);
    assertThat(i1l2.path("supporting_items").asInt()).isEqualTo(1);
    assertThat(cell(levels, "1", 1).path("is_reached").asBoolean()).isTrue();
    assertThat(i1l2.path("is_reached").asBoolean()).isFalse();
    assertThat(cell(levels, "2", 2).path("is_reached").asBoolean()).isTrue();
  }

  @Test
  void theToDoListIsInPriorityOrderWithActionsPointsNotesAndOverdueMarks() {
    JsonNode todo = server.json(VIEW + "&year=2026").path("todo");
    assertThat(column(todo, "item_code")).containsExactly("I1-L2-02", "I2-L3-01", "I2-L3-02", "I1-L3-01", "I1-L2-03");
    JsonNode first = todo.get(0);
    assertThat(first.path("opd_code").asText()).isEqualTo("KOMINFO");
    assertThat(first.path("opd_name").asText()).isEqualTo("Dinas Komunikasi dan Informatika");
    assertThat(first.path("action").asText()).isEqualTo("redo");
    assertThat(first.path("revision_kind").asText()).isEqualTo("tidak_tepat");
    assertThat(first.path("assessor_note").asText()).isEqualTo("SK belum ditandatangani kepala daerah");
    assertThat(decimal(first.path("points_at_stake"))).isEqualTo(dec("0.06"));
    assertThat(column(todo, "is_overdue")).containsOnly("true");
    assertThat(decimal(todo.get(4).path("points_at_stake"))).as("a supporting item gates nothing").isEqualTo(dec("0"));
    assertThat(column(todo, "opd_code")).containsExactly("KOMINFO", "INSPEKTORAT", "BAPPEDA", "KOMINFO", "KOMINFO");

    JsonNode june = server.json(VIEW + "&year=2026&snapshot=2026-06-15").path("todo");
    assertThat(june).hasSize(9);
    assertThat(june.get(0).path("item_code").asText()).isEqualTo("I1-L1-02");
    assertThat(column(june, "is_overdue")).as("15 June is before the 1 July deadline").containsOnly("false");
  }

  @Test
  void theOpdWithTheMostPointsAtStakeComesFirst() {
    JsonNode opds = server.json(VIEW + "&year=2026").path("opds");
    assertThat(column(opds, "opd_code")).containsExactly("KOMINFO", "BAPPEDA", "INSPEKTORAT");
    assertThat(decimal(opds.get(0).path("points_at_stake"))).isEqualTo(dec("0.06"));
    assertThat(opds.get(0).path("items_overdue").asInt()).isEqualTo(3);
    assertThat(opds.get(2).path("items_belum").asInt()).isEqualTo(1);
  }

  @Test
  void theSimulationStandsBesideTheClaimAndTheProgressLineHasBothSnapshots() {
    JsonNode body = server.json(VIEW + "&year=2026");
    JsonNode index = body.path("index");
    assertThat(column(index, "scope_code")).containsExactly("", "A1", "A2");
    // (6·1 + 5·2 + 4·1) / 15 and (5·2 + 4·1) / 9
    assertThat(decimal(index.get(0).path("supported_value"))).isEqualTo(dec("1.33"));
    assertThat(decimal(index.get(2).path("supported_value"))).isEqualTo(dec("1.56"));
    assertThat(index.get(0).path("is_simulation").asBoolean()).isTrue();
    assertThat(decimal(index.get(0).path("self_assessment_value"))).isEqualTo(dec("2.76"));
    assertThat(index.get(0).path("official_value").isNull()).isTrue();
    JsonNode indicators = body.path("indicators");
    assertThat(column(indicators, "claims_above_evidence")).containsExactly("true", "false", "false");
    assertThat(decimal(find(indicators, "indicator_code", "1").path("claim_excess"))).isEqualTo(dec("2"));
    assertThat(find(indicators, "indicator_code", "5").path("value_basis").asText()).isEqualTo("external_pending");
    JsonNode progress = body.path("progress");
    assertThat(column(progress, "snapshot_on")).containsExactly("2026-06-15", "2026-07-02");
    assertThat(column(progress, "items_diterima")).containsExactly("2", "6");
    assertThat(decimal(progress.get(1).path("supported_index"))).isEqualTo(dec("1.33"));
  }

  @Test
  void aYearWithoutEvidenceSaysSoAndAnUnknownSnapshotIsA400() {
    JsonNode body = server.json(VIEW + "&year=2025");
    assertThat(body.path("published").asBoolean()).isTrue();
    assertThat(body.path("selection").path("snapshot_on").isNull()).isTrue();
    assertThat(body.path("todo")).isEmpty();
    assertThat(body.path("evidence_years").get(0).asInt()).isEqualTo(2026);
    badRequest(VIEW + "&year=2026&snapshot=2026-06-16", "snapshot");
    badRequest(VIEW + "&year=2025&snapshot=2026-07-02", "snapshot");
  }

  @Test
  void everyTableExportsWithTheViewsRows() throws IOException {
    String csv = new String(server.bytes("/api/export/bukti-todo?format=csv&lang=id&instansi=6521&year=2026"
        + "&snapshot=2026-07-02").body(), StandardCharsets.UTF_8);
    // the about lines come first as '# name: value' comments (docs/exports.md), then the table
    assertThat(csv).startsWith("\uFEFF# ");
    List<String> lines = csv.replace("\uFEFF", "").lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
    assertThat(lines.get(0)).startsWith("Prioritas;Kode OPD;OPD pengampu;Tindakan;No.;Indikator;Level;Kode item");
    assertThat(lines).hasSize(6);
    assertThat(lines.get(1)).startsWith("1;KOMINFO;Dinas Komunikasi dan Informatika;perbaiki;1;")
        .contains(";I1-L2-02;").contains(";revisi;dokumen tidak tepat;0,0600;").contains("SK belum ditandatangani");
    for (String dataset : List.of("bukti-matriks", "bukti-indikator", "bukti-indeks", "bukti-opd", "bukti-progres")) {
      HttpResponse<byte[]> response = server.bytes("/api/export/" + dataset + "?format=xlsx&lang=en&instansi=6521"
          + "&year=2026");
      assertThat(response.statusCode()).as(dataset).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
          .contains("spbe-" + dataset + "-6521-2026-pemdi2026-2026-07-02-en.xlsx");
      try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
        int rows = book.getSheetAt(0).getLastRowNum();
        assertThat(rows).as(dataset).isEqualTo(switch (dataset) {
          case "bukti-matriks" -> 15;
          case "bukti-indikator", "bukti-indeks", "bukti-opd" -> 3;
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
        .contains("spbe-bukti-per-opd-6521-2026-2026-07-02.xlsx");
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      assertThat(sheetNames(book)).containsExactly("KOMINFO", "BAPPEDA", "INSPEKTORAT", "Keterangan");
      Sheet kominfo = book.getSheet("KOMINFO");
      assertThat(cells(kominfo, 0)).first().asString().contains("Dinas Komunikasi dan Informatika (KOMINFO)");
      assertThat(cells(kominfo, 1)).containsExactly("Tenggat: 2026-07-01");
      assertThat(cells(kominfo, 3)).first().asString()
          .isEqualTo("3 item terbuka · 0,0600 poin indeks dipertaruhkan · 1 harus diperbaiki · 3 lewat tenggat");
      assertThat(cells(kominfo, 6)).startsWith("Prioritas", "Tindakan", "No.");
      assertThat(column(kominfo, 7, 5)).as("item codes").containsExactly("I1-L2-02", "I1-L3-01", "I1-L2-03");
      assertThat(String.join(" ", cells(kominfo, 7))).contains("SK belum ditandatangani kepala daerah")
          .contains("Menunggu tanda tangan Bupati").contains("2026-07-01");
      assertThat(column(book.getSheet("INSPEKTORAT"), 7, 5)).containsExactly("I2-L3-01");
      assertThat(column(book.getSheet("BAPPEDA"), 7, 5)).containsExactly("I2-L3-02");
    }
    badRequest("/api/bukti/per-opd?instansi=6521&year=2025", "year");
  }

  @Test
  void theReportOfAYearWithEvidenceHasAnEvidencePage() throws IOException {
    HttpResponse<byte[]> response = server.bytes("/api/laporan?instansi=6521&year=2026&lang=id");
    String all = String.join(" ", ReportApiTest.pages(response.body()));
    assertThat(all).contains("Bukti dukung (keadaan per 2026-07-02)");
    assertThat(all.substring(all.indexOf("Bukti dukung (keadaan per"))).contains("Bukti dukung (keadaan per 2026-07-02)").contains("simulasi, bukan nilai resmi")
        .contains("1,33 (Kurang)").contains("6 dari 11 item").contains("Dinas Komunikasi dan Informatika0,0600")
        .contains("I1-L2-02").contains("SK belum ditandatangani kepala daerah");
    assertThat(String.join(" ", ReportApiTest.pages(server.bytes("/api/laporan?instansi=6521&year=2025&lang=id")
        .body()))).doesNotContain("Bukti dukung (keadaan");
  }

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
