package id.spbe.analytics.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class RingkasanApiTest extends FixtureApiTest {

  @Test
  void theHeadlineIsTheLatestOfficialIndexWithItsDistanceAndChangeFromTheTrendTable() {
    JsonNode body = server.json("/api/ringkasan?instansi=6521");
    JsonNode latest = body.path("latest_official");
    assertThat(latest.path("year").asInt()).isEqualTo(2025);
    assertThat(decimal(latest.path("official_index"))).isEqualTo(dec("3.36"));
    assertThat(latest.path("official_predikat").asText()).isEqualTo("Baik");
    assertThat(decimal(latest.path("distance_to_target"))).isEqualTo(dec("0.14"));
    assertThat(decimal(latest.path("change_on_previous"))).isEqualTo(dec("0.11"));
    assertThat(latest.path("previous_year").asInt()).isEqualTo(2024);
    JsonNode self = body.path("self_vs_official");
    assertThat(self.path("year").asInt()).isEqualTo(2025);
    assertThat(decimal(self.path("difference"))).isEqualTo(dec("0.56"));
    assertThat(self.path("self_predikat").asText()).isEqualTo("Sangat Baik");
  }

  @Test
  void theTrendCarriesTargetsFrameworkBreaksAndTheNonComparablePemdiTarget() {
    JsonNode trend = server.json("/api/ringkasan?instansi=6521").path("trend");
    assertThat(column(trend, "year")).containsExactly("2018", "2019", "2020", "2021", "2023", "2024", "2025", "2026");
    assertThat(column(trend, "framework_break")).containsExactly("false", "false", "true", "false", "false", "false",
        "false", "true");
    JsonNode pemdi = find(trend, "year", "2026");
    assertThat(pemdi.path("target_comparable").asBoolean()).isFalse();
    assertThat(pemdi.path("distance_to_target").isNull()).isTrue();
    assertThat(pemdi.path("index_name").asText()).isEqualTo("Indeks Pemdi");
    assertThat(find(trend, "year", "2021").path("change_on_previous").isNull())
        .as("2019 (5/2018) and 2021 (59/2020) are not compared").isTrue();
  }

  @Test
  void aPemdiYearWithOnlyAnSpbeTargetGetsTheBandEquivalentAsASuggestionAndNoDistance() {
    JsonNode body = server.json("/api/ringkasan?instansi=6521");
    JsonNode conversion = find(body.path("target_conversions"), "year", "2026");
    assertThat(decimal(conversion.path("given_target"))).isEqualTo(dec("3.500"));
    assertThat(conversion.path("given_scale").asText()).isEqualTo("INDEKS_SPBE");
    assertThat(decimal(conversion.path("suggested_target"))).isEqualTo(dec("3.50"));
    assertThat(conversion.path("suggested_predikat").asText()).isEqualTo("Sangat Baik");
    assertThat(conversion.path("restated_target").isNull()).as("not yet re-stated on Indeks Pemdi").isTrue();
    assertThat(find(body.path("trend"), "year", "2026").path("distance_to_target").isNull()).isTrue();
  }

  @Test
  void theSeriesKeepsTheReportedFiguresAndTheProjectionThePace() {
    JsonNode body = server.json("/api/ringkasan?instansi=6521");
    java.util.List<String> reported = new java.util.ArrayList<>();
    body.path("series").forEach(p -> {
      if (p.path("source").asText().equals("official") && p.path("basis").asText().equals("reported")) {
        reported.add(p.path("year").asInt() + " " + p.path("index_value").decimalValue().toPlainString());
      }
    });
    assertThat(reported).containsExactly("2018 2.14", "2019 2.90", "2021 2.76");
    JsonNode pace = find(body.path("projections"), "framework_id", "PERMEN_59_2020");
    assertThat(decimal(pace.path("slope_per_year"))).isEqualTo(dec("0.147"));
    // 2026 is scored on Indeks Pemdi: the SPBE pace reaches 3.50 only beyond its framework, so no reach year
    assertThat(pace.path("year_target_reached").isNull()).isTrue();
    assertThat(pace.path("pace_beyond_framework").asBoolean()).isTrue();
    assertThat(body.path("bands")).hasSize(15);
  }

  @Test
  void withoutAnInstansiTheFirstWithResultsIsShownAndNamedInTheSelection() {
    JsonNode body = server.json("/api/ringkasan");
    assertThat(body.path("selection").path("instansi_code").asText()).isEqualTo("6521");
    assertThat(column(body.path("choices").path("instansi"), "instansi_name"))
        .containsExactly("Kabupaten Blitar", "Kabupaten Kediri", "Kota Blitar");
  }

  @Test
  void anotherInstansiHasItsOwnTrend() {
    JsonNode body = server.json("/api/ringkasan?instansi=6506");
    assertThat(body.path("instansi").path("instansi_name").asText()).isEqualTo("Kabupaten Kediri");
    assertThat(decimal(body.path("latest_official").path("official_index"))).isEqualTo(dec("3.10"));
    assertThat(body.path("self_vs_official").isNull()).isTrue();
  }

  @Test
  void anUnknownInstansiOrAnInjectionAttemptIsA400() {
    JsonNode unknown = badRequest("/api/ringkasan?instansi=9999", "instansi");
    assertThat(unknown.path("message").asText()).contains("'9999'").contains("tidak dikenal").contains("6521");
    assertThat(unknown.path("message_en").asText()).contains("Unknown value '9999'");
    JsonNode injection = badRequest("/api/ringkasan?instansi=6521%27%20or%20%271%27=%271", "instansi");
    assertThat(injection.toString()).doesNotContain("' or '1'='1");
  }
}
