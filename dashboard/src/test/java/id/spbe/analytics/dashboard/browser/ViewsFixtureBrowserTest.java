package id.spbe.analytics.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The views in states the bundled sample cannot produce, over the hand-written warehouse: a 2026 target still on the
 * SPBE scale, text shaped like markup, peer kabupaten to rank against, a kota alone, an instansi without a plan and a
 * refused run. What the sample does produce is in {@link ViewsBrowserTest}.
 */
class ViewsFixtureBrowserTest extends FixtureBrowserTest {

  @Test
  void aPemdiYearWhoseTargetIsStillOnTheSpbeScaleIsSaidSoWithoutADistance() {
    open("/?instansi=6521", "ringkasan-fixture");
    assertThat(text("#latest-value")).isEqualTo("3,36");
    assertThat(text("#distance-detail")).isEqualTo("0,14 poin di bawah target 3,50 (2025)");
    // one target year, one scale: the SPBE pace never "reaches 3,50 around 2026", a year scored on Indeks Pemdi
    assertThat(text("#pace-detail")).contains("baru tercapai setelah tahun terakhir Indeks SPBE (2025)")
        .doesNotContain("sekitar 2026");
    Map<String, Object> chart = chart("trend-chart");
    assertThat(chart.get("labels")).isEqualTo(List.of("2018", "2019", "2020", "2021", "2023", "2024", "2025", "2026"));
    // official 2018, 2019, 2021, 2024, 2025; self 2019, 2020, 2024, 2025, 2026; target 2021, 2023-2025 (not 2026)
    assertThat(points(chart)).containsExactly(5L, 5L, 4L);
    assertThat(texts("#trend-table tbody tr").get(7)).contains("3,50 *");
    // 2026 is scored on Indeks Pemdi and the RPJMD has only its SPBE target: said so, with the suggestion, no distance
    assertThat(text("#target-scale")).contains("Target 2026 masih 3,50 pada skala Indeks SPBE dan belum dikonversi ke "
        + "skala Indeks Pemdi").contains("Saran setara predikat").contains("3,50 (Sangat Baik); hanya saran, bukan target");
  }

  @Test
  void textShapedLikeMarkupIsShownAsText() {
    open("/indikator.html?instansi=6521&year=2025", "indikator-fixture");
    element("#only-below").click();
    assertThat(browser.js("return document.querySelectorAll('#gap-table img').length")).isEqualTo(0L);
    assertThat(String.join("\n", texts("#gap-table tbody td"))).contains("<img src=x onerror=alert(1)>");
  }

  @Test
  void perbandinganDrawsTheInstansiAgainstPeersAndNationalFigures() {
    open("/perbandingan.html?instansi=6521&year=2025", "perbandingan");
    Map<String, Object> trend = chart("bench-chart");
    // the national figure of 2023 is plotted although Blitar has no official index that year
    assertThat(trend.get("labels")).isEqualTo(List.of("2018", "2019", "2021", "2023", "2024", "2025"));
    // index 5 years; the kind mean only where another kabupaten is loaded (2024, 2025: a mean of one is no mean
    // of peers); province and national means 5; published national 2018, 2023 and 2024
    assertThat(points(trend)).containsExactly(5L, 2L, 5L, 5L, 3L);
    // 2019 (5/2018) to 2021 (59/2020) is a framework change: marked, and no line joins the two years
    assertThat(browser.js("const c = Chart.getChart(document.getElementById('bench-chart'));"
        + "return [c.options.plugins.frameworkBreaks.indexes.map(b => b.index),"
        + " c.data.datasets.map(d => d.segment.borderColor({ p0DataIndex: 1, p1DataIndex: 2 })),"
        + " c.data.datasets.map(d => d.segment.borderColor({ p0DataIndex: 4, p1DataIndex: 5 }) || 'drawn')]"))
        .isEqualTo(List.of(List.of(2L), List.of("transparent", "transparent", "transparent", "transparent",
            "transparent"), List.of("drawn", "drawn", "drawn", "drawn", "drawn")));
    assertThat(points(chart("peers-chart"))).containsExactly(2L);
    assertThat(text("#bench-note")).contains("Peringkat 1 dari 2 kabupaten");
  }

  @Test
  void aKotaWithoutPeersSaysSoInItsOwnWord() {
    // Kota Blitar is the only kota loaded
    open("/perbandingan.html?instansi=6576&year=2025&lang=id", "perbandingan-kota-alone");
    assertThat(text("#bench-note")).contains("Belum ada kota lain yang dimuat untuk 2025")
        .doesNotContain("Peringkat 1 dari 1");
    String row = texts("#bench-table tbody tr").stream().filter(r -> r.startsWith("2025")).findFirst().orElseThrow();
    assertThat(row).doesNotContain("100").doesNotContain(" 1 1 ");
    open("/perbandingan.html?instansi=6576&year=2025&lang=en", "perbandingan-kota-alone-en");
    assertThat(text("#bench-note")).contains("No other city is loaded for 2025").doesNotContain("Rank 1 of 1");
    open("/perbandingan.html?instansi=6576&year=2025&lang=id", "perbandingan-kota-alone"); // the language is remembered
  }

  @Test
  void aChartWithNothingToDrawExplainsItself() {
    // Rencana aksi without a plan: Kota Blitar has no RPJMD target
    open("/rencana.html?instansi=6576&lang=id", "rencana-no-plan");
    assertThat(element("#plan-chart").findElement(By.xpath("..")).isDisplayed()).isFalse();
    assertThat(text(".chart-empty")).isNotEmpty();
  }

  @Test
  void dataShowsRunsInputsAndQuarantinedRows() {
    open("/data.html", "data-fixture");
    List<String> runs = texts("#runs-table tbody tr");
    assertThat(runs).hasSize(2);
    // the refused run in words, with its count from the record
    assertThat(runs).anySatisfy(r -> assertThat(r).contains("tidak diterbitkan:").contains("baris ditolak dikarantina")
        .doesNotContain("rows quarantined"));
    new Select(element("#filter-run")).selectByValue("20261128T120000Z-aaaa");
    browser.waitReady();
    assertThat(texts("#quarantine-table tbody tr")).hasSize(2);
    assertThat(String.join(" ", texts("#quarantine-table tbody td"))).contains("<script>alert(1)</script>")
        .contains("=1+2");
    assertLoadedCleanly("data refused run");
    browser.screenshot("data-refused-run");
  }
}
