package id.spbe.analytics.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words on every view are the ones people say: no raw framework code, in either language. */
class WordsBrowserTest extends BrowserTest {
  private static final String[] VIEWS = {"/?instansi=6521", "/domain.html?instansi=6521&year=2025",
      "/domain.html?instansi=6521&year=2026", "/indikator.html?instansi=6521&year=2026", "/opd.html?instansi=6521",
      "/rencana.html?instansi=6521", "/rencana.html?instansi=6521&framework=PEMDI_2026",
      "/perbandingan.html?instansi=6521&year=2025", "/data.html"};

  @Test
  void noViewShowsARawFrameworkCodeInEitherLanguage() {
    for (String lang : new String[] {"id", "en"}) {
      for (String view : VIEWS) {
        open(view + (view.contains("?") ? "&" : "?") + "lang=" + lang, "words-" + lang);
        assertThat(text("body")).as(view + " " + lang).doesNotContainPattern("PERMEN_\\d|PEMDI_\\d");
      }
    }
    open("/?instansi=6521&lang=id", "words-ringkasan-id");
    assertThat(text("#trend-table")).contains("SPBE 2020 (PermenPANRB 59/2020)").contains("Pemdi 2026");
  }
}
