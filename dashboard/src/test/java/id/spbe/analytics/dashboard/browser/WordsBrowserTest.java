package id.spbe.analytics.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words on every view are the ones people say: no raw framework code, in either language. */
class WordsBrowserTest extends SampleBrowserTest {
  private static final String[] VIEWS = {"/?instansi=6521", "/domain.html?instansi=6521&year=2025",
      "/domain.html?instansi=6521&year=2026", "/indikator.html?instansi=6521&year=2026", "/opd.html?instansi=6521",
      "/rencana.html?instansi=6521", "/rencana.html?instansi=6521&framework=PEMDI_2026",
      "/perbandingan.html?instansi=6521&year=2025"};

  @Test
  void noViewShowsARawFrameworkCodeInEitherLanguage() {
    for (String lang : new String[] {"id", "en"}) {
      for (String view : VIEWS) {
        open(view + (view.contains("?") ? "&" : "?") + "lang=" + lang, "words-" + lang);
        assertNoCodes(view, lang);
      }
    }
    // English predikat beside the official name, from the bands the payload sends: the latest result, 2026's
    // Indeks Pemdi 1,94 (193.55 / 100), is Cukup (Fair) on pemdi_2026's bands (1.50 to 2.50); 2025's 3.3625 -> 3,36
    // Baik (Good) on 59/2020's
    open("/?instansi=6521&lang=en", "words-ringkasan-en");
    assertThat(text("#latest-detail")).contains("Cukup (Fair)");
    assertThat(text("#trend-table")).contains("Baik (Good)");
    // the 59/2020 plan reaches 3.5075 -> 3,51, Sangat Baik from 3.50
    open("/rencana.html?instansi=6521&framework=PERMEN_59_2020&lang=en", "words-rencana-en");
    assertThat(text("#plan-table")).contains("Sangat Baik (Very good)");
    open("/data.html?lang=id", "words-data-id");
    assertThat(text("#inputs-table")).contains("hasil resmi");
    assertThat(text("#runs-table")).contains("diterbitkan");
    // the published tables in words first, their warehouse names beside them
    assertThat(texts("#tables-table tbody tr")).anySatisfy(row -> assertThat(row).startsWith("Indeks instansi instansi_index"))
        .anySatisfy(row -> assertThat(row).startsWith("Kesenjangan ke target gap_to_target"));
    open("/data.html?lang=en", "words-data-en");
    assertThat(texts("#tables-table tbody tr")).anySatisfy(row -> assertThat(row).startsWith("Gaps to target gap_to_target"));
    open("/?instansi=6521&lang=id", "words-ringkasan-id");
    assertThat(text("#trend-table")).contains("SPBE 2020 (PermenPANRB 59/2020)").contains("Pemdi 2026");
  }

  /** No framework code and no scope, status, outcome, kind or basis code on the open view; its title in words. */
  static void assertNoCodes(String view, String lang) {
    assertThat(text("body")).as(view + " " + lang).doesNotContainPattern("PERMEN_\\d|PEMDI_\\d")
        // scope, verification status, run outcome, input kind and target basis in words, never as codes
        .doesNotContainPattern("\\b(official_result|self_assessment|rpjmd_target|indicator_owner|indicator_target"
            + "|single_source|framework_max|REJECTED_ROWS|PUBLISHED)\\b");
    String title = browser.driver().getTitle();
    assertThat(title).as(view + " " + lang).startsWith("SPBE Analytics — ");
    if (lang.equals("en")) {
      assertThat(title).as(view).doesNotContainPattern("Ringkasan|Kesenjangan|Kartu skor|Rencana aksi|Perbandingan");
    }
  }
}
