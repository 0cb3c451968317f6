package id.spbe.analytics.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Domain & aspek over the sample: every value worked out from hasil-resmi-indikator-2025.csv,
 * penilaian-mandiri-2025.csv, target-level-indikator.csv and the weights of data/reference/permen_59_2020 (59/2020:
 * 2.75 per A7 indicator, 3.00 per A8 indicator, 1.30 per A1 indicator; D4 = A7 + A8 = 45.5).
 */
class DomainApiTest extends SampleApiTest {

  @Test
  void domainsShowOfficialSelfAndTheTargetAtEveryIndicatorsTargetLevel() {
    JsonNode body = server.json("/api/domain?instansi=6521&year=2025");
    JsonNode d4 = find(body.path("domains"), "code", "D4");
    // official levels of 32..41 sum to 35, of 42..47 to 24: (2.75 x 35 + 3.00 x 24) / 45.5 = 168.25 / 45.5 = 3.6978
    assertThat(decimal(d4.path("official"))).isEqualTo(dec("3.70"));
    // self levels of 32..41 sum to 39, of 42..47 to 27: (2.75 x 39 + 3.00 x 27) / 45.5 = 188.25 / 45.5 = 4.1374
    assertThat(decimal(d4.path("self_assessment"))).isEqualTo(dec("4.14"));
    assertThat(d4.path("self_assessment_partial").asBoolean()).as("all 16 of D4 self-assessed in 2025").isFalse();
    // target levels of 32..41 sum to 41, of 42..47 to 25: (2.75 x 41 + 3.00 x 25) / 45.5 = 187.75 / 45.5 = 4.1264
    assertThat(decimal(d4.path("target"))).isEqualTo(dec("4.13"));
    // D1 = A1, indicators 1..10 at 1.30 each, target levels summing to 36: 1.30 x 36 / 13 = 3.6
    assertThat(decimal(find(body.path("domains"), "code", "D1").path("target"))).isEqualTo(dec("3.6"));
    assertThat(column(body.path("aspects"), "code")).containsExactly("A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8");
    // A8: official levels 4, 4, 3, 4, 5, 4 at equal weights: 24 / 6 = 4
    assertThat(decimal(find(body.path("aspects"), "code", "A8").path("official"))).isEqualTo(dec("4"));
    assertThat(body.path("indicators")).as("no drill-down without a domain").isEmpty();
  }

  @Test
  void drillingIntoADomainOrAspectListsItsIndicators() {
    JsonNode domain = server.json("/api/domain?instansi=6521&year=2025&domain=D4");
    // by index points at stake (levels missing x w / 100): 32 and 36 (2 x 2.75), 44 (1 x 3.00), 34 and 40
    // (1 x 2.75), then the eleven on target in number order
    assertThat(column(domain.path("indicators"), "indicator_code")).containsExactly("32", "36", "44", "34", "40",
        "33", "35", "37", "38", "39", "41", "42", "43", "45", "46", "47");
    assertThat(domain.path("aspects")).as("all aspects stay on the radar").hasSize(8);
    JsonNode aspect = server.json("/api/domain?instansi=6521&year=2025&domain=D4&aspect=A8");
    assertThat(column(aspect.path("indicators"), "indicator_code")).containsExactly("44", "42", "43", "45", "46",
        "47");
  }

  @Test
  void theSourceFilterLeavesTheOtherSourceOut() {
    JsonNode official = server.json("/api/domain?instansi=6521&year=2025&source=official");
    JsonNode d4 = find(official.path("domains"), "code", "D4");
    assertThat(d4.path("self_assessment").isNull()).isTrue();
    assertThat(decimal(d4.path("official"))).isEqualTo(dec("3.70"));
    JsonNode self = server.json("/api/domain?instansi=6521&year=2025&source=self_assessment");
    assertThat(find(self.path("domains"), "code", "D4").path("official").isNull()).isTrue();
  }

  @Test
  void pemdiHasNoDomainsOnlyAspects() {
    JsonNode body = server.json("/api/domain?instansi=6521&year=2026");
    assertThat(body.path("selection").path("framework_id").asText()).isEqualTo("PEMDI_2026");
    assertThat(body.path("domains")).isEmpty();
    assertThat(column(body.path("aspects"), "code")).containsExactly("A1", "A2", "A3", "A4", "A5", "A6", "A7");
    // no target level given for 2026: every indicator aims at the re-stated RPJMD target 2.50 rounded up, level 3;
    // A2 (indicators 3 and 4, 5 each): (5 x 3 + 5 x 3) / 10 = 3
    assertThat(decimal(find(body.path("aspects"), "code", "A2").path("target"))).isEqualTo(dec("3.00"));
    badRequest("/api/domain?instansi=6521&year=2026&domain=D1", "domain");
  }

  @Test
  void theDefaultYearIsTheLatestWithAnOfficialIndex() {
    JsonNode body = server.json("/api/domain?instansi=6521");
    // hasil-resmi-indikator-2026.csv: the Pemdi 2026 official result is the latest
    assertThat(body.path("selection").path("year").asInt()).isEqualTo(2026);
    // indicator levels 2022..2026 (official and self) and the 2019 self-assessment; 2018, 2020 and 2021 have only
    // an index figure, no domain or aspect
    List<Integer> years = new ArrayList<>();
    body.path("years_with_data").forEach(y -> years.add(y.asInt()));
    assertThat(years).containsExactly(2026, 2025, 2024, 2023, 2022, 2019);
  }

  @Test
  void badValuesAreNamedIn400s() {
    badRequest("/api/domain?instansi=6521&year=2025&domain=D9", "domain");
    JsonNode aspect = badRequest("/api/domain?instansi=6521&year=2025&domain=D1&aspect=A7", "aspect");
    assertThat(aspect.path("message_en").asText()).contains("Choices: A1.");
    badRequest("/api/domain?instansi=6521&year=2025&source=resmi", "source");
    badRequest("/api/domain?instansi=6521&year=1999", "year");
    JsonNode notAYear = badRequest("/api/domain?instansi=6521&year=2025;drop%20table%20trend", "year");
    assertThat(notAYear.path("message").asText()).contains("bukan tahun");
  }
}
