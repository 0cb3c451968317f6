package id.spbe.analytics.pipeline.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bukti dukung as the assessors count it: a level counts only when every main item of it and of every level below
 * is accepted. One hand-written Pemdi 2026 list on two dates (15 June, before the 2 July deadline, and 3 July,
 * after it); every expected number is worked out in the comments from the catalog's weights (I1-I4, I5, I13 5 %,
 * I19 10 %, I20 15 %).
 */
class EvidenceTest {
  private static final int YEAR = 2026;
  private static final String JUNE = "2026-06-15";
  private static final String JULY = "2026-07-03";
  private static SparkSession spark;

  /** The items of 15 June; 3 July is the same list with I19's level-3 draft accepted. */
  private static String[] items(boolean julyState) {
    return new String[] {
        "1 1 diterima KOMINFO", "1 2 revisi KOMINFO", "1 3 belum KOMINFO",        // I1: level 1
        "2 1 revisi KOMINFO", "2 2 diterima KOMINFO",                              // I2: no level (L1 to redo)
        "3 1 diterima BKPSDM", "3 1 belum pendukung BKPSDM", "3 2 diterima BKPSDM", // I3: level 2, supporting ignored
        "4 1 diterima BKPSDM", "4 2 belum BKPSDM", "4 3 diterima BKPSDM",          // I4: level 1, L3 without L2
        "13 1 diterima KOMINFO", "13 2 diterima KOMINFO", "13 3 diterima KOMINFO", "13 4 belum KOMINFO", // I13: 3
        "19 1 diterima", "19 2 diterima", "19 3 " + (julyState ? "diterima" : "draf")}; // I19: 2, then 3; OPD by owner
  }

  @BeforeAll
  static void compute() {
    spark = new MetricsHarness()
        .evidence(YEAR, JUNE, items(false))
        .evidence(YEAR, JULY, items(true))
        .external(YEAR, "5", "2.35")
        .value(YEAR, "self_assessment", "1", "2.50")
        .value(YEAR, "self_assessment", "3", "2.00")
        .value(YEAR, "self_assessment", "13", "2.75")
        .value(YEAR, "official", "13", "2.00")
        .owner(YEAR, "19", "ORGANISASI")
        .deadline(YEAR, "2026-07-02")
        .evidence(2025, "2025-06-30", "12 1 diterima BAPPEDA", "12 2 diterima BAPPEDA", "12 3 revisi BAPPEDA")
        .computeCached();
  }

  @AfterAll
  static void release() {
    spark.catalog().clearCache();
  }

  private static Row indicator(String snapshot, String code) {
    List<Row> rows = spark.sql("select * from evidence_indicator where snapshot_on = date'" + snapshot
        + "' and indicator_code = '" + code + "'").collectAsList();
    assertThat(rows).as("indicator %s on %s", code, snapshot).hasSize(1);
    return rows.get(0);
  }

  private static Integer supported(String code) {
    return indicator(JUNE, code).getAs("supported_level");
  }

  @Test
  void aLevelCountsOnlyWhenItAndEveryLevelBelowAreAccepted() {
    assertThat(supported("1")).as("level 1 accepted, one level-2 item in revisi").isEqualTo(1);
    assertThat(supported("2")).as("a level-1 item in revisi: no level, though level 2 is accepted").isEqualTo(0);
    assertThat(supported("3")).as("a supporting level-1 item still belum changes nothing").isEqualTo(2);
    assertThat(supported("4")).as("level 3 complete but level 2 not").isEqualTo(1);
    assertThat(supported("13")).isEqualTo(3);
    assertThat(supported("20")).as("no item listed at all").isEqualTo(0);
    assertThat(indicator(JUNE, "2").<BigDecimal>getAs("supported_value")).as("Pemdi's lowest value")
        .isEqualByComparingTo("1.00");
    Row external = indicator(JUNE, "5");
    assertThat(external.<Integer>getAs("supported_level")).as("externally scored: no local evidence").isNull();
    assertThat(external.<String>getAs("value_basis")).isEqualTo("external_index");
    assertThat(external.<BigDecimal>getAs("supported_value")).isEqualByComparingTo("2.35");
    assertThat(indicator(JUNE, "6").<String>getAs("value_basis")).isEqualTo("external_pending");
  }

