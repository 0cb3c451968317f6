package id.spbe.analytics.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/** Every view in a real browser: it loads cleanly, draws its charts with the expected points, and works. */
class ViewsBrowserTest extends FixtureBrowserTest {

  @Test
  void ringkasanShowsTheHeadlineAndTheTrendWithTargetPathAndBreaks() {
    open("/?instansi=6521", "ringkasan");
    assertThat(text("#latest-value")).isEqualTo("3,36");
    assertThat(text("#latest-detail")).contains("2025").contains("Baik");
    assertThat(text("#distance-value")).isEqualTo("0,14");
    assertThat(text("#distance-detail")).isEqualTo("0,14 poin di bawah target 3,50 (2025)");
    assertThat(text("#change-value")).isEqualTo("+0,11");
    assertThat(text("#self-value")).isEqualTo("+0,56");
    // one target year, one scale: the SPBE pace never "reaches 3,50 around 2026", a year scored on Indeks Pemdi
    assertThat(text("#pace-detail")).contains("baru tercapai setelah tahun terakhir Indeks SPBE (2025)")
        .doesNotContain("sekitar 2026");
    Map<String, Object> chart = chart("trend-chart");
    assertThat(chart.get("labels")).isEqualTo(List.of("2018", "2019", "2020", "2021", "2023", "2024", "2025", "2026"));
    assertThat(datasetLabels(chart)).containsExactly("Indeks resmi", "Penilaian mandiri", "Target RPJMD");
    // official 2018, 2019, 2021, 2024, 2025; self 2019, 2020, 2024, 2025, 2026; target 2021, 2023-2025 (not 2026)
    assertThat(points(chart)).containsExactly(5L, 5L, 4L);
    assertThat(browser.js("return Chart.getChart(document.getElementById('trend-chart')).options.plugins"
        + ".frameworkBreaks.indexes.length")).isEqualTo(2L);
    assertThat(element("#trend-chart").getAttribute("aria-label")).contains("Data grafik");
    assertThat(texts("#trend-table tbody tr")).hasSize(8);
    assertThat(texts("#trend-table tbody tr").get(7)).contains("3,50 *");
    // 2021 is above its 2,75 target: reached by its margin, never "Jarak ke target -0,01"
    assertThat(texts("#trend-table tbody tr").get(3)).contains("tercapai (+0,01)").doesNotContain("-0,01");
    assertThat(element("#report-link").getAttribute("href")).endsWith("/api/laporan?instansi=6521&year=2025&lang=id");
    // 2026 is scored on Indeks Pemdi and the RPJMD has only its SPBE target: said so, with the suggestion, no distance
    assertThat(text("#target-scale")).contains("Target 2026 masih 3,50 pada skala Indeks SPBE dan belum dikonversi ke "
        + "skala Indeks Pemdi").contains("Saran setara predikat").contains("3,50 (Sangat Baik); hanya saran, bukan target");
    assertThat(text("main")).doesNotContain("INDEKS_SPBE").doesNotContain("INDEKS_PEMDI");
  }

  @Test
  void domainShowsRadarAndBarsAndDrillsDownToIndicators() {
    open("/domain.html?instansi=6521&year=2025", "domain");
    Map<String, Object> radar = chart("aspect-radar");
    assertThat(radar.get("type")).isEqualTo("radar");
    assertThat(points(radar)).containsExactly(8L, 8L, 8L);
    Map<String, Object> bars = chart("domain-bars");
    assertThat(points(bars)).containsExactly(4L, 4L, 4L);
    assertThat(texts("#domain-table tbody tr")).hasSize(4);
    assertThat(texts("#domain-table tbody tr").get(3)).contains("2,71").contains("4,04").contains("3,35");
    element("#domain-table tbody tr:nth-child(4) th button").click();
    browser.waitReady();
    assertThat(browser.driver().getCurrentUrl()).contains("domain=D4");
    assertThat(texts("#indicator-table tbody tr")).hasSize(3);
    assertThat(new Select(element("#filter-domain")).getFirstSelectedOption().getText()).startsWith("D4");
    assertLoadedCleanly("domain drill-down");
    browser.screenshot("domain-drill-down");
  }

