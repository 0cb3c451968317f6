package id.spbe.analytics.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class PerbandinganApiTest extends FixtureApiTest {

  @Test
  void theInstansiAgainstItsKindProvinceAndTheNation() {
    JsonNode body = server.json("/api/perbandingan?instansi=6521&year=2025");
    assertThat(body.path("benchmark_loaded").asBoolean()).isTrue();
    assertThat(column(body.path("benchmarks"), "year")).containsExactly("2018", "2019", "2021", "2024", "2025");
    JsonNode y2025 = find(body.path("benchmarks"), "year", "2025");
    assertThat(y2025.path("rank_in_kind").asInt()).isEqualTo(1);
    assertThat(y2025.path("peer_count").asInt()).isEqualTo(2);
    assertThat(decimal(y2025.path("kind_mean"))).isEqualTo(dec("3.23"));
    assertThat(decimal(y2025.path("province_mean"))).isEqualTo(dec("3.39"));
    assertThat(decimal(find(body.path("benchmarks"), "year", "2024").path("national_published")))
        .isEqualTo(dec("3.12"));
  }

  @Test
  void peersAreTheLoadedInstansiOfTheSameKindHighestFirst() {
    JsonNode peers = server.json("/api/perbandingan?instansi=6521&year=2025").path("peers");
    assertThat(column(peers, "instansi_name")).containsExactly("Kabupaten Blitar", "Kabupaten Kediri");
    assertThat(column(peers, "is_selected")).containsExactly("true", "false");
    JsonNode kota = server.json("/api/perbandingan?instansi=6576&year=2025").path("peers");
    assertThat(column(kota, "instansi_name")).containsExactly("Kota Blitar");
  }

  @Test
  void domainsSitBesideThePublishedNationalFiguresOfTheYear() {
    JsonNode body = server.json("/api/perbandingan?instansi=6521&year=2024");
    JsonNode d4 = find(body.path("domains"), "domain_code", "D4");
    assertThat(decimal(d4.path("national_published"))).isEqualTo(dec("3.78"));
    assertThat(find(body.path("domains"), "domain_code", "D1").path("national_published").isNull()).isTrue();
    assertThat(body.path("national")).hasSize(5);
  }

  @Test
  void aYearOutsideTheInstansisDataIsA400() {
    badRequest("/api/perbandingan?instansi=6521&year=2017", "year");
  }
}
