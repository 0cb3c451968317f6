package id.spbe.analytics.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Maturity levels read as the assessors write them: a whole level is "3", never "3,00"; a decimal value (Indeks
 * Pemdi's 1,26) keeps two places, in the language's own decimal mark; points keep their four places.
 */
class LevelsBrowserTest extends FixtureBrowserTest {
  /** The level columns, by the text key of their header. */
  private static final String LEVEL_HEADERS =
      "['col.selfLevel', 'col.officialLevel', 'col.targetLevel', 'col.gap', 'col.levelsMissing', 'col.fromValue']";

  /** Views whose level columns hold whole levels only in the fixture (SPBE years, and Pemdi 2026's 3 and 2). */
  private static final String[] VIEWS = {"/indikator.html?instansi=6521&year=2025",
      "/indikator.html?instansi=6521&year=2026", "/domain.html?instansi=6521&year=2025&domain=D4",
      "/opd.html?instansi=6521&year=2025&opd=BAPPEDA", "/rencana.html?instansi=6521"};

  @Test
  void wholeLevelsHaveNoDecimalsInEitherLanguage() {
    for (String lang : new String[] {"id", "en"}) {
      for (String view : VIEWS) {
        open(view + "&lang=" + lang, "levels-" + lang);
        List<String> levels = levelCells();
        assertThat(levels).as("level cells on %s %s", view, lang).isNotEmpty()
            .allSatisfy(cell -> assertThat(cell).as(view).doesNotContainPattern("\\d[,.]\\d\\d"))
            .anyMatch(cell -> cell.matches("\\d(\\s.*)?"));
      }
    }
    // the points beside them keep their places
    open("/indikator.html?instansi=6521&year=2025&lang=id", "levels-points");
    assertThat(text("#gap-table tbody")).containsPattern("\\b0,\\d{4}\\b");
  }

  @Test
  void aDecimalPemdiValueKeepsTwoPlacesAndItsColumnReadsOneWay() {
    open("/indikator.html?instansi=6521&year=2026&lang=id", "levels-decimal-id");
    assertThat(renderLevels(1.26, 2.5)).containsExactly("1,26", "2,50");
    // one decimal value gives the whole column two places, as the PDF report does
    assertThat(renderLevels(3, 1.26)).containsExactly("3,00", "1,26");
    assertThat(renderLevels(3, 2)).containsExactly("3", "2");
    open("/indikator.html?instansi=6521&year=2026&lang=en", "levels-decimal-en");
    assertThat(renderLevels(1.26, 2.5)).containsExactly("1.26", "2.50");
    assertThat(renderLevels(3, 2)).containsExactly("3", "2");
  }

  /** The text of every cell under a level header in the page's tables. */
  @SuppressWarnings("unchecked")
  private static List<String> levelCells() {
    return (List<String>) browser.js("""
        const labels = %s.map((k) => I18n.t(k));
        const cells = [];
        document.querySelectorAll('table.data').forEach((table) => {
          const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
          heads.forEach((head, i) => {
            if (!labels.includes(head)) return;
            table.querySelectorAll('tbody tr:not(.detail)').forEach((tr) => {
              const cell = tr.children[i];
              if (cell && tr.children.length === heads.length) cells.push(cell.innerText.trim());
            });
          });
        });
        return cells;
        """.formatted(LEVEL_HEADERS));
  }

  /** Official levels as the page's own table code shows them in a level column. */
  @SuppressWarnings("unchecked")
  private static List<String> renderLevels(Number first, Number second) {
    return (List<String>) browser.js("""
        const table = document.createElement('table');
        Tables.render(table, { caption: 'levels', rows: [{ code: 'a', level: arguments[0] }, { code: 'b', level: arguments[1] }],
          columns: [{ key: 'code', label: 'col.indicatorCode' }, { key: 'level', label: 'col.officialLevel', type: 'level' }] });
        return [...table.querySelectorAll('tbody td')].map((td) => td.textContent);
        """, first, second);
  }
}