  @Test
  void indikatorTableSortsFromTheKeyboardAndShowsTextAsText() {
    open("/indikator.html?instansi=6521&year=2025", "indikator");
    // "hanya di bawah target" is on by default: the 7 rows below their target, the gap, points and OPD first
    assertThat(element("#only-below").isSelected()).isTrue();
    assertThat(texts("#gap-table tbody tr")).hasSize(7);
    assertThat(text("#gap-shown")).isEqualTo("(7 dari 10 indikator ditampilkan)");
    assertThat(texts("#gap-table thead th").subList(0, 5)).containsExactly("No.", "Indikator", "Kesenjangan (level)",
        "Poin indeks", "OPD pengampu");
    element("#only-below").click();
    assertThat(texts("#gap-table tbody tr")).hasSize(10);
    assertThat(text("#gap-summary")).contains("10 indikator; 7 di bawah target").contains("0,1480");
    assertThat(texts("#gap-table tbody tr th").get(0)).isEqualTo("32");
    var sort = element("#gap-table thead th:nth-child(1) button");
    sort.sendKeys(Keys.ENTER);
    assertThat(element("#gap-table thead th:nth-child(1)").getAttribute("aria-sort")).isEqualTo("ascending");
    assertThat(texts("#gap-table tbody tr th")).startsWith("1", "2", "12");
    element("#gap-table thead th:nth-child(1) button").sendKeys(Keys.ENTER);
    assertThat(element("#gap-table thead th:nth-child(1)").getAttribute("aria-sort")).isEqualTo("descending");
    assertThat(texts("#gap-table tbody tr th").get(0)).isEqualTo("42");
    assertThat(browser.js("return document.activeElement.closest('th').getAttribute('aria-sort')"))
        .as("focus stays on the sort button").isEqualTo("descending");
    assertThat(browser.js("return document.querySelectorAll('#gap-table img').length")).isEqualTo(0L);
    assertThat(String.join("\n", texts("#gap-table tbody td"))).contains("<img src=x onerror=alert(1)>");
    new Select(element("#filter-opd")).selectByValue("KOMINFO");
    browser.waitReady();
    assertThat(texts("#gap-table tbody tr")).hasSize(3);
    assertThat(browser.driver().getCurrentUrl()).contains("opd=KOMINFO");
    assertLoadedCleanly("indikator filtered");
  }

  @Test
  void opdShowsAScorecardPerOpdAndTheIndicatorsOfThePickedOne() {
    open("/opd.html?instansi=6521&year=2025", "opd");
    assertThat(texts("#scorecards article")).hasSize(5);
    assertThat(texts("#scorecards article").get(0)).contains("Badan Perencanaan Pembangunan Daerah").contains("0,0655")
        .contains("+0,75");
    assertThat(texts("#scorecards article").get(2)).contains("Tidak lengkap tepat waktu");
    assertThat(points(chart("opd-chart"))).containsExactly(5L);
    element("#scorecards article:nth-child(3) button").click();
    browser.waitReady();
    assertThat(texts("#opd-indicators tbody tr")).hasSize(3);
    assertLoadedCleanly("opd detail");
    browser.screenshot("opd-detail");
  }

