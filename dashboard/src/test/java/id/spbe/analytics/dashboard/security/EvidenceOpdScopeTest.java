package id.spbe.analytics.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.spbe.analytics.dashboard.DashboardServer;
import id.spbe.analytics.dashboard.api.ReportApiTest;
import id.spbe.analytics.dashboard.fixture.SharedWarehouse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a Diskominfo user (OPD-scoped to KOMINFO) gets of the 2026 bukti dukung (fixture/EvidenceTables: KOMINFO is
 * responsible for indicators 1 and 5; Bappeda for 2, where Inspektorat has items too): its own items, rows and
 * sheet only, in the view, the exports, the per-OPD workbook and the report. The analyst's answer is checked first,
 * so every assertion could fail.
 */
class EvidenceOpdScopeTest {
  private static DashboardServer server;

  @BeforeAll
  static void start() {
    server = new DashboardServer(SharedWarehouse.root(), Duration.ofSeconds(5), TestAccounts.access(new MutableClock()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void anOpdUserSeesOnlyItsOwnItemsRowsAndSheet() throws IOException {
    signIn(TestAccounts.ANALYST, TestAccounts.ANALYST_PASSWORD);
    JsonNode all = server.json("/api/bukti?instansi=6521&year=2026");
    assertThat(codes(all.path("todo"), "opd_code")).contains("BAPPEDA", "INSPEKTORAT");
    assertThat(all.path("index")).hasSize(3);
    assertThat(sheets()).containsExactly("KOMINFO", "BAPPEDA", "INSPEKTORAT", "Keterangan");
    assertThat(csv("bukti-todo")).contains("INSPEKTORAT").contains("Dokumen yang diunggah bukan hasil reviu");

    signIn(TestAccounts.OPD, TestAccounts.OPD_PASSWORD);
    JsonNode own = server.json("/api/bukti?instansi=6521&year=2026");
    assertThat(own.path("scoped_opd").asText()).isEqualTo("KOMINFO");
    assertThat(codes(own.path("todo"), "item_code")).containsExactly("I1-L2-02", "I1-L3-01", "I1-L2-03");
    assertThat(codes(own.path("opds"), "opd_code")).containsExactly("KOMINFO");
    assertThat(codes(own.path("indicators"), "indicator_code")).containsExactly("1", "5");
    assertThat(codes(own.path("levels"), "indicator_code")).containsOnly("1", "5");
    // the instansi-wide simulation stays (like the self-assessment index); aspects combine some OPDs' evidence only
    assertThat(codes(own.path("index"), "scope")).containsExactly("index");
    assertThat(own.path("aspects_hidden").asBoolean()).isTrue();
    assertThat(own.path("progress")).hasSize(2);

    assertThat(sheets()).containsExactly("KOMINFO", "Keterangan");
    for (String dataset : List.of("bukti-todo", "bukti-opd", "bukti-indikator", "bukti-matriks")) {
      assertThat(csv(dataset)).as(dataset).doesNotContain("BAPPEDA").doesNotContain("INSPEKTORAT")
          .doesNotContain("Keamanan Siber").doesNotContain("bukan hasil reviu");
    }
    String report = String.join(" ", ReportApiTest.pages(server.bytes("/api/laporan?instansi=6521&year=2026&lang=id")
        .body()));
    String evidence = report.substring(report.indexOf("Bukti dukung (keadaan per"));
    assertThat(evidence).contains("I1-L2-02").doesNotContain("Inspektorat").doesNotContain("I2-L3-02")
        .doesNotContain("Badan Perencanaan");
  }

  private static List<String> sheets() throws IOException {
    HttpResponse<byte[]> response = server.bytes("/api/bukti/per-opd?instansi=6521&year=2026&lang=id");
    assertThat(response.statusCode()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      book.forEach(s -> names.add(s.getSheetName()));
      if (book.getSheet("KOMINFO") != null) {
        DataFormatter format = new DataFormatter();
        List<String> items = new ArrayList<>();
        var sheet = book.getSheet("KOMINFO");
        for (int r = 7; r <= sheet.getLastRowNum(); r++) {
          items.add(format.formatCellValue(sheet.getRow(r).getCell(5)));
        }
        assertThat(items).as("Diskominfo's sheet holds its own items only").containsExactly("I1-L2-02", "I1-L3-01",
            "I1-L2-03");
      }
    }
    return names;
  }

  private static String csv(String dataset) {
    HttpResponse<byte[]> response = server.bytes("/api/export/" + dataset + "?format=csv&lang=id&instansi=6521&year=2026");
    assertThat(response.statusCode()).isEqualTo(200);
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  private static List<String> codes(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(field).asText()));
    return out;
  }

  private static void signIn(String username, String password) {
    assertThat(server.postJson("/api/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
        .statusCode()).isEqualTo(200);
  }
}
