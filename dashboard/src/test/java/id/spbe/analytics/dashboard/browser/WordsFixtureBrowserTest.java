package id.spbe.analytics.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Words on the hand-written warehouse. The sample's run starts whenever the build runs, never at a known time; and its
 * Data view lists the published tables by name (indicator_owner, rpjmd_target...), which the fixture's run does not.
 */
class WordsFixtureBrowserTest extends FixtureBrowserTest {

  @Test
  void theDataViewShowsNoRawCodeInEitherLanguage() {
    for (String lang : new String[] {"id", "en"}) {
      open("/data.html?lang=" + lang, "words-data-" + lang + "-fixture");
      WordsBrowserTest.assertNoCodes("/data.html", lang);
    }
  }

  @Test
  void theRunTimeReadsInWordsInWib() {
    open("/data.html?lang=id", "words-data-id-fixture");
    // the published run started 13:00 UTC: 20.00 WIB, in words
    assertThat(text("#runs-table")).contains("diterbitkan").contains("28 November 2026 pukul 20.00 WIB")
        .doesNotContain("2026-11-28");
  }
}
