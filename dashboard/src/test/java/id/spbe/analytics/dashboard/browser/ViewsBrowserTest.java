package id.spbe.analytics.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * Every view in a real browser over what the pipeline publishes from the Kabupaten Blitar sample: it loads cleanly,
 * draws its charts with the expected points, and works. The numbers are the ones the API tests work out by hand from
 * the sample's files (RingkasanApiTest, DomainApiTest, IndikatorApiTest, OpdApiTest, RencanaApiTest), here as the
 * screen writes them. Peers, a refused run, text shaped like markup and an instansi without a plan are states the
 * sample cannot produce: {@link ViewsFixtureBrowserTest}.
 */
class ViewsBrowserTest extends SampleBrowserTest {

  @Test
  void ringkasanShowsTheHeadlineAndTheTrendWithTargetPathAndBreaks() {
    open("/?instansi=6521", "ringkasan");
    // hasil-resmi-indikator-2026.csv with EPSS 2,10 for indicator 7: 193.55 / 100 = 1.9355 -> 1,94 Cukup
    assertThat(text("#latest-value")).isEqualTo("1,94");
    assertThat(text("#latest-detail")).contains("2026").contains("Cukup").contains("Indeks Pemdi");
    // against the target re-stated on the Pemdi scale (target-rpjmd.csv, INDEKS_PEMDI 2,50)
    assertThat(text("#distance-value")).isEqualTo("0,56");
    assertThat(text("#distance-detail")).isEqualTo("0,56 poin di bawah target 2,50 (2026)");
    // 2025 (59/2020) and 2026 (Pemdi) are on two scales: not compared
    assertThat(text("#change-value")).isEqualTo("–");
    assertThat(text("#change-detail")).contains("Tidak dibandingkan");
    // penilaian-mandiri-2026.csv, indicator 7 at its EPSS value: 2.773 -> 2,77; 2,77 - 1,94
    assertThat(text("#self-value")).isEqualTo("+0,83");
    // Indeks Pemdi has one year: no pace of its own, and the 59/2020 pace (least squares over 2021-2025) beside it
    assertThat(text("#pace-value")).isEqualTo("–");
    assertThat(text("#pace-detail")).isEqualTo("Baru satu tahun pada Indeks Pemdi (2026): laju per tahun belum dapat "
        + "dihitung. Laju sebelumnya pada Indeks SPBE: +0,15 poin per tahun (2021–2025), skala lain.");
    Map<String, Object> chart = chart("trend-chart");
    assertThat(chart.get("labels")).isEqualTo(List.of("2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025",
        "2026"));
    assertThat(datasetLabels(chart)).containsExactly("Indeks resmi", "Penilaian mandiri", "Target RPJMD");
    // official: 2018, 2019, 2021 (hasil-resmi-indeks.csv) and 2022-2026 (computed); self: 2019, 2020 and 2022-2026;
    // targets (target-rpjmd.csv): 2021-2025 on the SPBE scale and 2026's re-stated 2,50
    assertThat(points(chart)).containsExactly(8L, 7L, 6L);
    // 2019 (5/2018) to 2020 (59/2020), 2025 to 2026 (Pemdi)
    assertThat(browser.js("return Chart.getChart(document.getElementById('trend-chart')).options.plugins"
        + ".frameworkBreaks.indexes.length")).isEqualTo(2L);
    assertThat(element("#trend-chart").getAttribute("aria-label")).contains("Data grafik");
    List<String> rows = texts("#trend-table tbody tr");
    assertThat(rows).hasSize(9);
    // 2025: 3.3625 -> 3,36 against 3,50; 2024 3.252 -> 3,25, so +0,11
    assertThat(rows.get(7)).startsWith("2025").contains("3,36 Baik dihitung 3,92 3,50 0,14 +0,11");
    // 2021 is above its 2,75 target: reached by its margin, never "Jarak ke target -0,01"
    assertThat(rows.get(3)).contains("tercapai (+0,01)").doesNotContain("-0,01");
    assertThat(rows.get(8)).startsWith("2026 Pemdi 2026").contains("1,94 Cukup dihitung 2,77 2,50 0,56");
    assertThat(element("#report-link").getAttribute("href")).endsWith("/api/laporan?instansi=6521&year=2026&lang=id");
    // the target re-stated on the Pemdi scale is the one used; the SPBE target only suggests a band
    assertThat(text("#target-scale")).contains("Target 2026 ditetapkan ulang pada skala Indeks Pemdi: 2,50 (target "
        + "semula 3,50 pada skala Indeks SPBE); target ini yang dipakai")
        .contains("3,50 (Sangat Baik); hanya saran, bukan target").contains("1,94 (Cukup, 2026)");
    assertThat(text("main")).doesNotContain("INDEKS_SPBE").doesNotContain("INDEKS_PEMDI");
    open("/?instansi=6521&lang=en", "ringkasan-en");
    assertThat(text("#pace-detail")).startsWith("Only one year on Indeks Pemdi (2026): no yearly pace yet.")
        .contains("+0.15 points a year (2021–2025)");
  }

