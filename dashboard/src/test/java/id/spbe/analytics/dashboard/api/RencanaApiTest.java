package id.spbe.analytics.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class RencanaApiTest extends FixtureApiTest {

  @Test
  void thePlanShownIsTheLatestWithATargetOnTheSameScale() {
    JsonNode body = server.json("/api/rencana?instansi=6521");
    assertThat(body.path("selection").path("framework_id").asText()).isEqualTo("PERMEN_59_2020");
    JsonNode summary = body.path("summary");
    assertThat(summary.path("status").asText()).isEqualTo("planned");
    assertThat(decimal(summary.path("base_index_published"))).isEqualTo(dec("3.36"));
    assertThat(summary.path("base_predikat").asText()).isEqualTo("Baik");
    assertThat(decimal(summary.path("base_distance_to_target"))).isEqualTo(dec("0.14"));
    assertThat(decimal(summary.path("planned_index_published"))).isEqualTo(dec("3.52"));
    assertThat(column(body.path("steps"), "indicator_code")).containsExactly("42", "32", "36", "12", "17", "19");
    assertThat(decimal(body.path("steps").get(5).path("cumulative_index"))).isEqualTo(dec("3.515"));
    assertThat(body.path("steps").get(5).path("predikat").asText()).isEqualTo("Sangat Baik");
    assertThat(column(body.path("summaries"), "framework_id")).containsExactly("PEMDI_2026", "PERMEN_59_2020");
  }

  @Test
  void theWhatIfMenuOffersEveryRaiseWithItsCumulativeEffort() {
    JsonNode candidates = server.json("/api/rencana?instansi=6521").path("candidates");
    // levels 3,4,2,3,2,2,2,2,2,4 raised to 5: 2+1+3+2+3+3+3+3+3+1 raises
    assertThat(candidates).hasSize(24);
    JsonNode to5 = null;
    for (JsonNode c : candidates) {
      if (c.path("indicator_code").asText().equals("12") && c.path("to_level").asInt() == 5) {
        to5 = c;
      }
    }
    assertThat(to5).isNotNull();
    assertThat(decimal(to5.path("cumulative_index_points"))).isEqualTo(dec("0.075"));
    assertThat(decimal(to5.path("cumulative_effort"))).as("1 + 2 + 3").isEqualTo(dec("6"));
  }

  @Test
  void thePemdiPlanHasNoComparableTarget() {
    JsonNode body = server.json("/api/rencana?instansi=6521&framework=PEMDI_2026");
    assertThat(body.path("summary").path("status").asText()).isEqualTo("no_comparable_target");
    assertThat(body.path("steps")).isEmpty();
    assertThat(body.path("candidates")).hasSize(2);
  }

  @Test
  void stepsFilterByDomainAndOpd() {
    assertThat(column(server.json("/api/rencana?instansi=6521&domain=D4").path("steps"), "indicator_code"))
        .containsExactly("42", "32", "36");
    assertThat(column(server.json("/api/rencana?instansi=6521&opd=KOMINFO").path("steps"), "indicator_code"))
        .containsExactly("42", "17", "19");
  }

  @Test
  void unknownFrameworkIsA400() {
    badRequest("/api/rencana?instansi=6521&framework=PERMEN_5_2018", "framework");
  }
}
