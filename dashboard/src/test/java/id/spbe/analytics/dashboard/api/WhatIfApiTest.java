package id.spbe.analytics.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The what-if against sums worked out by hand from the fixture: base 3.355; raising indicator i from its 2025
 * level to L adds (L - level) x w_i / 100 and costs 1 + 2 + ... + (L - level).
 */
class WhatIfApiTest extends FixtureApiTest {
  private static final String BASE = "/api/rencana/whatif?instansi=6521&framework=PERMEN_59_2020";

  @Test
  void noPicksGiveTheBase() {
    JsonNode r = server.json(BASE);
    assertThat(decimal(r.path("what_if_index"))).isEqualTo(dec("3.36"));
    assertThat(r.path("predikat").asText()).isEqualTo("Baik");
    assertThat(r.path("raises").asInt()).isZero();
    assertThat(r.path("reaches_target").asBoolean()).isFalse();
  }

  @Test
  void twoRaisesAddTheirCumulativePoints() {
    // 32: 2 -> 3 adds 0.0275 (effort 1); 12: 2 -> 4 adds 2 x 0.025 = 0.05 (effort 1 + 2)
    JsonNode r = server.json(BASE + "&raise=32:3&raise=12:4");
    assertThat(decimal(r.path("added_points"))).isEqualTo(dec("0.0775"));
    assertThat(decimal(r.path("what_if_index_exact"))).isEqualTo(dec("3.4325"));
    assertThat(decimal(r.path("what_if_index"))).isEqualTo(dec("3.43"));
    assertThat(r.path("predikat").asText()).isEqualTo("Baik");
    assertThat(decimal(r.path("total_effort"))).isEqualTo(dec("4"));
    assertThat(decimal(r.path("distance_to_target"))).isEqualTo(dec("0.07"));
    assertThat(r.path("reaches_target").asBoolean()).isFalse();
  }

  @Test
  void enoughRaisesReachTheTargetAndSangatBaik() {
    // 42->5 0.03 (1), 32->4 0.055 (3), 36->3 0.0275 (1), 1->5 0.026 (3), 19->3 0.025 (1): 0.1635, effort 9
    JsonNode r = server.json(BASE + "&raise=42:5&raise=32:4&raise=36:3&raise=1:5&raise=19:3");
    assertThat(decimal(r.path("added_points"))).isEqualTo(dec("0.1635"));
    assertThat(decimal(r.path("what_if_index"))).isEqualTo(dec("3.52"));
    assertThat(r.path("predikat").asText()).isEqualTo("Sangat Baik");
    assertThat(r.path("predikat_en").asText()).isEqualTo("Very good");
    assertThat(decimal(r.path("total_effort"))).isEqualTo(dec("9"));
    assertThat(r.path("reaches_target").asBoolean()).isTrue();
  }

  @Test
  void theIndexIsRoundedAsPublishedBeforeThePredikatIsRead() {
    // 0.03 + 0.0275 + 0.0275 + 0.025 + 0.015 + 0.015 = 0.14: 3.495 exactly, published as 3.50
    JsonNode r = server.json(BASE + "&raise=42:5&raise=32:3&raise=36:3&raise=12:3&raise=24:3&raise=31:3");
    assertThat(decimal(r.path("what_if_index_exact"))).isEqualTo(dec("3.495"));
    assertThat(decimal(r.path("what_if_index"))).isEqualTo(dec("3.5"));
    assertThat(r.path("predikat").asText()).isEqualTo("Sangat Baik");
    assertThat(r.path("reaches_target").asBoolean()).isTrue();
  }

  @Test
  void everyPickIsCheckedAgainstTheCandidates() {
    JsonNode below = badRequest(BASE + "&raise=32:2", "raise");
    assertThat(below.path("message").asText()).contains("32:2").contains("tidak ada di daftar kandidat");
    badRequest(BASE + "&raise=99:3", "raise");
    JsonNode twice = badRequest(BASE + "&raise=32:3&raise=32:4", "raise");
    assertThat(twice.path("message_en").asText()).contains("Indicator 32 is picked more than once");
    JsonNode malformed = badRequest(BASE + "&raise=32", "raise");
    assertThat(malformed.path("message_en").asText()).contains("write <indicator>:<level>");
    badRequest(BASE + "&raise=32:3%27);drop%20table%20action_candidate;--", "raise");
    badRequest("/api/rencana/whatif?instansi=6521&framework=NOPE&raise=32:3", "framework");
  }

  @Test
  void theIndexNeverExceedsWhatTheMenuAllowsAndTooManyPicksAreRefused() {
    StringBuilder all = new StringBuilder(BASE);
    for (String code : new String[] {"1", "2", "12", "17", "19", "24", "31", "32", "36", "42"}) {
      all.append("&raise=").append(code).append(":5");
    }
    JsonNode top = server.json(all.toString());
    // every indicator at 5: sum of (5 - level) x w / 100 = 0.026 + 0.013 + 0.075 + 0.05 + 0.075 + 0.045 + 0.045
    // + 0.0825 + 0.0825 + 0.03 = 0.524
    assertThat(decimal(top.path("added_points"))).isEqualTo(dec("0.524"));
    badRequest(all + "&raise=1:4", "raise");
  }
}