  @Test
  void anSpbeYearIsReadTheSameWayOnItsOwnWeightsAndRounding() {
    Row i12 = spark.sql("select * from evidence_indicator where year = 2025 and indicator_code = '12'").collectAsList().get(0);
    assertThat(i12.<Integer>getAs("supported_level")).isEqualTo(2);
    assertThat(i12.<String>getAs("framework_id")).isEqualTo("PERMEN_59_2020");
    Row index = spark.sql("select * from evidence_index where year = 2025 and scope = 'index'").collectAsList().get(0);
    // 46 indicators at level 1 and indicator 12 (w 2.5 %) at 2: 1 + 2.5 / 100 = 1.025, half up (Indeks SPBE) 1.03
    assertThat(index.<BigDecimal>getAs("supported_value_exact")).isEqualByComparingTo("1.025");
    assertThat(index.<BigDecimal>getAs("supported_value")).isEqualByComparingTo("1.03");
    assertThat(spark.sql("select count(*) from evidence_level where year = 2025").as(org.apache.spark.sql.Encoders.LONG())
        .collectAsList().get(0)).as("47 indicators x levels 1-5").isEqualTo(235L);
  }

  @Test
  void theMatrixColoursEachLevelByItsMostUrgentMainItem() {
    List<String> cells = spark.sql("select concat(indicator_code, 'L', level, '=', level_status, if(is_reached, '*', ''))"
        + " from evidence_level where snapshot_on = date'" + JUNE + "' and indicator_code in ('1', '3', '4', '5', '19')"
        + " and level <= 3 order by indicator_no, level").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertThat(cells).containsExactly(
        "1L1=diterima*", "1L2=revisi", "1L3=belum",
        "3L1=diterima*", "3L2=diterima*", "3L3=tanpa_item",
        "4L1=diterima*", "4L2=belum", "4L3=diterima",
        "5L1=eksternal", "5L2=eksternal", "5L3=eksternal",
        "19L1=diterima*", "19L2=diterima*", "19L3=draf");
  }

  @Test
  void theEvidenceSupportedIndexIsASimulationBesideTheClaims() {
    Row index = spark.sql("select * from evidence_index where scope = 'index' and snapshot_on = date'" + JUNE + "'")
        .collectAsList().get(0);
    // every indicator at 1.00 except I3 2 (w5), I13 3 (w5), I19 2 (w10) and I5 2.35 (w5, external):
    // 1 + (5 x 1 + 5 x 2 + 10 x 1 + 5 x 1.35) / 100 = 1 + 31.75 / 100 = 1.3175 -> 1.32 (half even)
    assertThat(index.<BigDecimal>getAs("supported_value_exact")).isEqualByComparingTo("1.3175");
    assertThat(index.<BigDecimal>getAs("supported_value")).isEqualByComparingTo("1.32");
    assertThat(index.<String>getAs("predikat")).isEqualTo("Kurang");
    assertThat(index.<Boolean>getAs("is_simulation")).isTrue();
    String aspects = spark.sql("select scope_code, supported_value from evidence_index where scope = 'aspect'"
            + " and snapshot_on = date'" + JUNE + "' order by scope_code").collectAsList().stream()
        .map(r -> r.getString(0) + "=" + r.getDecimal(1).toPlainString()).collect(Collectors.joining(" "));
    // A2 (2 + 1) / 2 = 1.50; A3 (5 x 2.35 + 3 + 3 + 4) / 15 = 21.75 / 15 = 1.45; A5 (3 + 1) / 2 = 2.00;
    // A7 (10 x 2 + 15 x 1) / 25 = 1.40
    assertThat(aspects).isEqualTo("A1=1.00 A2=1.50 A3=1.45 A4=1.00 A5=2.00 A6=1.00 A7=1.40");

    Row i1 = indicator(JUNE, "1");
    assertThat(i1.<Boolean>getAs("claims_above_evidence")).as("self-assessed 2.50 on evidence for level 1").isTrue();
    assertThat(i1.<BigDecimal>getAs("claim_excess")).isEqualByComparingTo("1.50");
    assertThat(indicator(JUNE, "3").<Boolean>getAs("claims_above_evidence")).as("claims 2, evidence 2").isFalse();
    Row i13 = indicator(JUNE, "13");
    assertThat(i13.<Boolean>getAs("claims_above_evidence")).as("claims 2.75, evidence 3").isFalse();
    assertThat(i13.<BigDecimal>getAs("claim_excess")).isEqualByComparingTo("0");
    assertThat(i13.<BigDecimal>getAs("official_value")).isEqualByComparingTo("2.00");
    assertThat(indicator(JUNE, "2").<BigDecimal>getAs("claimed_value")).as("no self-assessment row").isNull();
  }