  @Test
  void domainShowsRadarAndBarsAndDrillsDownToIndicators() {
    open("/domain.html?instansi=6521&year=2025", "domain");
    Map<String, Object> radar = chart("aspect-radar");
    assertThat(radar.get("type")).isEqualTo("radar");
    assertThat(points(radar)).as("59/2020's eight aspects").containsExactly(8L, 8L, 8L);
    assertThat(points(chart("domain-bars"))).as("its four domains").containsExactly(4L, 4L, 4L);
    List<String> domains = texts("#domain-table tbody tr");
    assertThat(domains).hasSize(4);
    // D4: official 168.25 / 45.5 = 3.6978, self 188.25 / 45.5 = 4.1374, target 187.75 / 45.5 = 4.1264 (DomainApiTest)
    assertThat(domains.get(3)).startsWith("D4 Layanan SPBE 45,50 3,70 4,14 4,13 16");
    // the target column is what the indicators' own target levels give, never the RPJMD's index target
    assertThat(text("#domain-table thead")).contains("Target level indikator").doesNotContain("Target RPJMD");
    assertThat(text("#aspect-table thead")).contains("Target level indikator").doesNotContain("Target RPJMD");
    element("#domain-table tbody tr:nth-child(4) th button").click();
    browser.waitReady();
    assertThat(browser.driver().getCurrentUrl()).contains("domain=D4");
    assertThat(texts("#indicator-table tbody tr")).as("D4's indicators 32 to 47").hasSize(16);
    assertThat(new Select(element("#filter-domain")).getFirstSelectedOption().getText()).startsWith("D4");
    assertLoadedCleanly("domain drill-down");
    browser.screenshot("domain-drill-down");
  }

  @Test
  void indikatorTableSortsFromTheKeyboard() {
    open("/indikator.html?instansi=6521&year=2025", "indikator");
    // "hanya di bawah target" is on by default: the 13 indicators below their target (IndikatorApiTest)
    assertThat(element("#only-below").isSelected()).isTrue();
    assertThat(texts("#gap-table tbody tr:not(.detail)")).hasSize(13);
    assertThat(text("#gap-shown")).isEqualTo("(13 dari 47 indikator ditampilkan)");
    assertThat(texts("#gap-table thead th").subList(0, 5)).containsExactly("No.", "Indikator", "Kesenjangan (level)",
        "Poin indeks", "OPD pengampu");
    // 32: official 2 to target 4 at w 2,75: 2 x 2,75 / 100
    assertThat(texts("#gap-table tbody tr:not(.detail)").get(0)).startsWith("32 Tingkat Kematangan Layanan Perencanaan 2 "
        + "0,0550 Badan Perencanaan Pembangunan Daerah 4 3 2 2,75");
    element("#only-below").click();
    assertThat(texts("#gap-table tbody tr th")).hasSize(47);
    // 2 x 0,055 + 2 x 0,03 + 2 x 0,0275 + 3 x 0,025 + 3 x 0,015 + 0,013
    assertThat(text("#gap-summary")).isEqualTo("47 indikator; 13 di bawah target, total 0,3580 poin indeks "
        + "dipertaruhkan.");
    assertThat(texts("#gap-table tbody tr th").get(0)).isEqualTo("32");
    var sort = element("#gap-table thead th:nth-child(1) button");
    sort.sendKeys(Keys.ENTER);
    assertThat(element("#gap-table thead th:nth-child(1)").getAttribute("aria-sort")).isEqualTo("ascending");
    assertThat(texts("#gap-table tbody tr th")).startsWith("1", "2", "3");
    element("#gap-table thead th:nth-child(1) button").sendKeys(Keys.ENTER);
    assertThat(element("#gap-table thead th:nth-child(1)").getAttribute("aria-sort")).isEqualTo("descending");
    assertThat(texts("#gap-table tbody tr th").get(0)).isEqualTo("47");
    assertThat(browser.js("return document.activeElement.closest('th').getAttribute('aria-sort')"))
        .as("focus stays on the sort button").isEqualTo("descending");
    new Select(element("#filter-opd")).selectByValue("KOMINFO");
    browser.waitReady();
    // pengampu-indikator.csv gives KOMINFO 17 indicators
    assertThat(texts("#gap-table tbody tr th")).hasSize(17);
    assertThat(browser.driver().getCurrentUrl()).contains("opd=KOMINFO");
    assertLoadedCleanly("indikator filtered");
  }