  @Test
  void rencanaShowsThePlanAndTheWhatIfAnswersAtOnce() {
    open("/rencana.html?instansi=6521", "rencana");
    assertThat(points(chart("plan-chart"))).containsExactly(7L, 7L);
    assertThat(texts("#plan-table tbody tr")).hasSize(6);
    assertThat(text("#whatif-index")).isEqualTo("Indeks: 3,36 (Baik)");
    new Select(element("#raise-32")).selectByValue("3");
    new Select(element("#raise-12")).selectByValue("4");
    waitFor("document.body.dataset.whatif === 'done' && document.getElementById('whatif-detail').textContent"
        + ".startsWith('2 kenaikan')");
    assertThat(text("#whatif-index")).isEqualTo("Indeks: 3,43 (Baik)");
    assertThat(text("#whatif-detail")).contains("+0,0775").contains("upaya 4,00");
    assertThat(text("#whatif-target")).isEqualTo("Masih 0,07 poin di bawah target 3,50 (2025)");
    assertThat(browser.driver().getCurrentUrl()).contains("raise=32%3A3&raise=12%3A4");
    element("#whatif-plan").click();
    waitFor("document.getElementById('whatif-detail').textContent.startsWith('6 kenaikan')");
    assertThat(text("#whatif-index")).isEqualTo("Indeks: 3,52 (Sangat Baik)");
    assertThat(text("#whatif-target")).isEqualTo("Target 3,50 (2025) tercapai");
    assertLoadedCleanly("what-if");
    browser.screenshot("rencana-what-if");
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
  void perbandinganWithoutPeersSaysSoInsteadOfRankingOneOfOne() {
    // Kota Blitar is the only kota loaded
    open("/perbandingan.html?instansi=6576&year=2025&lang=id", "perbandingan-alone");
    assertThat(text("#bench-note")).contains("Belum ada kota lain yang dimuat untuk 2025")
        .doesNotContain("Peringkat 1 dari 1");
    String row = texts("#bench-table tbody tr").stream().filter(r -> r.startsWith("2025")).findFirst().orElseThrow();
    assertThat(row).doesNotContain("100").doesNotContain(" 1 1 ");
    open("/perbandingan.html?instansi=6576&year=2025&lang=en", "perbandingan-alone-en");
    assertThat(text("#bench-note")).contains("No other city is loaded for 2025").doesNotContain("Rank 1 of 1");
    open("/perbandingan.html?instansi=6576&year=2025&lang=id", "perbandingan-alone"); // the language is remembered
  }

  @Test
  void chartsNameTheirAxesBandsAndSayWhyAPanelIsEmpty() {
    open("/?instansi=6521&lang=id", "ringkasan-chart-words");
    assertThat(browser.js("const c = Chart.getChart(document.getElementById('trend-chart'));"
        + "return [c.options.scales.x.title.text, c.options.scales.y.title.text, c.options.plugins.legend.labels.pointStyle]"))
        .isEqualTo(List.of("Tahun", "Indeks", "line"));
    @SuppressWarnings("unchecked")
    List<String> bandNames = (List<String>) browser.js(
        "return Chart.getChart(document.getElementById('trend-chart')).$predikatLabels");
    assertThat(bandNames).contains("Baik", "Sangat Baik", "Cukup");
    // the target is drawn over the official line where they meet (Chart.js draws the lowest order last)
    assertThat(browser.js("const c = Chart.getChart(document.getElementById('trend-chart'));"
        + "return c.getSortedVisibleDatasetMetas().map(m => m.label)")).asList().first().isEqualTo("Target RPJMD");

    open("/domain.html?instansi=6521&year=2026&lang=id", "domain-2026-no-domains");
    // no empty domain panel: hidden, and the note says why
    assertThat(element("#bars-panel").isDisplayed()).isFalse();
    assertThat(text("#domain-note")).contains("tidak memiliki domain; hasil ditampilkan per aspek");
    @SuppressWarnings("unchecked")
    List<Object> axes = (List<Object>) browser.js(
        "return Chart.getChart(document.getElementById('aspect-radar')).data.labels.map(l => [].concat(l).join(' '))");
    assertThat(axes).first().asString().startsWith("A1 Tata Kelola");

    // a chart with nothing to draw explains itself instead of an empty panel: Rencana aksi without a plan
    open("/rencana.html?instansi=6576&lang=id", "rencana-no-plan");
    assertThat(element("#plan-chart").findElement(org.openqa.selenium.By.xpath("..")).isDisplayed()).isFalse();
    assertThat(text(".chart-empty")).isNotEmpty();
  }

  @Test
  void anUnknownInstansiOrYearInALinkIsExplainedAndLeavesAWayOn() {
    browser.open(server.base() + "/?instansi=9999&lang=id");
    assertThat(text("#message")).contains("9999").contains("Ditampilkan: Kabupaten Blitar (6521)");
    assertThat(new Select(element("#filter-instansi")).getFirstSelectedOption().getAttribute("value")).isEqualTo("6521");
    assertThat(element("#report-link").getAttribute("href")).contains("instansi=6521").doesNotContain("9999");
    assertThat(text("#latest-value")).isEqualTo("3,36");
    browser.screenshot("unknown-instansi");

    browser.open(server.base() + "/indikator.html?instansi=6521&year=2031&lang=id");
    // not silently replaced: the message stays, naming the year asked for and the one shown
    assertThat(text("#message")).contains("2031").contains("Ditampilkan: 2025");
    assertThat(new Select(element("#filter-year")).getFirstSelectedOption().getText()).isEqualTo("2025");
    assertThat(texts("#gap-table tbody tr")).isNotEmpty();
    browser.open(server.base() + "/indikator.html?instansi=6521&year=2031&lang=en");
    assertThat(text("#message")).contains("2031").contains("Shown instead: 2025");
    browser.screenshot("unknown-year");
    open("/indikator.html?instansi=6521&year=2025&lang=id", "indikator"); // the language is remembered
  }

  @Test
  void indikatorUnderPemdiHasNoDomainFilter() {
    open("/indikator.html?instansi=6521&year=2026&lang=id", "indikator-2026-filters");
    assertThat(element("#filter-domain").isDisplayed()).isFalse();
    assertThat(element("#filter-aspect").isDisplayed()).isTrue();
    open("/indikator.html?instansi=6521&year=2025", "indikator-2025-filters");
    assertThat(element("#filter-domain").isDisplayed()).isTrue();
  }

  @Test
  void dataShowsRunsInputsAndQuarantinedRows() {
    open("/data.html", "data");
    assertThat(texts("#runs-table tbody tr")).hasSize(2);
    new Select(element("#filter-run")).selectByValue("20261128T120000Z-aaaa");
    browser.waitReady();
    assertThat(texts("#quarantine-table tbody tr")).hasSize(2);
    assertThat(String.join(" ", texts("#quarantine-table tbody td"))).contains("<script>alert(1)</script>")
        .contains("=1+2");
    assertLoadedCleanly("data refused run");
    browser.screenshot("data-refused-run");
  }

  @Test
  void everyViewFitsAPhoneScreen() {
    browser.driver().manage().window().setSize(new Dimension(390, 844));
    try {
      for (String[] view : new String[][] {{"/?instansi=6521", "ringkasan"}, {"/domain.html?year=2025", "domain"},
          {"/indikator.html?year=2025", "indikator"}, {"/opd.html?year=2025", "opd"}, {"/rencana.html", "rencana"},
          {"/perbandingan.html?year=2025", "perbandingan"}, {"/data.html", "data"}}) {
        open(view[0], "phone-" + view[1]);
        assertThat(browser.js("return document.documentElement.scrollWidth <= window.innerWidth"))
            .as("%s scrolls sideways on a phone", view[1]).isEqualTo(true);
      }
      // the framework-change labels of Ringkasan's chart (2020 and 2026) do not run into each other on a phone
      open("/?instansi=6521&lang=id", "phone-ringkasan-breaks");
      assertThat(browser.js("""
          const c = Chart.getChart(document.getElementById('trend-chart'));
          const boxes = c.$frameworkBreakLabels;
          if (!boxes || boxes.length !== 2) return 'labels: ' + JSON.stringify(boxes);
          const overlap = (a, b) => a.row === b.row && a.left < b.right && b.left < a.right;
          const inside = boxes.every(b => b.left >= c.chartArea.left - 1 && b.right <= c.chartArea.right + 1);
          return overlap(boxes[0], boxes[1]) ? 'overlap ' + JSON.stringify(boxes) : inside ? 'clear' : 'outside';
          """)).isEqualTo("clear");
    } finally {
      browser.driver().manage().window().setSize(new Dimension(1280, 1000));
    }
  }
}