  @Test
  void theToDoListPutsTheItemsThatRaiseTheIndexMostFirst() {
    List<String> todo = spark.sql("select concat(priority, ' ', item_code, ' ', action, ' ', coalesce(opd_code, '-'), ' ',"
            + " cast(points_at_stake as decimal(4, 2)), if(is_overdue, ' overdue', '')) from evidence_todo"
            + " where snapshot_on = date'" + JUNE + "' order by priority")
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertThat(todo).containsExactly(
        "1 I19-L3-01 deliver ORGANISASI 0.10", // I19's next level needs only this draft: 10 % for one item
        "2 I1-L2-01 redo KOMINFO 0.05",        // next levels worth 5 % with one open item each, by indicator
        "3 I2-L1-01 redo KOMINFO 0.05",
        "4 I4-L2-01 deliver BKPSDM 0.05",
        "5 I13-L4-01 deliver KOMINFO 0.05",
        "6 I1-L3-01 deliver KOMINFO 0.05",     // two levels up: counts only after I1-L2-01
        "7 I3-L1-02 deliver BKPSDM 0.00");     // supporting: never gates a level
    List<String> opds = spark.sql("select concat(opd_code, ' ', items_total, ' ', items_diterima, ' ', items_revisi, ' ',"
            + " items_next_level, ' ', cast(points_at_stake as decimal(4, 2)), ' ', items_overdue) from evidence_opd"
            + " where snapshot_on = date'" + JUNE + "' order by points_at_stake desc, opd_code")
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    // KOMINFO: I1, I2, I13 next levels open (3 x 0.05); ORGANISASI: I19 (0.10); BKPSDM: I4 (0.05)
    assertThat(opds).containsExactly("KOMINFO 9 5 2 3 0.15 0", "ORGANISASI 3 2 0 1 0.10 0", "BKPSDM 6 4 0 1 0.05 0");
  }

  @Test
  void aLaterSnapshotIsASecondPointOfTheProgressLineAndOpenItemsAreOverdue() {
    List<String> progress = spark.sql("select concat(snapshot_on, ' ', items_total, ' ', items_diterima, ' ',"
            + " supported_index) from evidence_progress where year = 2026 order by snapshot_on")
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    // 3 July: I19 reaches level 3, + 10 / 100 = 1.4175 -> 1.42
    assertThat(progress).containsExactly("2026-06-15 18 11 1.32", "2026-07-03 18 12 1.42");
    Long overdue = spark.sql("select count(*) from evidence_todo where snapshot_on = date'" + JULY + "' and is_overdue")
        .as(org.apache.spark.sql.Encoders.LONG()).collectAsList().get(0);
    assertThat(overdue).as("every item still open on 3 July, after the 2 July deadline").isEqualTo(6L);
  }
}
