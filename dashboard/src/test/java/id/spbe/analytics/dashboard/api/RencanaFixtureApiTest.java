package id.spbe.analytics.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The action plan when the latest framework has no target on its own scale: the sample cannot produce it (its
 * 2026 Pemdi plan has the RPJMD target re-stated on the Indeks Pemdi scale, 2,50), so the hand-written warehouse.
 */
class RencanaFixtureApiTest extends FixtureApiTest {

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
  void thePemdiPlanHasNoComparableTarget() {
    JsonNode body = server.json("/api/rencana?instansi=6521&framework=PEMDI_2026");
    assertThat(body.path("summary").path("status").asText()).isEqualTo("no_comparable_target");
    assertThat(body.path("steps")).isEmpty();
    assertThat(body.path("candidates")).hasSize(2);
  }
}
