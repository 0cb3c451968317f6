package id.spbe.analytics.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class IndikatorApiTest extends FixtureApiTest {

  @Test
  void theGapTableIsOrderedByIndexPointsAtStakeWithEveryColumn() {
    JsonNode body = server.json("/api/indikator?instansi=6521&year=2025");
    JsonNode rows = body.path("rows");
    assertThat(column(rows, "indicator_code")).containsExactly("32", "36", "12", "19", "24", "31", "1", "2", "17",
        "42");
    JsonNode r32 = rows.get(0);
    assertThat(decimal(r32.path("self_level"))).isEqualTo(dec("3"));
    assertThat(decimal(r32.path("official_level"))).isEqualTo(dec("2"));
    assertThat(r32.path("target_level").asInt()).isEqualTo(3);
    assertThat(decimal(r32.path("levels_missing"))).isEqualTo(dec("1"));
    assertThat(decimal(r32.path("weight_pct"))).isEqualTo(dec("2.75"));
    assertThat(decimal(r32.path("index_points_at_stake"))).isEqualTo(dec("0.0275"));
    assertThat(r32.path("opd_code").asText()).isEqualTo("BAPPEDA");
    assertThat(r32.path("justification").asText()).contains("<img src=x onerror=alert(1)>");
    assertThat(r32.path("evidence").asText()).isEqualTo("32.SIPD-Perencanaan.pdf");
    assertThat(r32.path("calibration").asText()).isEqualTo("over");
    // 7 indicators below target; by hand 0.0275 + 0.0275 + 0.025 + 0.025 + 0.015 + 0.015 + 0.013 = 0.148
    assertThat(body.path("below_target").asInt()).isEqualTo(7);
    assertThat(decimal(body.path("points_at_stake"))).isEqualTo(dec("0.148"));
    assertThat(body.path("hidden_rows").asInt()).isZero();
  }

  @Test
  void filtersByDomainAspectAndOpd() {
    assertThat(column(server.json("/api/indikator?instansi=6521&year=2025&domain=D2").path("rows"), "indicator_code"))
        .containsExactly("12", "19", "17");
    assertThat(column(server.json("/api/indikator?instansi=6521&year=2025&aspect=A1").path("rows"), "indicator_code"))
        .containsExactly("1", "2");
    assertThat(column(server.json("/api/indikator?instansi=6521&year=2025&opd=KOMINFO").path("rows"),
        "indicator_code")).containsExactly("19", "17", "42");
    assertThat(server.json("/api/indikator?instansi=6521&year=2025&domain=D1&opd=KOMINFO").path("rows")).isEmpty();
  }

  @Test
  void eachYearHasItsOwnLevels() {
    JsonNode y2024 = server.json("/api/indikator?instansi=6521&year=2024");
    JsonNode r42 = find(y2024.path("rows"), "indicator_code", "42");
    assertThat(decimal(r42.path("official_level"))).isEqualTo(dec("3"));
    assertThat(decimal(r42.path("index_points_at_stake"))).isEqualTo(dec("0.03"));
    assertThat(find(y2024.path("rows"), "indicator_code", "1").path("justification").asText()).contains("(2024)");
    JsonNode pemdi = server.json("/api/indikator?instansi=6521&year=2026");
    assertThat(column(pemdi.path("rows"), "level_source")).containsOnly("self_assessment");
    // indicator 1 has no given target (framework_max): not a gap, no points at stake, counted apart
    assertThat(pemdi.path("below_target").asLong()).isEqualTo(1);
    assertThat(decimal(pemdi.path("points_at_stake"))).isEqualTo(dec("0.1"));
    assertThat(pemdi.path("untargeted").asLong()).isEqualTo(1);
    assertThat(server.json("/api/indikator?instansi=6521&year=2021").path("rows"))
        .as("a known year without a gap table is empty, not an error").isEmpty();
  }

  @Test
  void badOrHostileParametersAre400s() {
    badRequest("/api/indikator?instansi=6521&year=2025&opd=DINKES", "opd");
    JsonNode injection = badRequest("/api/indikator?instansi=6521&year=2025&opd=KOMINFO%27%29%20union%20select%201--",
        "opd");
    // the value is echoed with its quotes and brackets masked, never as sent
    assertThat(injection.path("message").asText()).contains("'KOMINFO?? union select 1--'").doesNotContain("')")
        .contains("tidak dikenal");
    badRequest("/api/indikator?instansi=6521&year=2025&domain=%3Cscript%3E", "domain");
    badRequest("/api/indikator?instansi=6521&year=abc", "year");
    assertThat(server.json("/api/indikator?instansi=6521&year=2025&unknown=1").path("rows")).hasSize(10);
  }
}
