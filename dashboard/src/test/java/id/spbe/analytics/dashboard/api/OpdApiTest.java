package id.spbe.analytics.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class OpdApiTest extends FixtureApiTest {

  @Test
  void scorecardsShowOwnedIndicatorsGapBiasAndCompletenessByTheDeadline() {
    JsonNode cards = server.json("/api/opd?instansi=6521&year=2025").path("scorecards");
    assertThat(column(cards, "opd_code")).containsExactly("BAPPEDA", "BKPSDM", "KOMINFO", "BPKAD", "INSPEKTORAT");
    JsonNode bappeda = cards.get(0);
    assertThat(bappeda.path("indicators_owned").asInt()).isEqualTo(4);
    // by hand: indicators 1, 12, 32 miss one level each: 0.013 + 0.025 + 0.0275
    assertThat(decimal(bappeda.path("weighted_gap_points"))).isEqualTo(dec("0.0655"));
    // self minus official on 1, 2, 12, 32: (1 + 0 + 1 + 1) / 4
    assertThat(decimal(bappeda.path("calibration_mean_bias"))).isEqualTo(dec("0.75"));
    assertThat(bappeda.path("complete_by_deadline").asBoolean()).isTrue();
    JsonNode kominfo = find(cards, "opd_code", "KOMINFO");
    assertThat(kominfo.path("late_rows").asInt()).isEqualTo(1);
    assertThat(kominfo.path("complete_by_deadline").asBoolean()).isFalse();
    assertThat(decimal(kominfo.path("weighted_bias_points"))).isEqualTo(dec("0.08"));
    JsonNode bkpsdm = find(cards, "opd_code", "BKPSDM");
    assertThat(bkpsdm.path("self_assessed").asInt()).isZero();
    assertThat(bkpsdm.path("calibration_mean_bias").isNull()).isTrue();
    assertThat(bkpsdm.path("last_submitted_on").isNull()).isTrue();
  }

  @Test
  void pickingAnOpdListsItsIndicatorsAndKeepsEveryScorecard() {
    JsonNode body = server.json("/api/opd?instansi=6521&year=2025&opd=KOMINFO");
    assertThat(body.path("scorecards")).hasSize(5);
    assertThat(column(body.path("indicators"), "indicator_code")).containsExactly("19", "17", "42");
    assertThat(body.path("scorecards").get(2).path("deadline").asText()).isEqualTo("2025-07-04");
  }

  @Test
  void unknownOpdAndYearAre400s() {
    badRequest("/api/opd?instansi=6521&year=2025&opd=kominfo", "opd");
    badRequest("/api/opd?instansi=6521&year=20251", "year");
  }
}
