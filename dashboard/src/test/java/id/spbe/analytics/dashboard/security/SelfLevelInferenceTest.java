package id.spbe.analytics.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.spbe.analytics.dashboard.DashboardServer;
import id.spbe.analytics.dashboard.fixture.SelfAssessmentYearTables;
import id.spbe.analytics.dashboard.fixture.WarehouseFixture;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, point 1, as the attack was made: an OPD user in a year whose levels are all self-assessed works out
 * another OPD's self level from what the API and the exports give (target minus levels missing, gap points over
 * the weight, a one-indicator aspect's self-index, the plan's step count, numbers and running totals). The same
 * arithmetic run as the analyst finds the level, so the attack is real; run as Diskominfo it must find nothing
 * about Bappeda's indicator 2 (self level 2, target 4, weight 5) and still find its own indicator 1 (level 3).
 */
class SelfLevelInferenceTest {
  private static final BigDecimal BAPPEDA_LEVEL = new BigDecimal("2");
  private static final BigDecimal TARGET = new BigDecimal("4");
  private static final BigDecimal WEIGHT_2 = new BigDecimal("5");
  @TempDir
  static Path root;
  private static DashboardServer server;

  @BeforeAll
  static void start() {
    SelfAssessmentYearTables.write(new WarehouseFixture(root), "v-000001").publish("v-000001");
    server = new DashboardServer(root, Duration.ofSeconds(5), TestAccounts.access(new MutableClock()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theAnalystCanWorkOutBappedasSelfLevelSoTheAttackIsReal() {
    signIn(TestAccounts.ANALYST, TestAccounts.ANALYST_PASSWORD);
    Map<String, BigDecimal> found = inferIndicator2();
    assertThat(server.json("/api/domain?instansi=6521&year=2026").path("self_indices_hidden").asBoolean()).isFalse();
    assertThat(found.values()).as("every channel agrees: %s", found)
        .allSatisfy(level -> assertThat(level).isEqualByComparingTo(BAPPEDA_LEVEL));
    assertThat(found).containsKeys("opd: target - levels_missing", "opd export: target - levels missing",
        "domain: aspect A2 self-index", "rencana: target - raises (step count)",
        "rencana: target - raises (planned index)");
  }

  @Test
  void anOpdUserCannotWorkOutAnotherOpdsSelfLevelFromAnyApiOrExport() {
    signIn(TestAccounts.OPD, TestAccounts.OPD_PASSWORD);
    assertThat(inferIndicator2()).as("what Diskominfo could work out about Bappeda's indicator 2").isEmpty();
    assertThat(server.json("/api/domain?instansi=6521&year=2026").path("self_indices_hidden").asBoolean())
        .as("the page says why the self-indices are missing").isTrue();
    JsonNode own = find(server.json("/api/opd?instansi=6521&year=2026").path("scorecards"), "KOMINFO");
    assertThat(TARGET.subtract(own.path("levels_missing").decimalValue()))
        .as("its own OPD's figures stay").isEqualByComparingTo("3");
    JsonNode ownStep = server.json("/api/rencana?instansi=6521&framework=PEMDI_2026").path("steps").get(0);
    assertThat(ownStep.path("indicator_code").asText()).isEqualTo("1");
    assertThat(ownStep.path("from_level").asInt()).isEqualTo(3);
    assertThat(ownStep.path("step_no").asInt()).as("numbered among its own: 2 would count Bappeda's raise before")
        .isEqualTo(1);
    assertThat(ownStep.path("cumulative_index").isNull()).as("a running total adds up the hidden raises").isTrue();
  }

  @Test
  void anOpdUsersScorecardsAreNotOrderedByTheHiddenGap() {
    signIn(TestAccounts.OPD, TestAccounts.OPD_PASSWORD);
    JsonNode cards = server.json("/api/opd?instansi=6521&year=2026").path("scorecards");
    // by weighted gap points Bappeda (0.10) would come before Diskominfo (0.06)
    assertThat(cards.get(0).path("opd_code").asText()).isEqualTo("KOMINFO");
    assertThat(cards.get(1).path("gap_hidden").asBoolean()).isTrue();
  }

  /** Every figure about indicator 2 the signed-in viewer can turn into its self level, by the channel used. */
  private static Map<String, BigDecimal> inferIndicator2() {
    Map<String, BigDecimal> found = new TreeMap<>();
    JsonNode gapRow = find(server.json("/api/indikator?instansi=6521&year=2026").path("rows"), "2", "indicator_code");
    put(found, "indikator: self_level", gapRow.path("self_level"));
    put(found, "indikator: current_level", gapRow.path("current_level"));
    if (number(gapRow.path("levels_missing"))) {
      found.put("indikator: target - levels_missing", TARGET.subtract(gapRow.path("levels_missing").decimalValue()));
    }
    if (number(gapRow.path("index_points_at_stake"))) {
      found.put("indikator: target - points / w", TARGET.subtract(perWeight(gapRow.path("index_points_at_stake")
          .decimalValue().multiply(BigDecimal.valueOf(100)), WEIGHT_2)));
    }
    JsonNode card = find(server.json("/api/opd?instansi=6521&year=2026").path("scorecards"), "BAPPEDA");
    if (number(card.path("levels_missing"))) {
      found.put("opd: target - levels_missing", TARGET.subtract(card.path("levels_missing").decimalValue()));
    }
    if (number(card.path("weighted_gap_points"))) {
      found.put("opd: target - gap points / w", TARGET.subtract(perWeight(card.path("weighted_gap_points")
          .decimalValue().multiply(BigDecimal.valueOf(100)), WEIGHT_2)));
    }
    opdExportLevelsMissing().ifPresent(missing -> found.put("opd export: target - levels missing",
        TARGET.subtract(missing)));
    JsonNode aspect = find(server.json("/api/domain?instansi=6521&year=2026").path("aspects"), "A2", "code");
    put(found, "domain: aspect A2 self-index", aspect.path("self_assessment"));
    JsonNode plan = server.json("/api/rencana?instansi=6521&framework=PEMDI_2026");
    List<JsonNode> steps = new ArrayList<>();
    plan.path("steps").forEach(steps::add);
    for (JsonNode step : steps) {
      if (step.path("indicator_code").asText().equals("2")) {
        found.put("rencana: first raise's from_level", step.path("from_level").decimalValue());
        break;
      }
    }
    // the plan raises indicator 2 to its target: its level is the target less its raises, shown or not
    JsonNode summary = plan.path("summary");
    long shownOf2 = steps.stream().filter(st -> st.path("indicator_code").asText().equals("2")).count();
    if (number(summary.path("steps"))) {
      long hidden = summary.path("steps").asLong() - steps.size();
      found.put("rencana: target - raises (step count)", TARGET.subtract(BigDecimal.valueOf(shownOf2 + hidden)));
    }
    if (number(summary.path("planned_index"))) {
      BigDecimal hiddenPoints = summary.path("planned_index").decimalValue().subtract(summary.path("base_index")
          .decimalValue());
      for (JsonNode step : steps) {
        hiddenPoints = hiddenPoints.subtract(step.path("index_points").decimalValue());
      }
      BigDecimal hiddenRaises = perWeight(hiddenPoints.multiply(BigDecimal.valueOf(11)), WEIGHT_2)
          .setScale(0, RoundingMode.HALF_UP);
      found.put("rencana: target - raises (planned index)",
          TARGET.subtract(BigDecimal.valueOf(shownOf2).add(hiddenRaises)));
    }
    return found;
  }

  /** The Bappeda row's "Levels missing" cell of the OPD export, when it holds a number. */
  private static java.util.Optional<BigDecimal> opdExportLevelsMissing() {
    String csv = new String(server.bytes("/api/export/opd?format=csv&lang=en&instansi=6521&year=2026").body(),
        StandardCharsets.UTF_8);
    List<String> lines = csv.lines().toList();
    int header = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("Levels missing")) {
        header = i;
        break;
      }
    }
    assertThat(header).as("the export has its header row:\n%s", csv).isNotNegative();
    int column = List.of(lines.get(header).split(",", -1)).indexOf("Levels missing");
    for (String line : lines.subList(header + 1, lines.size())) {
      String[] cells = line.split(",", -1);
      if (cells[0].equals("BAPPEDA") && !cells[column].isBlank()) {
        return java.util.Optional.of(new BigDecimal(cells[column]));
      }
    }
    return java.util.Optional.empty();
  }

  private static BigDecimal perWeight(BigDecimal value, BigDecimal weight) {
    return value.divide(weight, MathContext.DECIMAL64);
  }

  private static void put(Map<String, BigDecimal> found, String channel, JsonNode value) {
    if (number(value)) {
      found.put(channel, value.decimalValue());
    }
  }

  private static boolean number(JsonNode node) {
    return node.isNumber();
  }

  private static JsonNode find(JsonNode array, String opdCode) {
    return find(array, opdCode, "opd_code");
  }

  private static JsonNode find(JsonNode array, String value, String field) {
    for (JsonNode n : array) {
      if (n.path(field).asText().equals(value)) {
        return n;
      }
    }
    throw new AssertionError("No " + field + " = " + value + " in " + array);
  }

  private static void signIn(String username, String password) {
    assertThat(server.postJson("/api/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
        .statusCode()).isEqualTo(200);
  }
}