  @Test
  void opdShowsAScorecardPerOpdAndTheIndicatorsOfThePickedOne() {
    open("/opd.html?instansi=6521&year=2025", "opd");
    List<String> cards = texts("#scorecards article");
    assertThat(cards).as("the 12 OPDs of pengampu-indikator.csv").hasSize(12);
    // Bappeda first: 12 and 13 miss one level each, 32 two: 0,025 + 0,025 + 2 x 0,0275 = 0,105; self minus official
    // on its six indicators (1 + 0 + 1 + 1 + 1 + 1) / 6 = +0,83 (OpdApiTest)
    assertThat(cards.get(0)).contains("Badan Perencanaan Pembangunan Daerah").contains("0,1050")
        .contains("6 indikator diampu · 4 level kurang").contains("Bias kalibrasi +0,83 level")
        .contains("Lengkap tepat waktu (tenggat 4 Juli 2025)");
    assertThat(points(chart("opd-chart"))).containsExactly(12L);
    element("#scorecards article:nth-child(3) button").click();
    browser.waitReady();
    // the third card is Bagian Organisasi (0,0525 on 19 and 40), pengampu of 5 indicators
    assertThat(browser.driver().getCurrentUrl()).contains("opd=ORGANISASI");
    assertThat(texts("#opd-indicators tbody tr:not(.detail)")).hasSize(5);
    assertLoadedCleanly("opd detail");
    browser.screenshot("opd-detail");
    // 2024: Dukcapil filled its one indicator on 10 July, after the 5 July deadline
    open("/opd.html?instansi=6521&year=2024", "opd-2024");
    assertThat(texts("#scorecards article")).filteredOn(c -> c.contains("Dinas Kependudukan dan Pencatatan Sipil"))
        .singleElement().asString().contains("Tidak lengkap tepat waktu: 1/1 diisi, 1 terlambat (tenggat 5 Juli 2024)");
  }

  @Test
  void rencanaShowsThePlanAndTheWhatIfAnswersAtOnce() {
    open("/rencana.html?instansi=6521&framework=PERMEN_59_2020", "rencana");
    // the base and six steps of RencanaApiTest's SPBE plan, each with the target beside it
    assertThat(points(chart("plan-chart"))).containsExactly(7L, 7L);
    assertThat(texts("#plan-table tbody tr")).hasSize(6);
    assertThat(text("#whatif-index")).isEqualTo("Indeks: 3,36 (Baik)");
    // 32 from 2 to 3 (+0,0275, effort 1) and 12 from 2 to 4 (+0,025 + 0,025, effort 1 + 2): 3.3625 + 0.0775 = 3.44
    new Select(element("#raise-32")).selectByValue("3");
    new Select(element("#raise-12")).selectByValue("4");
    waitFor("document.body.dataset.whatif === 'done' && document.getElementById('whatif-detail').textContent"
        + ".startsWith('2 kenaikan')");
    assertThat(text("#whatif-index")).isEqualTo("Indeks: 3,44 (Baik)");
    assertThat(text("#whatif-detail")).contains("+0,0775").contains("upaya 4,00");
    assertThat(text("#whatif-target")).isEqualTo("Masih 0,06 poin di bawah target 3,50 (2025)");
    assertThat(browser.driver().getCurrentUrl()).contains("raise=32%3A3&raise=12%3A4");
    element("#whatif-plan").click();
    // the plan's six raises: 3.5075 -> 3,51 Sangat Baik
    waitFor("document.getElementById('whatif-detail').textContent.startsWith('6 kenaikan')");
    assertThat(text("#whatif-index")).isEqualTo("Indeks: 3,51 (Sangat Baik)");
    assertThat(text("#whatif-target")).isEqualTo("Target 3,50 (2025) tercapai");
    assertLoadedCleanly("what-if");
    browser.screenshot("rencana-what-if");
    // without a framework the latest plan is shown: Pemdi 2026, 1,94 to 2,52 in 7 steps of effort 12
    open("/rencana.html?instansi=6521", "rencana-pemdi");
    assertThat(points(chart("plan-chart"))).containsExactly(8L, 8L);
    assertThat(texts("#plan-table tbody tr:not(.detail)")).hasSize(7);
    assertThat(text("#whatif-index")).isEqualTo("Indeks: 1,94 (Cukup)");
  }

