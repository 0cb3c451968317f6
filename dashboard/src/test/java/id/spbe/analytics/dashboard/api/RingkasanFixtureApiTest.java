package id.spbe.analytics.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Ringkasan in states the sample cannot produce: its one instansi has its Pemdi target re-stated, and it has no
 * peers.
 */
class RingkasanFixtureApiTest extends FixtureApiTest {

  @Test
  void aPemdiYearWithOnlyAnSpbeTargetGetsTheBandEquivalentAsASuggestionAndNoDistance() {
    JsonNode body = server.json("/api/ringkasan?instansi=6521");
    JsonNode conversion = find(body.path("target_conversions"), "year", "2026");
    assertThat(decimal(conversion.path("given_target"))).isEqualTo(dec("3.500"));
    assertThat(conversion.path("given_scale").asText()).isEqualTo("INDEKS_SPBE");
    assertThat(decimal(conversion.path("suggested_target"))).isEqualTo(dec("3.50"));
    assertThat(conversion.path("suggested_predikat").asText()).isEqualTo("Sangat Baik");
    assertThat(conversion.path("restated_target").isNull()).as("not yet re-stated on Indeks Pemdi").isTrue();
    JsonNode pemdi = find(body.path("trend"), "year", "2026");
    assertThat(pemdi.path("target_comparable").asBoolean()).isFalse();
    assertThat(pemdi.path("distance_to_target").isNull()).isTrue();
  }

  @Test
  void withoutAnInstansiTheFirstWithResultsIsShownAndTheOthersOffered() {
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
}
