package id.spbe.analytics.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.spbe.analytics.dashboard.fixture.SharedWarehouse;
import org.junit.jupiter.api.Test;

/**
 * The Data view in states the sample cannot produce: a refused run with its quarantined rows before the published
 * one (every row of the sample is valid, so its one run is published).
 */
class DataFixtureApiTest extends FixtureApiTest {

  @Test
  void runsLatestFirstWithTheLatestRunsInputsShown() {
    JsonNode body = server.json("/api/data");
    assertThat(column(body.path("runs"), "outcome")).containsExactly("PUBLISHED", "REJECTED_ROWS");
    assertThat(body.path("selection").path("run_id").asText()).isEqualTo(SharedWarehouse.PUBLISHED_RUN);
    assertThat(column(body.path("inputs"), "file")).containsExactly("hasil-resmi-indeks.csv",
        "penilaian-mandiri-2025.xlsx");
    assertThat(body.path("quarantined")).isEmpty();
    assertThat(body.path("tables").path("gap_to_target").asInt()).isEqualTo(22);
    assertThat(body.path("version").asText()).isEqualTo("v-000001");
  }

  @Test
  void aRefusedRunShowsItsQuarantinedRowsAndCounts() {
    JsonNode body = server.json("/api/data?run=" + SharedWarehouse.REFUSED_RUN);
    assertThat(body.path("quarantined_total").asInt()).isEqualTo(2);
    assertThat(column(body.path("quarantined"), "raw_value")).containsExactly("=1+2", "<script>alert(1)</script>");
    assertThat(column(body.path("quarantined"), "reason_code")).containsExactly("LEVEL_NOT_INTEGER", "UNKNOWN_OPD");
    assertThat(find(body.path("inputs"), "file", "penilaian-mandiri-2025.xlsx").path("rows_rejected").asInt())
        .isEqualTo(2);
  }

  @Test
  void theQuarantinedListComesAPageAtATimeAndAPagePastTheLastIsA400() {
    JsonNode body = server.json("/api/data?run=" + SharedWarehouse.REFUSED_RUN);
    assertThat(body.path("page").asInt()).isEqualTo(1);
    assertThat(body.path("pages").asInt()).isEqualTo(1);
    assertThat(body.path("page_size").asInt()).isEqualTo(100);
    assertThat(body.path("inputs_total").asInt()).isEqualTo(body.path("inputs").size());
    assertThat(body.path("quarantined_listed").asInt()).isEqualTo(2);
    assertThat(server.json("/api/data?page=1&run=" + SharedWarehouse.REFUSED_RUN).path("quarantined")).hasSize(2);
    badRequest("/api/data?page=2&run=" + SharedWarehouse.REFUSED_RUN, "page");
    badRequest("/api/data?page=0", "page");
    badRequest("/api/data?page=x", "page");
  }
}
