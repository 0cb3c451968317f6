package id.spbe.analytics.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Targets that mean what they say, in a real browser: a target that was not given is "belum ada target", never the
 * framework's top level, and the indicator-level target is never labelled "Target RPJMD". Every indicator of the
 * sample has a target (its own or the RPJMD target rounded up), so the untargeted states are the fixture's; the
 * sample's target columns are checked in {@link ViewsBrowserTest}.
 */
class TargetsFixtureBrowserTest extends FixtureBrowserTest {

  @Test
  void theIndikatorViewCountsNoGapAgainstATargetThatWasNotGiven() {
    // 2026: indicator 2 has the planner's target level 4 (self level 2); indicator 1 has none (framework_max 5)
    open("/indikator.html?instansi=6521&year=2026&lang=id", "targets-indikator-2026");
    assertThat(text("#gap-summary")).isEqualTo(
        "2 indikator; 1 di bawah target, total 0,1000 poin indeks dipertaruhkan.");
    assertThat(text("#gap-note")).contains("1 indikator belum punya target");
    assertThat(texts("#gap-table tbody tr")).as("only below target by default").hasSize(1);
    element("#only-below").click();
    String untargeted = texts("#gap-table tbody tr").stream().filter(r -> r.startsWith("1 ")).findFirst().orElseThrow();
    assertThat(untargeted).contains("belum ada target").doesNotContain(" 5 ").doesNotContain("0,1200");
    assertThat(texts("#gap-table tbody tr").get(0)).as("the indicators with a target first").startsWith("2 ");
  }

  @Test
  void domainAndAspectTargetsAreIndicatorLevelTargetsAndOnlyWhereGiven() {
    open("/domain.html?instansi=6521&year=2026&lang=id", "targets-domain-2026");
    assertThat(text("#aspect-table thead")).contains("Target level indikator").doesNotContain("Target RPJMD");
    assertThat(texts("#aspect-table tbody tr").get(1)).startsWith("A2").contains("4,00");
    assertThat(texts("#aspect-table tbody tr").get(0)).startsWith("A1").contains("belum ada target")
        .doesNotContain(" 5,00");
    open("/domain.html?instansi=6521&year=2025&lang=id", "targets-domain-2025");
    assertThat(text("#domain-table thead")).contains("Target level indikator").doesNotContain("Target RPJMD");
  }

  @Test
  void inEnglishToo() {
    open("/indikator.html?instansi=6521&year=2026&lang=en", "targets-indikator-2026-en");
    assertThat(text("#gap-summary")).contains("1 below target");
    assertThat(text("#gap-note")).contains("1 indicator has no target yet").doesNotContain("1 indicators");
    assertThat(text("#gap-shown")).isEqualTo("(1 of 2 indicators shown)");
    element("#only-below").click();
    assertThat(text("#gap-table")).contains("no target yet");
    open("/domain.html?instansi=6521&year=2026&lang=en", "targets-domain-2026-en");
    assertThat(text("#aspect-table thead")).contains("Indicator-level target").doesNotContain("RPJMD target");
  }
}
