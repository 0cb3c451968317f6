package id.spbe.analytics.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Domain & aspek in states the sample cannot produce: the sample self-assesses every indicator of every year, gives
 * every Pemdi indicator a target (its re-stated RPJMD target) and has an official result in its latest year.
 */
class DomainFixtureApiTest extends FixtureApiTest {

  @Test
  void aDomainWithAnIndicatorNotSelfAssessedIsPartial() {
    JsonNode body = server.json("/api/domain?instansi=6521&year=2025");
    JsonNode d4 = find(body.path("domains"), "code", "D4");
    assertThat(decimal(d4.path("official"))).isEqualTo(dec("2.71"));
    assertThat(decimal(d4.path("self_assessment"))).isEqualTo(dec("4.04"));
    assertThat(d4.path("self_assessment_partial").asBoolean()).as("indicator 36 has no self-assessment").isTrue();
    // by hand: (2.75 x 3 + 2.75 x 3 + 3.00 x 4) / (2.75 + 2.75 + 3.00) = 28.5 / 8.5 = 3.3529
    assertThat(decimal(d4.path("target"))).isEqualTo(dec("3.35"));
  }

  @Test
  void aPemdiAspectWithoutAGivenTargetHasNone() {
    JsonNode body = server.json("/api/domain?instansi=6521&year=2026");
    assertThat(column(body.path("aspects"), "code")).containsExactly("A1", "A2");
    // A2's indicator has a target level 4; A1's has none given: no target, never the framework's top level
    assertThat(decimal(find(body.path("aspects"), "code", "A2").path("target"))).isEqualTo(dec("4.00"));
    assertThat(find(body.path("aspects"), "code", "A1").path("target").isNull()).isTrue();
  }

  @Test
  void theDefaultYearSkipsALaterYearWithoutAnOfficialIndex() {
    JsonNode body = server.json("/api/domain?instansi=6521");
    assertThat(body.path("selection").path("year").asInt()).isEqualTo(2025);
    assertThat(column(body.path("years_with_data"), "")).hasSize(3);
  }
}
