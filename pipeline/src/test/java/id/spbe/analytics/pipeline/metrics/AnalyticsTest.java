package id.spbe.analytics.pipeline.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.analytics.pipeline.facts.FactTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The analytics tables against values computed by hand from the 59/2020 weights. */
class AnalyticsTest {

  private static Map<String, Object> row(Object... keyValues) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    m.putIfAbsent("instansi_code", "6521");
    m.putIfAbsent("is_illustrative", false);
    return m;
  }

  private static MetricsHarness target(MetricsHarness h, int year, String value, String scale) {
    return h.add(FactTable.RPJMD_TARGET, row("year", year, "target_index", new BigDecimal(value), "index_scale", scale));
  }

  private static Row one(SparkSession spark, String sql) {
    List<Row> rows = spark.sql(sql).collectAsList();
    assertThat(rows).as(sql).hasSize(1);
    return rows.get(0);
  }

  @Test
  void calibrationShowsWhereTheSelfAssessmentOverClaimed() {
    // indicator 32 (2.75 %): self 4, official 2 -> +2 levels, +0.055 index points, over; indicator 1 (1.30 %): 3 vs 3
    MetricsHarness h = new MetricsHarness()
        .level(2023, "self_assessment", "32", 4).level(2023, "official", "32", 2)
        .level(2023, "self_assessment", "1", 3).level(2023, "official", "1", 3)
        .level(2023, "self_assessment", "33", 2).level(2023, "official", "33", 3);
    h.add(FactTable.INDICATOR_ASSESSMENT, row("year", 2023, "framework_id", "PERMEN_59_2020", "source", "self_assessment",
        "indicator_code", "43", "item_no", 1, "maturity_level", 5, "opd_raw", "KOMINFO", "justification", "Perbup 12/2023"));
    SparkSession spark = h.compute();
    Row over = one(spark, "select * from calibration_indicator where indicator_code = '32'");
    assertThat(over.<BigDecimal>getAs("level_difference")).isEqualByComparingTo("2");
    assertThat(over.<BigDecimal>getAs("index_points_difference")).isEqualByComparingTo("0.055");
    assertThat(over.<String>getAs("calibration")).isEqualTo("over");
    assertThat(one(spark, "select * from calibration_indicator where indicator_code = '1'").<String>getAs("calibration"))
        .isEqualTo("match");
    Row selfOnly = one(spark, "select * from calibration_indicator where indicator_code = '43'");
    assertThat(selfOnly.<String>getAs("calibration")).isEqualTo("self_only");
    assertThat(selfOnly.<String>getAs("justification")).isEqualTo("Perbup 12/2023");
    // aspect A7 (indicators 32, 33 present): self (4*2.75 + 2*2.75)/5.5 = 3.00, official (2*2.75 + 3*2.75)/5.5 = 2.50
    Row aspect = one(spark, "select * from calibration_scope where scope = 'aspect' and scope_code = 'A7'");
    assertThat(aspect.<BigDecimal>getAs("difference")).isEqualByComparingTo("0.50");
  }

  @Test
  void calibrationPerOpdCountsOverAndUnderClaims() {
    MetricsHarness h = new MetricsHarness();
    for (String[] r : new String[][] {{"32", "4", "2"}, {"33", "3", "3"}, {"34", "2", "3"}}) {
      h.add(FactTable.INDICATOR_ASSESSMENT, row("year", 2024, "framework_id", "PERMEN_59_2020", "source", "self_assessment",
          "indicator_code", r[0], "item_no", 1, "maturity_level", Integer.valueOf(r[1]), "opd_raw", "BPKAD"));
      h.level(2024, "official", r[0], Integer.parseInt(r[2]));
    }
    Row opd = one(h.compute(), "select * from calibration_opd where opd_code = 'BPKAD'");
    assertThat(opd.<Long>getAs("indicators_compared")).isEqualTo(3L);
    assertThat(opd.<BigDecimal>getAs("mean_bias")).isEqualByComparingTo("0.3333"); // (2 + 0 - 1) / 3
    assertThat(opd.<BigDecimal>getAs("weighted_bias_points")).isEqualByComparingTo("0.0275"); // (2 - 1) * 0.0275
    assertThat(opd.<Long>getAs("over_claimed")).isEqualTo(1L);
    assertThat(opd.<Long>getAs("under_claimed")).isEqualTo(1L);
  }

  @Test
  void gapToTargetPricesEachMissingLevelAtItsWeight() {
    MetricsHarness h = new MetricsHarness().allIndicators(2024, "official", 3).level(2025, "self_assessment", "42", 2);
    h.add(FactTable.INDICATOR_TARGET, row("year", 2024, "framework_id", "PERMEN_59_2020", "indicator_code", "42", "target_level", 5));
    target(h, 2024, "3.5", "INDEKS_SPBE");
    SparkSession spark = h.compute();
    // 42 (3.00 %): 3 -> 5 is 2 levels, 0.06 index points, from the planner's target
    Row planned = one(spark, "select * from gap_to_target where year = 2024 and indicator_code = '42'");
    assertThat(planned.<BigDecimal>getAs("levels_missing")).isEqualByComparingTo("2");
    assertThat(planned.<BigDecimal>getAs("index_points_at_stake")).isEqualByComparingTo("0.06");
    assertThat(planned.<String>getAs("target_basis")).isEqualTo("indicator_target");
    // 1 (1.30 %): 3 -> ceil(3.5) = 4 from the RPJMD target: 0.013
    Row defaulted = one(spark, "select * from gap_to_target where year = 2024 and indicator_code = '1'");
    assertThat(defaulted.<Integer>getAs("target_level")).isEqualTo(4);
    assertThat(defaulted.<BigDecimal>getAs("index_points_at_stake")).isEqualByComparingTo("0.013");
    assertThat(defaulted.<String>getAs("target_basis")).isEqualTo("rpjmd_default");
    // 2025 has no official levels yet: the self-assessment, labelled, against the 2024 per-indicator target
    Row self = one(spark, "select * from gap_to_target where year = 2025");
    assertThat(self.<String>getAs("level_source")).isEqualTo("self_assessment");
    assertThat(self.<BigDecimal>getAs("levels_missing")).isEqualByComparingTo("3");
  }

  @Test
  void projectionFitsThePaceAndTheGainStillNeeded() {
    // official 2021-2024: 2.50, 2.70, 2.90, 3.10 -> slope 0.20 a year; target 3.50 in 2026 but 59/2020 ends 2025:
    // at that pace 3.50 would come in 2026 (3.10 + 2 x 0.20), a year scored on Indeks Pemdi, so no year on this
    // index (pace_beyond_framework); by 2025 it needs 0.40 in one year -> not on track
    MetricsHarness h = new MetricsHarness()
        .reported(2021, "official", "index", "", "2.5").reported(2022, "official", "index", "", "2.7")
        .reported(2023, "official", "index", "", "2.9").reported(2024, "official", "index", "", "3.1");
    target(h, 2026, "3.5", "INDEKS_SPBE");
    Row p = one(h.compute(), "select * from projection");
    assertThat(p.<BigDecimal>getAs("slope_per_year")).isEqualByComparingTo("0.2");
    assertThat(p.<Object>getAs("year_target_reached")).isNull();
    assertThat(p.<Boolean>getAs("pace_beyond_framework")).isTrue();
    assertThat(p.<Integer>getAs("deadline_year")).isEqualTo(2025);
    assertThat(p.<BigDecimal>getAs("required_yearly_gain")).isEqualByComparingTo("0.4");
    assertThat(p.<Boolean>getAs("on_track")).isFalse();
  }

  @Test
  void aPaceThatReachesTheTargetWithinTheFrameworkGivesTheYear() {
    // the same pace to a target of 3.30: 3.10 + 0.20 = 3.30 in 2025, the last Indeks SPBE year
    MetricsHarness h = new MetricsHarness()
        .reported(2021, "official", "index", "", "2.5").reported(2022, "official", "index", "", "2.7")
        .reported(2023, "official", "index", "", "2.9").reported(2024, "official", "index", "", "3.1");
    target(h, 2025, "3.3", "INDEKS_SPBE");
    Row p = one(h.compute(), "select * from projection");
    assertThat(p.<Integer>getAs("year_target_reached")).isEqualTo(2025);
    assertThat(p.<Boolean>getAs("pace_beyond_framework")).isFalse();
  }

  @Test
  void aNearlyFlatPaceNeverReachesTheTargetInsteadOfOverflowing() {
    // official 2021-2023: 2.50, 2.50, 2.51 -> slope 0.005 a year: 3.50 would come around 2222, beyond the 100-year
    // horizon -> no year. (The national benchmark's ten-times set met a slope of ~1e-16, whose year overflowed int.)
    MetricsHarness h = new MetricsHarness()
        .reported(2021, "official", "index", "", "2.5").reported(2022, "official", "index", "", "2.5")
        .reported(2023, "official", "index", "", "2.51");
    target(h, 2026, "3.5", "INDEKS_SPBE");
    Row p = one(h.compute(), "select * from projection");
    assertThat(p.<BigDecimal>getAs("slope_per_year")).isEqualByComparingTo("0.005");
    assertThat(p.<Object>getAs("year_target_reached")).isNull();
    assertThat(p.<Boolean>getAs("on_track")).isFalse();
  }

  @Test
  void actionPlanTakesTheLeastEffortRaisesInOrderOfPointsPerEffort() {
    // everything at 3 -> 3.00; target 3.10 needs 0.10. Layanan Publik raises (0.03) cost 3 here, Layanan
    // Administrasi raises (0.0275) cost 1: four of them (0.11, effort 4) is the cheapest plan, ending on 3.11
    MetricsHarness h = new MetricsHarness().allIndicators(2025, "official", 3);
    target(h, 2026, "3.1", "INDEKS_SPBE");
    for (int i = 42; i <= 47; i++) {
      h.add(FactTable.IMPROVEMENT_EFFORT, row("framework_id", "PERMEN_59_2020", "indicator_code", String.valueOf(i),
          "from_level", 3, "effort", new BigDecimal("3")));
    }
    SparkSession spark = h.compute();
    Row summary = one(spark, "select * from action_plan_summary");
    assertThat(summary.<String>getAs("status")).isEqualTo("planned");
    assertThat(summary.<Long>getAs("steps")).isEqualTo(4L);
    assertThat(summary.<BigDecimal>getAs("total_effort")).isEqualByComparingTo("4");
    assertThat(summary.<BigDecimal>getAs("planned_index")).isEqualByComparingTo("3.11");
    List<Row> steps = spark.sql("select * from action_plan order by step_no").collectAsList();
    assertThat(steps).extracting(r -> r.<BigDecimal>getAs("index_points").toPlainString())
        .containsOnly("0.027500");
    assertThat(steps.get(3).<BigDecimal>getAs("cumulative_index")).isEqualByComparingTo("3.11");
    // the what-if: indicator 42 from 3 to 5 is worth 2 x 0.03
    assertThat(one(spark, "select * from action_candidate where indicator_code = '42' and to_level = 5")
        .<BigDecimal>getAs("cumulative_index_points")).isEqualByComparingTo("0.06");
  }

  @Test
  void aTargetOnTheSpbeScaleIsNotComparableWithIndeksPemdi() {
    MetricsHarness h = new MetricsHarness().allIndicators(2025, "official", 3).allIndicators(2026, "self_assessment", 3);
    target(h, 2025, "3.5", "INDEKS_SPBE");
    target(h, 2026, "3.5", "INDEKS_SPBE");
    SparkSession spark = h.compute();
    Row spbe = one(spark, "select * from trend where year = 2025");
    assertThat(spbe.<Boolean>getAs("target_comparable")).isTrue();
    assertThat(spbe.<BigDecimal>getAs("distance_to_target")).isEqualByComparingTo("0.5");
    Row pemdi = one(spark, "select * from trend where year = 2026");
    assertThat(pemdi.<Boolean>getAs("target_comparable")).isFalse();
    assertThat(pemdi.<BigDecimal>getAs("distance_to_target")).isNull();
    assertThat(pemdi.<Boolean>getAs("framework_break")).isTrue();
    assertThat(one(spark, "select * from action_plan_summary where framework_id = 'PEMDI_2026'").<String>getAs("status"))
        .isEqualTo("no_comparable_target");
  }

  @Test
  void opdScorecardChecksCompletenessByTheDeadline() {
    MetricsHarness h = new MetricsHarness();
    h.add(FactTable.SELF_ASSESSMENT_DEADLINE, row("year", 2023, "deadline", LocalDate.of(2023, 7, 2)));
    for (String[] r : new String[][] {{"32", "KOMINFO", "2023-07-01"}, {"33", "KOMINFO", "2023-07-02"},
        {"34", "DINKES", "2023-07-05"}}) {
      h.add(FactTable.INDICATOR_ASSESSMENT, row("year", 2023, "framework_id", "PERMEN_59_2020", "source", "self_assessment",
          "indicator_code", r[0], "item_no", 1, "maturity_level", 3, "opd_raw", r[1], "submitted_on", LocalDate.parse(r[2])));
    }
    h.add(FactTable.INDICATOR_OWNER, row("year", 2023, "framework_id", "PERMEN_59_2020", "indicator_code", "35", "opd_raw", "DINKES"));
    SparkSession spark = h.compute();
    Row kominfo = one(spark, "select * from opd_scorecard where opd_code = 'KOMINFO'");
    assertThat(kominfo.<Long>getAs("indicators_owned")).isEqualTo(2L);
    assertThat(kominfo.<Boolean>getAs("complete_by_deadline")).isTrue();
    Row dinkes = one(spark, "select * from opd_scorecard where opd_code = 'DINKES'");
    assertThat(dinkes.<Long>getAs("indicators_owned")).isEqualTo(2L); // 34 by its self-assessment, 35 by the owners list
    assertThat(dinkes.<Long>getAs("self_assessed")).isEqualTo(1L);
    assertThat(dinkes.<Long>getAs("late_rows")).isEqualTo(1L);
    assertThat(dinkes.<Boolean>getAs("self_assessment_complete")).isFalse();
    assertThat(dinkes.<Boolean>getAs("complete_by_deadline")).isFalse();
  }

  @Test
  void peerBenchmarkRanksAmongTheSameKind() {
    MetricsHarness h = new MetricsHarness();
    String[][] peers = {{"6521", "kabupaten", "35", "2.76"}, {"6522", "kabupaten", "35", "3.10"},
        {"6523", "kabupaten", "33", "2.50"}, {"6576", "kota", "35", "3.71"}};
    for (String[] p : peers) {
      h.add(FactTable.INSTANSI, row("instansi_code", p[0], "instansi_name", "X" + p[0], "instansi_kind", p[1],
          "province_code", p[2]));
      h.add(FactTable.REPORTED_INDEX, row("instansi_code", p[0], "year", 2021, "framework_id", "PERMEN_59_2020",
          "source", "official", "scope", "index", "scope_code", "", "value", new BigDecimal(p[3])));
    }
    Row blitar = one(h.compute(), "select * from peer_benchmark where instansi_code = '6521'");
    assertThat(blitar.<Long>getAs("peer_count")).isEqualTo(3L);
    assertThat(blitar.<Integer>getAs("rank_in_kind")).isEqualTo(2);
    assertThat(blitar.<BigDecimal>getAs("percentile_in_kind")).isEqualByComparingTo("66.67"); // 2 of 3 at or below
    assertThat(blitar.<BigDecimal>getAs("kind_mean")).isEqualByComparingTo("2.79"); // (2.76 + 3.10 + 2.50) / 3
    assertThat(blitar.<BigDecimal>getAs("province_mean")).isEqualByComparingTo("3.19"); // (2.76 + 3.10 + 3.71) / 3
    assertThat(blitar.<BigDecimal>getAs("national_mean")).isEqualByComparingTo("3.02"); // 12.07 / 4
  }
}
