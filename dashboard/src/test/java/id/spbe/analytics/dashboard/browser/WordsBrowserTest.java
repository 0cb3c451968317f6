package id.spbe.analytics.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words on every view are the ones people say: no raw framework code, in either language. */
class WordsBrowserTest extends FixtureBrowserTest {
  private static final String[] VIEWS = {"/?instansi=6521", "/domain.html?instansi=6521&year=2025",
      "/domain.html?instansi=6521&year=2026", "/indikator.html?instansi=6521&year=2026", "/opd.html?instansi=6521",
      "/rencana.html?instansi=6521", "/rencana.html?instansi=6521&framework=PEMDI_2026",
      "/perbandingan.html?instansi=6521&year=2025", "/data.html"};

  @Test
  void noViewShowsARawFrameworkCodeInEitherLanguage() {
    for (String lang : new String[] {"id", "en"}) {
      for (String view : VIEWS) {
        open(view + (view.contains("?") ? "&" : "?") + "lang=" + lang, "words-" + lang);
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
    // English predikat beside the official name, from the bands the payload sends
    open("/?instansi=6521&lang=en", "words-ringkasan-en");
    assertThat(text("#latest-detail")).contains("Baik (Good)");
    assertThat(text("#trend-table")).contains("Baik (Good)");
    open("/rencana.html?instansi=6521&lang=en", "words-rencana-en");
    assertThat(text("#plan-table")).contains("Sangat Baik (Very good)");
    open("/data.html?lang=id", "words-data-id");
    assertThat(text("#inputs-table")).contains("hasil resmi");
    // the published run started 13:00 UTC: 20.00 WIB, in words
    assertThat(text("#runs-table")).contains("diterbitkan").contains("28 November 2026 pukul 20.00 WIB")
        .doesNotContain("2026-11-28");
    open("/?instansi=6521&lang=id", "words-ringkasan-id");
    assertThat(text("#trend-table")).contains("SPBE 2020 (PermenPANRB 59/2020)").contains("Pemdi 2026");
  }
}
