package id.spbe.analytics.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ringkasan over what the pipeline publishes from the Kabupaten Blitar sample; the sums are worked from its files. */
class RingkasanApiTest extends SampleApiTest {

  @Test
  void theHeadlineIsTheLatestOfficialIndexWithItsDistanceAndChangeFromTheTrendTable() {
    JsonNode body = server.json("/api/ringkasan?instansi=6521");
    JsonNode latest = body.path("latest_official");
    // hasil-resmi-indikator-2026.csv with EPSS 2,10 for indicator 7: sum(w x value) / 100 = 193.55 / 100 = 1.9355
    assertThat(latest.path("year").asInt()).isEqualTo(2026);
    assertThat(decimal(latest.path("official_index"))).isEqualTo(dec("1.94"));
    assertThat(latest.path("official_predikat").asText()).isEqualTo("Cukup");
    // against the target re-stated on the Pemdi scale (target-rpjmd.csv, INDEKS_PEMDI 2.50): 2.50 - 1.94
    assertThat(decimal(latest.path("distance_to_target"))).isEqualTo(dec("0.56"));
    assertThat(latest.path("previous_year").asInt()).isEqualTo(2025);
    assertThat(latest.path("change_on_previous").isNull()).as("2025 (59/2020) and 2026 (Pemdi) are not compared")
        .isTrue();
    // 2025, 47 official levels: sum(w x level) / 100 = 3.3625 -> 3.36; 2024: 3.252 -> 3.25; change 0.11; 3.50 - 3.36
    JsonNode y2025 = find(body.path("trend"), "year", "2025");
    assertThat(decimal(y2025.path("official_index"))).isEqualTo(dec("3.36"));
    assertThat(y2025.path("official_predikat").asText()).isEqualTo("Baik");
    assertThat(decimal(y2025.path("distance_to_target"))).isEqualTo(dec("0.14"));
    assertThat(decimal(y2025.path("change_on_previous"))).isEqualTo(dec("0.11"));
    // the calibration: penilaian-mandiri-2025.csv gives 3.9185 -> 3.92, Sangat Baik, 0.56 above the official 3.36
    assertThat(decimal(y2025.path("self_assessment_index"))).isEqualTo(dec("3.92"));
    assertThat(y2025.path("self_assessment_predikat").asText()).isEqualTo("Sangat Baik");
    JsonNode self = body.path("self_vs_official");
    // 2026 self-assessment: 2.80 as filled, less 3 x (3 - 2.10) / 100 where EPSS replaces indicator 7's own score:
    // 2.773 -> 2.77 Baik; 2.77 - 1.94 = 0.83
    assertThat(self.path("year").asInt()).isEqualTo(2026);
    assertThat(decimal(self.path("self_value"))).isEqualTo(dec("2.77"));
    assertThat(decimal(self.path("difference"))).isEqualTo(dec("0.83"));
    assertThat(self.path("self_predikat").asText()).isEqualTo("Baik");
  }

  @Test
  void theTrendCarriesTargetsFrameworkBreaksAndTheNonComparablePemdiYear() {
    JsonNode trend = server.json("/api/ringkasan?instansi=6521").path("trend");
    // 2018-2019 on 5/2018, 2020 (self-assessment only) to 2025 on 59/2020, 2026 on Indeks Pemdi
    assertThat(column(trend, "year")).containsExactly("2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025",
        "2026");
    assertThat(column(trend, "framework_break")).containsExactly("false", "false", "true", "false", "false", "false",
        "false", "false", "true");
    JsonNode pemdi = find(trend, "year", "2026");
    assertThat(pemdi.path("index_name").asText()).isEqualTo("Indeks Pemdi");
    assertThat(pemdi.path("target_scale").asText()).isEqualTo("INDEKS_PEMDI");
    assertThat(decimal(pemdi.path("rpjmd_target"))).as("the re-stated target, not the SPBE 3.5").isEqualTo(dec("2.5"));
    assertThat(find(trend, "year", "2021").path("change_on_previous").isNull())
        .as("2019 (5/2018) and 2021 (59/2020) are not compared").isTrue();
    // target-rpjmd.csv 2021 2.75 against 2.76 (reported): already 0.01 past the intermediate target
    assertThat(decimal(find(trend, "year", "2021").path("distance_to_target"))).isEqualTo(dec("-0.01"));
  }

  @Test
  void aPemdiYearWithARestatedTargetIsMeasuredAgainstItAndTheSpbeTargetOnlySuggestsABand() {
    JsonNode body = server.json("/api/ringkasan?instansi=6521");
    JsonNode conversion = find(body.path("target_conversions"), "year", "2026");
    assertThat(decimal(conversion.path("given_target"))).isEqualTo(dec("3.5"));
    assertThat(conversion.path("given_scale").asText()).isEqualTo("INDEKS_SPBE");
    assertThat(decimal(conversion.path("suggested_target"))).isEqualTo(dec("3.50"));
    assertThat(conversion.path("suggested_predikat").asText()).isEqualTo("Sangat Baik");
    assertThat(decimal(conversion.path("restated_target"))).isEqualTo(dec("2.50"));
    assertThat(decimal(conversion.path("first_result_index"))).isEqualTo(dec("1.94"));
    assertThat(conversion.path("first_result_predikat").asText()).isEqualTo("Cukup");
  }

  @Test
  void theSeriesKeepsTheReportedFiguresAndTheProjectionThePace() {
    JsonNode body = server.json("/api/ringkasan?instansi=6521");
    List<String> reported = new ArrayList<>();
    body.path("series").forEach(p -> {
      if (p.path("source").asText().equals("official") && p.path("basis").asText().equals("reported")) {
        reported.add(p.path("year").asInt() + " " + p.path("index_value").decimalValue().toPlainString());
      }
    });
    assertThat(reported).containsExactly("2018 2.14", "2019 2.90", "2021 2.76");
    JsonNode pace = find(body.path("projections"), "framework_id", "PERMEN_59_2020");
    // least squares over the published 59/2020 indices 2021-2025 (2.76, 2.98, 3.10, 3.25, 3.36) around 2023:
    // (-2 x 2.76 - 2.98 + 3.25 + 2 x 3.36) / 10 = 1.47 / 10
    assertThat(decimal(pace.path("slope_per_year"))).isEqualTo(dec("0.147"));
    // 2026 is scored on Indeks Pemdi: the SPBE pace reaches 3.50 only beyond its framework, so no reach year
    assertThat(pace.path("year_target_reached").isNull()).isTrue();
    assertThat(pace.path("pace_beyond_framework").asBoolean()).isTrue();
    assertThat(body.path("bands")).hasSize(15);
  }

  @Test
  void theIndicatorsWaitingForAnExternalIndexAreCounted() {
    // indicators 5, 6, 7 and 18 are scored from other indices; nilai-indeks-eksternal-2026.csv gives only 7 (EPSS)
    JsonNode pending = server.json("/api/ringkasan?instansi=6521").path("pending_external");
    assertThat(pending.path("year").asInt()).isEqualTo(2026);
    assertThat(pending.path("indicators").asInt()).isEqualTo(3);
  }

  @Test
  void withoutAnInstansiTheOneWithResultsIsShownAndNamedInTheSelection() {
    JsonNode body = server.json("/api/ringkasan");
    assertThat(body.path("selection").path("instansi_code").asText()).isEqualTo("6521");
    assertThat(column(body.path("choices").path("instansi"), "instansi_name")).containsExactly("Kabupaten Blitar");
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
