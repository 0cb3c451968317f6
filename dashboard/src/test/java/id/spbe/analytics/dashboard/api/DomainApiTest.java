package id.spbe.analytics.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class DomainApiTest extends FixtureApiTest {

  @Test
  void domainsShowOfficialSelfAndTheTargetAtEveryIndicatorsTargetLevel() {
    JsonNode body = server.json("/api/domain?instansi=6521&year=2025");
    JsonNode d4 = find(body.path("domains"), "code", "D4");
    assertThat(decimal(d4.path("official"))).isEqualTo(dec("2.71"));
    assertThat(decimal(d4.path("self_assessment"))).isEqualTo(dec("4.04"));
    assertThat(d4.path("self_assessment_partial").asBoolean()).as("indicator 36 has no self-assessment").isTrue();
    // by hand: (2.75 x 3 + 2.75 x 3 + 3.00 x 4) / (2.75 + 2.75 + 3.00) = 28.5 / 8.5 = 3.3529
    assertThat(decimal(d4.path("target"))).isEqualTo(dec("3.35"));
    assertThat(decimal(find(body.path("domains"), "code", "D1").path("target"))).isEqualTo(dec("4"));
    assertThat(column(body.path("aspects"), "code")).containsExactly("A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8");
    assertThat(decimal(find(body.path("aspects"), "code", "A8").path("official"))).isEqualTo(dec("4"));
    assertThat(body.path("indicators")).as("no drill-down without a domain").isEmpty();
  }

  @Test
  void drillingIntoADomainOrAspectListsItsIndicators() {
    JsonNode domain = server.json("/api/domain?instansi=6521&year=2025&domain=D4");
    assertThat(column(domain.path("indicators"), "indicator_code")).containsExactly("32", "36", "42");
    assertThat(domain.path("aspects")).as("all aspects stay on the radar").hasSize(8);
    JsonNode aspect = server.json("/api/domain?instansi=6521&year=2025&domain=D4&aspect=A8");
    assertThat(column(aspect.path("indicators"), "indicator_code")).containsExactly("42");
  }

  @Test
  void theSourceFilterLeavesTheOtherSourceOut() {
    JsonNode official = server.json("/api/domain?instansi=6521&year=2025&source=official");
    JsonNode d4 = find(official.path("domains"), "code", "D4");
    assertThat(d4.path("self_assessment").isNull()).isTrue();
    assertThat(decimal(d4.path("official"))).isEqualTo(dec("2.71"));
    JsonNode self = server.json("/api/domain?instansi=6521&year=2025&source=self_assessment");
    assertThat(find(self.path("domains"), "code", "D4").path("official").isNull()).isTrue();
  }

  @Test
  void pemdiHasNoDomainsOnlyAspects() {
    JsonNode body = server.json("/api/domain?instansi=6521&year=2026");
    assertThat(body.path("selection").path("framework_id").asText()).isEqualTo("PEMDI_2026");
    assertThat(body.path("domains")).isEmpty();
    assertThat(column(body.path("aspects"), "code")).containsExactly("A1", "A2");
    // A2's indicator has a target level 4; A1's has none given: no target, never the framework's top level
    assertThat(decimal(find(body.path("aspects"), "code", "A2").path("target"))).isEqualTo(dec("4.00"));
    assertThat(find(body.path("aspects"), "code", "A1").path("target").isNull()).isTrue();
    badRequest("/api/domain?instansi=6521&year=2026&domain=D1", "domain");
  }

  @Test
  void theDefaultYearIsTheLatestWithAnOfficialIndex() {
    JsonNode body = server.json("/api/domain?instansi=6521");
    assertThat(body.path("selection").path("year").asInt()).isEqualTo(2025);
    assertThat(column(body.path("years_with_data"), "")).hasSize(3);
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
