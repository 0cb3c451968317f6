package id.spbe.analytics.pipeline.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The index and predikat against values computed by hand from the PermenPANRB 59/2020 weights. */
class IndexArithmeticTest {

  private static Row index(SparkSession spark, int year, String source) {
    List<Row> rows = spark.sql("select * from instansi_index where year = " + year + " and source = '" + source + "'")
        .collectAsList();
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  @Test
  void allLevelOneIsOneAndAllLevelFiveIsFive() {
    SparkSession spark = new MetricsHarness().allIndicators(2023, "official", 1).allIndicators(2024, "official", 5).compute();
    assertThat(index(spark, 2023, "official").<java.math.BigDecimal>getAs("index_value")).isEqualByComparingTo("1.00");
    assertThat(index(spark, 2023, "official").<String>getAs("predikat")).isEqualTo("Kurang");
    assertThat(index(spark, 2024, "official").<java.math.BigDecimal>getAs("index_value")).isEqualByComparingTo("5.00");
    assertThat(index(spark, 2024, "official").<String>getAs("predikat")).isEqualTo("Memuaskan");
    assertThat(index(spark, 2024, "official").<Boolean>getAs("is_partial")).isFalse();
  }

  @Test
  void mixedLevelsWeighLayananMoreThanKebijakan() {
    // Layanan (indicators 32-47, 45.5 %) at level 4, everything else (54.5 %) at level 2:
    // (45.5 * 4 + 54.5 * 2) / 100 = (182 + 109) / 100 = 2.91 -> Baik
    MetricsHarness h = new MetricsHarness();
    for (int i = 1; i <= 47; i++) {
      h.level(2023, "official", String.valueOf(i), i >= 32 ? 4 : 2);
    }
    SparkSession spark = h.compute();
    Row mixed = index(spark, 2023, "official");
    assertThat(mixed.<java.math.BigDecimal>getAs("index_value_exact")).isEqualByComparingTo("2.91");
    assertThat(mixed.<String>getAs("predikat")).isEqualTo("Baik");
    List<Row> domains = spark.sql("select domain_code, index_value from domain_index where year = 2023 order by domain_code")
        .collectAsList();
    assertThat(domains).extracting(r -> r.getString(0) + "=" + r.getDecimal(1).toPlainString())
        .containsExactly("D1=2.00", "D2=2.00", "D3=2.00", "D4=4.00");
  }

  @Test
  void predikatBoundariesAreHalfOpen() {
    SparkSession spark = new MetricsHarness()
        .reported(2021, "official", "index", "", "3.5")
        .reported(2022, "official", "index", "", "3.49")
        .reported(2023, "official", "index", "", "2.6")
        .reported(2024, "official", "index", "", "2.59")
        .reported(2025, "official", "index", "", "4.2")
        .reported(2020, "official", "index", "", "1.8")
        .reported(2018, "official", "index", "", "1.79")
        .compute();
    assertThat(index(spark, 2021, "official").<String>getAs("predikat")).isEqualTo("Sangat Baik");
    assertThat(index(spark, 2022, "official").<String>getAs("predikat")).isEqualTo("Baik");
    assertThat(index(spark, 2023, "official").<String>getAs("predikat")).isEqualTo("Baik");
    assertThat(index(spark, 2024, "official").<String>getAs("predikat")).isEqualTo("Cukup");
    assertThat(index(spark, 2025, "official").<String>getAs("predikat")).isEqualTo("Memuaskan");
    assertThat(index(spark, 2020, "official").<String>getAs("predikat")).isEqualTo("Cukup");
    assertThat(index(spark, 2018, "official").<String>getAs("predikat")).isEqualTo("Kurang");
  }

  @Test
  void aComputedIndexIsRoundedToTwoDecimalsBeforeThePredikatIsRead() {
    // 46 indicators at 3 and one Layanan Publik indicator (3.00 %) at 4 -> 3.03; every other Layanan at 4 too:
    // Layanan 45.5 % at 4, rest 54.5 % at 3 -> (182 + 163.5) / 100 = 3.455 -> 3.46 (half up) -> Baik
    MetricsHarness h = new MetricsHarness();
    for (int i = 1; i <= 47; i++) {
      h.level(2023, "self_assessment", String.valueOf(i), i >= 32 ? 4 : 3);
    }
    Row row = index(h.compute(), 2023, "self_assessment");
    assertThat(row.<java.math.BigDecimal>getAs("index_value_exact")).isEqualByComparingTo("3.455");
    assertThat(row.<java.math.BigDecimal>getAs("index_value")).isEqualByComparingTo("3.46");
    assertThat(row.<String>getAs("predikat")).isEqualTo("Baik");
  }

  @Test
  void aPartialYearIsComputedOverThePresentWeightsAndMarked() {
    // only Layanan Administrasi (A7, 10 x 2.75 %) present: 5 at level 4, 5 at level 2 -> mean 3.00
    MetricsHarness h = new MetricsHarness();
    for (int i = 32; i <= 41; i++) {
      h.level(2022, "official", String.valueOf(i), i <= 36 ? 4 : 2);
    }
    SparkSession spark = h.compute();
    Row row = index(spark, 2022, "official");
    assertThat(row.<java.math.BigDecimal>getAs("index_value")).isEqualByComparingTo("3.00");
    assertThat(row.<Boolean>getAs("is_partial")).isTrue();
    assertThat(row.<Long>getAs("indicators_present")).isEqualTo(10L);
    assertThat(row.<Long>getAs("indicators_total")).isEqualTo(47L);
    Row aspect = spark.sql("select * from aspect_index where aspect_code = 'A7'").collectAsList().get(0);
    assertThat(aspect.<Boolean>getAs("is_partial")).isFalse();
    Row domain = spark.sql("select * from domain_index where domain_code = 'D4'").collectAsList().get(0);
    assertThat(domain.<Boolean>getAs("is_partial")).isTrue();
  }

  @Test
  void aReportedIndexWinsOverTheComputedOneAndBothAreKept() {
    SparkSession spark = new MetricsHarness().allIndicators(2021, "official", 3)
        .reported(2021, "official", "index", "", "2.76").compute();
    Row row = index(spark, 2021, "official");
    assertThat(row.<java.math.BigDecimal>getAs("index_value")).isEqualByComparingTo("2.76");
    assertThat(row.<String>getAs("basis")).isEqualTo("reported");
    assertThat(row.<java.math.BigDecimal>getAs("computed_value")).isEqualByComparingTo("3");
  }

  @Test
  void domainOnlyInputsGiveTheDomainWeightedIndex() {
    // (13 * 2 + 25 * 3 + 16.5 * 1 + 45.5 * 4) / 100 = (26 + 75 + 16.5 + 182) / 100 = 2.995 -> 3.00 (half up)
    SparkSession spark = new MetricsHarness()
        .reported(2022, "official", "domain", "D1", "2").reported(2022, "official", "domain", "D2", "3")
        .reported(2022, "official", "domain", "D3", "1").reported(2022, "official", "domain", "D4", "4").compute();
    Row row = index(spark, 2022, "official");
    assertThat(row.<java.math.BigDecimal>getAs("index_value_exact")).isEqualByComparingTo("2.995");
    assertThat(row.<java.math.BigDecimal>getAs("index_value")).isEqualByComparingTo("3.00");
    assertThat(row.<String>getAs("basis")).isEqualTo("domains");
    assertThat(row.<Boolean>getAs("is_partial")).isFalse();
  }

  @Test
  void indicator35Of2018ScoresTheMeanOfItsServices() {
    // 5/2018: every indicator at 2 except no. 35 (10 %) scored for three services at 3, 4 and 5 -> mean 4:
    // (90 * 2 + 10 * 4) / 100 = 2.20
    MetricsHarness h = new MetricsHarness();
    for (int i = 1; i <= 34; i++) {
      h.level(2019, "official", String.valueOf(i), 2);
    }
    h.item(2019, "35", 1, 3).item(2019, "35", 2, 4).item(2019, "35", 3, 5);
    SparkSession spark = h.compute();
    assertThat(index(spark, 2019, "official").<java.math.BigDecimal>getAs("index_value_exact"))
        .isEqualByComparingTo("2.2");
    Row score = spark.sql("select * from indicator_score where indicator_code = '35'").collectAsList().get(0);
    assertThat(score.<Long>getAs("items_scored")).isEqualTo(3L);
  }
}
