package id.spbe.analytics.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The gap table in states the sample cannot produce: its penjelasan is plain text, and every year of it has an RPJMD
 * target on its scale, so no indicator is ever left without a target.
 */
class IndikatorFixtureApiTest extends FixtureApiTest {

  @Test
  void markupInAJustificationComesBackAsTheTextItIs() {
    JsonNode r32 = find(server.json("/api/indikator?instansi=6521&year=2025").path("rows"), "indicator_code", "32");
    assertThat(r32.path("justification").asText()).contains("<img src=x onerror=alert(1)>");
    assertThat(r32.path("evidence").asText()).isEqualTo("32.SIPD-Perencanaan.pdf");
  }

  @Test
  void anIndicatorWithoutAGivenTargetIsCountedApart() {
    JsonNode pemdi = server.json("/api/indikator?instansi=6521&year=2026");
    assertThat(column(pemdi.path("rows"), "level_source")).containsOnly("self_assessment");
    // indicator 1 has no given target (framework_max): not a gap, no points at stake, counted apart
    assertThat(pemdi.path("below_target").asLong()).isEqualTo(1);
    assertThat(decimal(pemdi.path("points_at_stake"))).isEqualTo(dec("0.1"));
    assertThat(pemdi.path("untargeted").asLong()).isEqualTo(1);
  }
}
