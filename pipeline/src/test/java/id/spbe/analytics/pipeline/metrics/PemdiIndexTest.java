package id.spbe.analytics.pipeline.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * Indeks Pemdi 2026 as PermenPANRB 8/2026 computes it: Indeks Aspek = sum(wI x NI) / wA over decimal indicator
 * values, Indeks Pemdi = sum(wA / 100 x Indeks Aspek), both published to two places (half even: the published
 * aspect 1.085 reads 1.08), the predikat from Tabel 4. Every expected number is computed by hand in the comments.
 */
class PemdiIndexTest {
  private static final int PEMDI = 2026;
  /**
   * A kabupaten's 2026 external-assessor result (interview slides, 21 Sep 2026) as published in
   * Niumination/PemdiAcehTengah data/evaluasi-asesor-2026.json: index 1.24, aspects 1.75 1.28 1.00 1.17 1.08 1.40 1.18.
   */
  private static final String REAL_RESULT = "2.0 1.5 1.26 1.3 1.0 1.0 1.0 1.0 1.0 1.0 1.5 1.25 1.17 1.0 1.0 1.0 2.5 1.0 1.0 1.3";

  private static Row index(SparkSession spark, String source) {
    List<Row> rows = spark.sql("select * from instansi_index where year = 2026 and source = '" + source + "'").collectAsList();
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  private static String aspects(SparkSession spark, String source) {
    return spark.sql("select aspect_code, index_value from aspect_index where year = 2026 and source = '" + source
            + "' order by aspect_code").collectAsList().stream()
        .map(r -> r.getString(0) + "=" + r.getDecimal(1).toPlainString()).collect(Collectors.joining(" "));
  }

  @Test
  void aRealAssessorResultReproducesItsPublishedAspectsAndIndexToTheCent() {
    SparkSession spark = new MetricsHarness()
        .values(PEMDI, "official", REAL_RESULT)
        .compute();
    // A5 = (5 x 1.17 + 5 x 1.00) / 10 = 1.085, published 1.08 (half up would give 1.09)
    assertThat(aspects(spark, "official")).isEqualTo("A1=1.75 A2=1.28 A3=1.00 A4=1.17 A5=1.08 A6=1.40 A7=1.18");
    Row row = index(spark, "official");
    // (17.5 + 12.8 + 15 + 17.5 + 10.85 + 21 + 29.5) / 100 = 1.2415
    assertThat(row.<BigDecimal>getAs("index_value_exact")).isEqualByComparingTo("1.2415");
    assertThat(row.<BigDecimal>getAs("index_value")).isEqualByComparingTo("1.24");
    assertThat(row.<String>getAs("predikat")).isEqualTo("Kurang");
    assertThat(row.<String>getAs("predikat_alias")).isEqualTo("Merintis");
    assertThat(row.<String>getAs("predikat_alias_en")).isEqualTo("Initiate");
    assertThat(row.<Boolean>getAs("is_partial")).isFalse();
    assertThat(row.<Long>getAs("indicators_pending_external")).isEqualTo(4L); // I5, I6, I7, I18 at the assumed 1
  }

  @Test
  void aHandComputedTwentyValueCaseGivesEveryAspectAndTheIndex() {
    SparkSession spark = new MetricsHarness()
        .values(PEMDI, "official", "3.25 2.80 2.15 3.00 2.35 1.90 2.60 1.75 2.45 3.10 1.65 2.05 3.40 3.75 2.20 2.95 3.60 1.85 2.70 3.15")
        .compute();
    // A1 (5 x 3.25 + 5 x 2.80) / 10 = 3.025 -> 3.02 (half even); A2 (10.75 + 15) / 10 = 2.575 -> 2.58;
    // A3 (11.75 + 5.7 + 7.8 + 7) / 15 = 2.15; A4 (9.8 + 12.4 + 4.95 + 8.2) / 15 = 2.3567 -> 2.36;
    // A5 (17 + 18.75) / 10 = 3.575 -> 3.58; A6 (8.8 + 11.8 + 14.4 + 5.55) / 15 = 2.7033 -> 2.70; A7 (27 + 47.25) / 25 = 2.97
    assertThat(aspects(spark, "official")).isEqualTo("A1=3.02 A2=2.58 A3=2.15 A4=2.36 A5=3.58 A6=2.70 A7=2.97");
    Row row = index(spark, "official");
    // (30.25 + 25.75 + 32.25 + 35.35 + 35.75 + 40.55 + 74.25) / 100 = 274.15 / 100
    assertThat(row.<BigDecimal>getAs("index_value_exact")).isEqualByComparingTo("2.7415");
    assertThat(row.<BigDecimal>getAs("index_value")).isEqualByComparingTo("2.74");
    assertThat(row.<String>getAs("predikat")).isEqualTo("Baik");
    assertThat(row.<String>getAs("index_name")).isEqualTo("Indeks Pemdi");
    assertThat(spark.sql("select count(*) from domain_index where year = 2026").first().getLong(0)).isZero();
  }

  @Test
  void predikatFollowsTabel4() {
    MetricsHarness h = new MetricsHarness();
    String[][] cases = {{"1.49", "Kurang"}, {"1.50", "Cukup"}, {"3.49", "Baik"}, {"3.50", "Sangat Baik"}, {"4.00", "Memuaskan"},
        {"2.49", "Cukup"}, {"2.50", "Baik"}, {"1.00", "Kurang"}, {"5.00", "Memuaskan"}};
    for (int i = 0; i < cases.length; i++) {
      h.add(id.spbe.analytics.pipeline.facts.FactTable.REPORTED_INDEX, java.util.Map.of("instansi_code", "I" + i,
          "year", PEMDI, "framework_id", "PEMDI_2026", "source", "official", "scope", "index", "scope_code", "",
          "value", new BigDecimal(cases[i][0]), "is_illustrative", false));
    }
    SparkSession spark = h.compute();
    for (int i = 0; i < cases.length; i++) {
      assertThat(spark.sql("select predikat from instansi_index where instansi_code = 'I" + i + "'").first().getString(0))
          .as(cases[i][0]).isEqualTo(cases[i][1]);
    }
  }

  @Test
  void aSuppliedExternalValueReplacesTheAssumedOneAndTheRestWait() {
    SparkSession spark = new MetricsHarness()
        .values(PEMDI, "official", REAL_RESULT)
        .external(PEMDI, "5", "2.35")
        .compute();
    List<Row> scores = spark.sql("select indicator_code, maturity_level, value_basis from indicator_score "
        + "where indicator_code in ('5', '6', '8') order by indicator_code").collectAsList();
    assertThat(scores).extracting(r -> r.getString(0) + " " + r.getDecimal(1).stripTrailingZeros().toPlainString() + " "
        + r.getString(2)).containsExactly("5 2.35 external_index", "6 1 external_pending", "8 1 assessed");
    // A3 = (5 x 2.35 + 3 + 3 + 4) / 15 = 21.75 / 15 = 1.45; index 1.2415 + 5 x 1.35 / 100 = 1.309 -> 1.31
    assertThat(aspects(spark, "official")).startsWith("A1=1.75 A2=1.28 A3=1.45 ");
    Row row = index(spark, "official");
    assertThat(row.<BigDecimal>getAs("index_value")).isEqualByComparingTo("1.31");
    assertThat(row.<Long>getAs("indicators_pending_external")).isEqualTo(3L);
  }

  @Test
  void selfAssessmentAgainstTheAssessorsPerIndicatorAndAspect() {
    SparkSession spark = new MetricsHarness()
        .values(PEMDI, "official", REAL_RESULT)
        .values(PEMDI, "self_assessment", "2.0 1.5 2.00 1.3 1.0 1.0 1.0 1.0 1.0 1.0 1.5 1.25 1.17 1.0 1.0 1.0 2.5 1.0 1.0 1.3")
        .compute();
    Row i3 = spark.sql("select * from calibration_indicator where indicator_code = '3'").first();
    assertThat(i3.<BigDecimal>getAs("level_difference")).isEqualByComparingTo("0.74");
    assertThat(i3.<BigDecimal>getAs("index_points_difference")).isEqualByComparingTo("0.037"); // 0.74 x 5 / 100
    assertThat(i3.<String>getAs("calibration")).isEqualTo("over");
    // A2 self (5 x 2 + 5 x 1.3) / 10 = 1.65 against 1.28; index 1.2415 + 0.037 = 1.2785 -> 1.28 against 1.24
    Row a2 = spark.sql("select * from calibration_scope where scope = 'aspect' and scope_code = 'A2'").first();
    assertThat(a2.<BigDecimal>getAs("difference")).isEqualByComparingTo("0.37");
    Row total = spark.sql("select * from calibration_scope where scope = 'index'").first();
    assertThat(total.<BigDecimal>getAs("difference")).isEqualByComparingTo("0.04");
    assertThat(spark.sql("select count(*) from calibration_scope where scope = 'domain'").first().getLong(0)).isZero();
  }

  @Test
  void thePlanRaisesADecimalToItsNextWholeLevelFirst() {
    // 1.2415 to a Pemdi target of 1.28 needs 0.0385: raising I3 1.26 -> 2.00 gains 0.74 x 5 / 100 = 0.037 (not
    // enough alone) but I19 1.00 -> 2.00 gains 0.10, so one raise of effort 1 is the least-effort plan
    SparkSession spark = new MetricsHarness()
        .values(PEMDI, "official", REAL_RESULT)
        .target(PEMDI, "INDEKS_PEMDI", "1.28")
        .compute();
    Row candidate = spark.sql("select * from action_candidate where indicator_code = '3' and from_level = 1").first();
    assertThat(candidate.<BigDecimal>getAs("current_value")).isEqualByComparingTo("1.26");
    assertThat(candidate.<BigDecimal>getAs("from_value")).isEqualByComparingTo("1.26");
    assertThat(candidate.<BigDecimal>getAs("index_points")).isEqualByComparingTo("0.037");
    Row next = spark.sql("select * from action_candidate where indicator_code = '3' and from_level = 2").first();
    assertThat(next.<BigDecimal>getAs("index_points")).isEqualByComparingTo("0.05");
    assertThat(next.<BigDecimal>getAs("cumulative_index_points")).isEqualByComparingTo("0.087");
    Row summary = spark.sql("select * from action_plan_summary").first();
    assertThat(summary.<String>getAs("status")).isEqualTo("planned");
    List<Row> steps = spark.sql("select indicator_code, from_value, to_level, index_points from action_plan order by step_no")
        .collectAsList();
    BigDecimal gained = steps.stream().map(r -> r.getDecimal(3)).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(gained).isGreaterThanOrEqualTo(new BigDecimal("0.0385"));
    assertThat(steps).hasSize(1).allSatisfy(r -> assertThat(r.getInt(2)).isEqualTo(r.getDecimal(1).intValue() + 1));
  }

  @Test
  void aPemdiYearWithOnlyAnSpbeTargetComputesNoDistanceAndSuggestsTheBandEquivalent() {
    SparkSession spark = new MetricsHarness()
        .values(PEMDI, "official", REAL_RESULT)
        .target(PEMDI, "INDEKS_SPBE", "3.5")
        .target(2027, "INDEKS_SPBE", "2.59")
        .compute();
    Row trend = spark.sql("select * from trend where year = 2026").first();
    assertThat(trend.<Boolean>getAs("target_comparable")).isFalse();
    assertThat((Object) trend.getAs("distance_to_target")).isNull();
    assertThat(spark.sql("select * from gap_to_target where year = 2026 and target_basis = 'rpjmd_default'").count()).isZero();
    assertThat(spark.sql("select * from action_plan_summary").first().<String>getAs("status")).isEqualTo("no_comparable_target");
    List<Row> conversion = spark.sql("select year, given_predikat, band_position, suggested_target, suggested_predikat, "
        + "first_result_index, restated_target from target_conversion order by year").collectAsList();
    // 3.50 opens SPBE Sangat Baik [3.5, 4.2): position 0 -> Pemdi Sangat Baik [3.5, 4.0) at 3.50
    assertThat(conversion.get(0).getString(1)).isEqualTo("Sangat Baik");
    assertThat(conversion.get(0).getDecimal(3)).isEqualByComparingTo("3.50");
    assertThat(conversion.get(0).getString(4)).isEqualTo("Sangat Baik");
    assertThat(conversion.get(0).getDecimal(5)).isEqualByComparingTo("1.24");
    assertThat((Object) conversion.get(0).get(6)).isNull();
    // 2.59 sits at (2.59 - 1.8) / 0.8 = 0.9875 of SPBE Cukup [1.8, 2.6) -> Pemdi Cukup [1.5, 2.5): 2.4875 -> 2.49
    assertThat(conversion.get(1).getDecimal(2)).isEqualByComparingTo("0.9875");
    assertThat(conversion.get(1).getDecimal(3)).isEqualByComparingTo("2.49");
    assertThat(conversion.get(1).getString(4)).isEqualTo("Cukup");
  }

  @Test
  void aRestatedPemdiTargetIsTheOneUsed() {
    SparkSession spark = new MetricsHarness()
        .values(PEMDI, "official", REAL_RESULT)
        .target(PEMDI, "INDEKS_SPBE", "3.5")
        .target(PEMDI, "INDEKS_PEMDI", "1.50")
        .compute();
    Row trend = spark.sql("select * from trend where year = 2026").first();
    assertThat(trend.<Boolean>getAs("target_comparable")).isTrue();
    assertThat(trend.<BigDecimal>getAs("rpjmd_target")).isEqualByComparingTo("1.50");
    assertThat(trend.<BigDecimal>getAs("distance_to_target")).isEqualByComparingTo("0.26");
    assertThat(spark.sql("select restated_target from target_conversion").first().getDecimal(0)).isEqualByComparingTo("1.50");
  }
}