  @Test
  void perbandinganWithoutPeersSaysSoInsteadOfRankingOneOfOne() {
    // Kabupaten Blitar is the sample's only instansi
    open("/perbandingan.html?instansi=6521&year=2025&lang=id", "perbandingan-alone");
    assertThat(text("#bench-note")).contains("Belum ada kabupaten lain yang dimuat untuk 2025")
        .doesNotContain("Peringkat 1 dari 1");
    String row = texts("#bench-table tbody tr").stream().filter(r -> r.startsWith("2025")).findFirst().orElseThrow();
    assertThat(row).isEqualTo("2025 3,36 – 1 – – 3,36 3,36 –");
    Map<String, Object> trend = chart("bench-chart");
    assertThat(trend.get("labels")).isEqualTo(List.of("2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025",
        "2026"));
    // no kabupaten mean (a mean of one is no mean of peers); the national figures of
    // data/reference/published_national_index.csv for 2018, 2020, 2022, 2023 and 2024
    assertThat(points(trend)).containsExactly(8L, 0L, 8L, 8L, 5L);
    open("/perbandingan.html?instansi=6521&year=2025&lang=en", "perbandingan-alone-en");
    assertThat(text("#bench-note")).contains("No other regency is loaded for 2025").doesNotContain("Rank 1 of 1");
    open("/perbandingan.html?instansi=6521&year=2025&lang=id", "perbandingan-alone"); // the language is remembered
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
    assertThat(axes).hasSize(7).first().asString().startsWith("A1 Tata Kelola");
  }

  @Test
  void anUnknownInstansiOrYearInALinkIsExplainedAndLeavesAWayOn() {
    browser.open(server.base() + "/?instansi=9999&lang=id");
    assertThat(text("#message")).contains("9999").contains("Ditampilkan: Kabupaten Blitar (6521)");
    assertThat(new Select(element("#filter-instansi")).getFirstSelectedOption().getAttribute("value")).isEqualTo("6521");
    assertThat(element("#report-link").getAttribute("href")).contains("instansi=6521").doesNotContain("9999");
    assertThat(text("#latest-value")).isEqualTo("1,94");
    browser.screenshot("unknown-instansi");

    browser.open(server.base() + "/indikator.html?instansi=6521&year=2031&lang=id");
    // not silently replaced: the message stays, naming the year asked for and the one shown (the latest official)
    assertThat(text("#message")).contains("2031").contains("Ditampilkan: 2026");
    assertThat(new Select(element("#filter-year")).getFirstSelectedOption().getText()).isEqualTo("2026");
    assertThat(texts("#gap-table tbody tr")).isNotEmpty();
    browser.open(server.base() + "/indikator.html?instansi=6521&year=2031&lang=en");
    assertThat(text("#message")).contains("2031").contains("Shown instead: 2026");
    browser.screenshot("unknown-year");
    open("/indikator.html?instansi=6521&year=2025&lang=id", "indikator"); // the language is remembered
  }

  @Test
  void indikatorUnderPemdiHasNoDomainFilter() {
    open("/indikator.html?instansi=6521&year=2026&lang=id", "indikator-2026-filters");
    assertThat(element("#filter-domain").isDisplayed()).isFalse();
    assertThat(element("#filter-aspect").isDisplayed()).isTrue();
    // 18 of the 20 below level 3 (the re-stated 2,50 rounded up), sum((3 - value) x w) / 100 = 1,077
    assertThat(text("#gap-summary")).isEqualTo("20 indikator; 18 di bawah target, total 1,0770 poin indeks "
        + "dipertaruhkan.");
    open("/indikator.html?instansi=6521&year=2025", "indikator-2025-filters");
    assertThat(element("#filter-domain").isDisplayed()).isTrue();
  }

  @Test
  void dataShowsTheRunItsInputFilesAndThatNothingWasRefused() {
    open("/data.html", "data");
    List<String> runs = texts("#runs-table tbody tr");
    assertThat(runs).hasSize(1);
    assertThat(runs.get(0)).contains("diterbitkan v-000001");
    // the run's message in the page's language, not the pipeline's English record ("published")
    assertThat(runs.get(0)).endsWith("diterbitkan tanpa baris ditolak").doesNotContain("published");
    // the sample's 23 files, each read whole
    assertThat(texts("#inputs-table tbody tr")).hasSize(23)
        .anySatisfy(r -> assertThat(r).startsWith("hasil-resmi-indikator-2025.csv hasil resmi CSV – 47 47 0"));
    assertThat(text("#quarantine-table tbody")).isEqualTo("Tidak ada baris untuk pilihan ini.");
  }

  @Test
  void everyViewFitsAPhoneScreen() {
    browser.driver().manage().window().setSize(new Dimension(390, 844));
    try {
      for (String[] view : new String[][] {{"/?instansi=6521", "ringkasan"}, {"/domain.html?year=2025", "domain"},
          {"/indikator.html?year=2025", "indikator"}, {"/opd.html?year=2025", "opd"}, {"/rencana.html", "rencana"},
          {"/perbandingan.html?year=2025", "perbandingan"}, {"/bukti.html", "bukti"}, {"/data.html", "data"}}) {
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
