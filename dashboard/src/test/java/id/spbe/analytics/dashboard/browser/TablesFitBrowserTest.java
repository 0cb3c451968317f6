package id.spbe.analytics.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * Tables that fit a laptop: at 1366 px (the common office laptop) no table on any view is wider than the page, in
 * either language; long texts sit behind a toggle, dates stay on one line. Over the sample, whose texts are the
 * long ones real OPDs write; its 2025 deadline is 2025-07-04 (tenggat-penilaian-mandiri.csv): a July 2025 date.
 */
class TablesFitBrowserTest extends SampleBrowserTest {
  private static final String[] VIEWS = {"/?instansi=6521", "/domain.html?instansi=6521&year=2025",
      "/domain.html?instansi=6521&year=2025&domain=D4", "/domain.html?instansi=6521&year=2026",
      "/indikator.html?instansi=6521&year=2025", "/indikator.html?instansi=6521&year=2026",
      "/opd.html?instansi=6521&year=2025", "/rencana.html?instansi=6521", "/rencana.html?instansi=6521&framework=PEMDI_2026",
      "/perbandingan.html?instansi=6521&year=2025", "/data.html"};

  @Test
  void noTableIsWiderThanTheViewportAt1366Px() {
    browser.driver().manage().window().setSize(new Dimension(1366, 768));
    List<String> offenders = new java.util.ArrayList<>();
    try {
      for (String lang : new String[] {"id", "en"}) {
        for (int i = 0; i < VIEWS.length; i++) {
          String view = VIEWS[i];
          open(view + (view.contains("?") ? "&" : "?") + "lang=" + lang, "fit-1366-" + lang + "-" + i);
          // the Indikator view's full list too, not only the rows below target
          if (view.startsWith("/indikator") && element("#only-below").isSelected()) {
            element("#only-below").click();
            browser.screenshot("fit-1366-" + lang + "-" + i + "-all");
          }
          @SuppressWarnings("unchecked")
          List<String> tooWide = (List<String>) browser.js("""
              const page = document.documentElement.clientWidth;
              const wide = [];
              document.querySelectorAll('table').forEach(t => {
                const box = t.getBoundingClientRect();
                const scroller = t.closest('.table-scroll') || t.parentElement;
                if (t.offsetParent !== null && (box.right > page + 0.5 || t.scrollWidth > page
                    || scroller.scrollWidth > scroller.clientWidth + 1)) {
                  wide.push((t.id || t.className || 'table') + ' ' + Math.round(t.scrollWidth) + 'px in '
                    + Math.round(scroller.clientWidth) + 'px');
                }
              });
              if (document.documentElement.scrollWidth > page) wide.push('page ' + document.documentElement.scrollWidth);
              return wide;
              """);
          if (view.startsWith("/opd")) {
            // the cards' big number says what it is; dates read in words, on one line
            assertThat(texts(".scorecard .big-label")).isNotEmpty()
                .allMatch(l -> l.equals(lang.equals("id") ? "Poin indeks dipertaruhkan" : "Index points at stake"));
            assertThat(text("#opd-table tbody")).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
                .contains(lang.equals("id") ? "Juli 2025" : "July 2025");
          }
          if (view.startsWith("/data")) {
            assertThat(text("#runs-table tbody")).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T").contains(" WIB");
          }
          tooWide.forEach(t -> offenders.add(view + " (" + lang + "): " + t));
        }
      }
      assertThat(offenders).as("tables wider than the 1366 px page").isEmpty();
    } finally {
      browser.driver().manage().window().setSize(new Dimension(1280, 1000));
    }
  }
}
