package id.spbe.analytics.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.spbe.analytics.dashboard.DashboardServer;
import id.spbe.analytics.dashboard.fixture.SharedWarehouse;
import id.spbe.analytics.dashboard.fixture.WarehouseFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, point 2: the pipeline's quarantine messages quote the refused value (and a conflicting duplicate's
 * quotes the other rows' values). Values planted in them must reach the analyst and never an OPD user, in
 * {@code /api/data} or the quarantine export in either language.
 */
class QuarantineMessagesTest {
  private static final String[] PLANTED = {"PLANTED-LEVEL-7", "PLANTED-OTHER-ROW-4", "PLANTED-OPD-NAME"};
  @TempDir
  static Path root;
  private static DashboardServer server;

  @BeforeAll
  static void start() {
    WarehouseFixture f = new WarehouseFixture(root).blitar("v-000001", "2.76");
    f.table("v-000001", "quarantined_row", """
        select '%s' as run_id, * from (values
          ('penilaian-mandiri-2025.xlsx', 'Penilaian', 12, 'level', 'PLANTED-LEVEL-7', 'LEVEL_NOT_INTEGER',
           'Tingkat kematangan ''PLANTED-LEVEL-7'' harus bilangan bulat 1-5.',
           'Maturity level ''PLANTED-LEVEL-7'' must be a whole number 1-5.'),
          ('penilaian-mandiri-2025.xlsx', 'Penilaian', 14, 'level', '3', 'DUPLICATE_CONFLICT',
           'Baris ini bertentangan dengan baris lain untuk kunci yang sama: kode = 17 → a.xlsx baris/row 14: 3; b.xlsx baris/row 9: PLANTED-OTHER-ROW-4.',
           'This row conflicts with another row for the same key: kode = 17 → a.xlsx baris/row 14: 3; b.xlsx baris/row 9: PLANTED-OTHER-ROW-4.'),
          ('penilaian-mandiri-2025.xlsx', 'Penilaian', 15, 'opd', 'PLANTED-OPD-NAME', 'A_CODE_FROM_A_NEWER_PIPELINE',
           'Nilai ''PLANTED-OPD-NAME'' ditolak.', 'Value ''PLANTED-OPD-NAME'' refused.'))
          t(source_file, source_sheet, source_row, column_name, raw_value, reason_code, message_id, message_en)
        """.formatted(SharedWarehouse.REFUSED_RUN)).publish("v-000001");
    server = new DashboardServer(root, Duration.ofSeconds(5), TestAccounts.access(new MutableClock()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theAnalystSeesThePipelinesMessagesWithTheirValues() {
    signIn(TestAccounts.ANALYST, TestAccounts.ANALYST_PASSWORD);
    assertThat(everythingShown()).contains(PLANTED);
  }

  @Test
  void anOpdUserSeesMessagesMadeFromTheReasonCodeAlone() {
    signIn(TestAccounts.OPD, TestAccounts.OPD_PASSWORD);
    assertThat(everythingShown()).doesNotContain(PLANTED).doesNotContain("a.xlsx baris/row 14: 3");
    JsonNode rows = server.json("/api/data?run=" + SharedWarehouse.REFUSED_RUN).path("quarantined");
    assertThat(rows.get(0).path("message_en").asText())
        .isEqualTo("The maturity level must be a whole number. The value is not shown to this account.");
    assertThat(rows.get(1).path("message_id").asText()).startsWith("Baris ini bertentangan dengan baris lain");
    assertThat(rows.get(2).path("message_en").asText()).startsWith("Row refused (A_CODE_FROM_A_NEWER_PIPELINE).");
  }

  /** The Data view's answer and the quarantine export in both languages, as one text. */
  private static String everythingShown() {
    String run = SharedWarehouse.REFUSED_RUN;
    StringBuilder shown = new StringBuilder(server.json("/api/data?run=" + run).toString());
    for (String lang : new String[] {"id", "en"}) {
      var export = server.bytes("/api/export/karantina?format=csv&lang=" + lang + "&run=" + run);
      String csv = new String(export.body(), StandardCharsets.UTF_8);
      assertThat(export.statusCode()).as(csv).isEqualTo(200);
      assertThat(csv).as("the export lists the refused rows").contains("penilaian-mandiri-2025.xlsx");
      shown.append(csv);
    }
    return shown.toString();
  }

  private static void signIn(String username, String password) {
    assertThat(server.postJson("/api/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
        .statusCode()).isEqualTo(200);
  }
}
