package id.spbe.analytics.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** OPD scorecards in a state the sample cannot produce: there every OPD pengampu self-assesses its indicators. */
class OpdFixtureApiTest extends FixtureApiTest {

  @Test
  void anOpdThatSelfAssessedNothingHasNoBiasAndNoFillDate() {
    JsonNode cards = server.json("/api/opd?instansi=6521&year=2025").path("scorecards");
    JsonNode bkpsdm = find(cards, "opd_code", "BKPSDM");
    assertThat(bkpsdm.path("self_assessed").asInt()).isZero();
    assertThat(bkpsdm.path("calibration_mean_bias").isNull()).isTrue();
    assertThat(bkpsdm.path("last_submitted_on").isNull()).isTrue();
  }
}
