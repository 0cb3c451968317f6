package id.spbe.analytics.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * OPD scorecards over the sample: owners from pengampu-indikator.csv (the 2022 list, the latest up to 2025), levels
 * from hasil-resmi-indikator-*.csv and penilaian-mandiri-*.csv, deadlines from tenggat-penilaian-mandiri.csv.
 */
class OpdApiTest extends SampleApiTest {

  @Test
  void scorecardsShowOwnedIndicatorsGapBiasAndCompletenessByTheDeadline() {
    JsonNode cards = server.json("/api/opd?instansi=6521&year=2025").path("scorecards");
    // by weighted gap points, highest first (see the gap table), ties by code: BAPPEDA 0.105, BKPSDM 0.055 (36),
    // ORGANISASI 0.0525 (19, 40), INSPEKTORAT 0.045 (30, 31), BPKAD 0.0425 (24, 34), HUKUM 0.03 (44),
    // KOMINFO 0.028 (5, 26), then the five on target
    assertThat(column(cards, "opd_code")).containsExactly("BAPPEDA", "BKPSDM", "ORGANISASI", "INSPEKTORAT", "BPKAD",
        "HUKUM", "KOMINFO", "ARSIP", "DINKES", "DPMPTSP", "DUKCAPIL", "UKPBJ");
    JsonNode bappeda = cards.get(0);
    assertThat(bappeda.path("indicators_owned").asInt()).as("1, 2, 11, 12, 13, 32").isEqualTo(6);
    // by hand: 12 and 13 miss one level each, 32 two: 0.025 + 0.025 + 2 x 0.0275
    assertThat(decimal(bappeda.path("weighted_gap_points"))).isEqualTo(dec("0.105"));
    // self minus official on 1, 2, 11, 12, 13, 32: (1 + 0 + 1 + 1 + 1 + 1) / 6 = 0.8333
    assertThat(decimal(bappeda.path("calibration_mean_bias"))).isEqualTo(dec("0.8333"));
    assertThat(bappeda.path("complete_by_deadline").asBoolean()).isTrue();
    JsonNode kominfo = find(cards, "opd_code", "KOMINFO");
    // self minus official x w / 100: (1.30 x (1 + 2 + 1) on 3, 5, 6 + 2.50 x 2 on 15, 17
    // + 1.50 x (1 + 1 - 1 + 1) on 22, 23, 26, 28 + 3.00 x 2 on 42, 43) / 100 = 19.2 / 100
    assertThat(decimal(kominfo.path("weighted_bias_points"))).isEqualTo(dec("0.192"));
    assertThat(kominfo.path("late_rows").asInt()).as("last filled 2025-07-03, deadline 2025-07-04").isZero();
    assertThat(kominfo.path("complete_by_deadline").asBoolean()).isTrue();
    // 2024: DUKCAPIL filled its one indicator (46) on 2024-07-10, after the 2024-07-05 deadline
    JsonNode dukcapil = find(server.json("/api/opd?instansi=6521&year=2024").path("scorecards"), "opd_code",
        "DUKCAPIL");
    assertThat(dukcapil.path("late_rows").asInt()).isEqualTo(1);
    assertThat(dukcapil.path("complete_by_deadline").asBoolean()).isFalse();
    assertThat(dukcapil.path("last_submitted_on").asText()).isEqualTo("2024-07-10");
  }

  @Test
  void pickingAnOpdListsItsIndicatorsAndKeepsEveryScorecard() {
    JsonNode body = server.json("/api/opd?instansi=6521&year=2025&opd=KOMINFO");
    assertThat(body.path("scorecards")).hasSize(12);
    assertThat(column(body.path("indicators"), "indicator_code")).containsExactly("26", "5", "3", "4", "6", "7", "8",
        "15", "16", "17", "18", "20", "22", "23", "28", "42", "43");
    assertThat(body.path("scorecards").get(2).path("deadline").asText()).isEqualTo("2025-07-04");
  }

  @Test
  void unknownOpdAndYearAre400s() {
    badRequest("/api/opd?instansi=6521&year=2025&opd=kominfo", "opd");
    badRequest("/api/opd?instansi=6521&year=20251", "year");
  }
}
