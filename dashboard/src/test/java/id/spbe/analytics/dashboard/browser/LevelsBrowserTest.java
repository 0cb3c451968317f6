package id.spbe.analytics.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Maturity levels read as the assessors write them, over what the pipeline publishes from the sample: a whole level
 * is "3", never "3,00" (every SPBE level of the sample is whole); a decimal value (Indeks Pemdi 2026's 2,10 for
 * indicator 7, from EPSS) keeps two places, in the language's own decimal mark; points keep their four places.
 */
class LevelsBrowserTest extends SampleBrowserTest {
  /** The level columns, by the text key of their header. */
  private static final String LEVEL_HEADERS =
      "['col.selfLevel', 'col.officialLevel', 'col.targetLevel', 'col.gap', 'col.levelsMissing', 'col.fromValue']";

  /** Views whose level columns hold whole levels only on the sample: its SPBE years. */
  private static final String[] VIEWS = {"/indikator.html?instansi=6521&year=2025",
      "/indikator.html?instansi=6521&year=2024", "/domain.html?instansi=6521&year=2025&domain=D4",
      "/opd.html?instansi=6521&year=2025&opd=BAPPEDA", "/rencana.html?instansi=6521&framework=PERMEN_59_2020"};

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
    open("/indikator.html?instansi=6521&year=2025&lang=id", "levels-points"); // 32: 2 x 2,75 / 100 = 0,0550
    assertThat(text("#gap-table tbody")).contains("0,0550").containsPattern("\\b0,\\d{4}\\b");
  }

  @Test
  void aDecimalPemdiValueKeepsTwoPlacesAndItsColumnReadsOneWay() {
    open("/indikator.html?instansi=6521&year=2026&lang=id", "levels-decimal-id");
    element("#only-below").click(); // all 20 indicators
    // hasil-resmi-indikator-2026.csv: 20 at 1,50, 7 at EPSS 2,10, 4 at a whole 2 written 2,00 like the rest of
    // its column; the target, level 3 for every indicator (2,50 rounded up), stays whole
    // (a value from an external index, or assumed while it is pending, says so on a second line)
    assertThat(firstLines(levelCells("col.officialLevel"))).hasSize(20).contains("1,50", "2,10", "2,00")
        .noneMatch(cell -> cell.matches("\\d"));
    assertThat(levelCells("col.targetLevel")).hasSize(20).containsOnly("3");
    assertThat(renderLevels(1.26, 2.5)).containsExactly("1,26", "2,50");
    // one decimal value gives the whole column two places, as the PDF report does
    assertThat(renderLevels(3, 1.26)).containsExactly("3,00", "1,26");
    assertThat(renderLevels(3, 2)).containsExactly("3", "2");
    open("/indikator.html?instansi=6521&year=2026&lang=en", "levels-decimal-en");
    element("#only-below").click();
    assertThat(firstLines(levelCells("col.officialLevel"))).contains("1.50", "2.10");
    assertThat(renderLevels(1.26, 2.5)).containsExactly("1.26", "2.50");
    assertThat(renderLevels(3, 2)).containsExactly("3", "2");
  }

  private static List<String> firstLines(List<String> cells) {
    return cells.stream().map(c -> c.lines().findFirst().orElse("")).toList();
  }

  /** The text of every cell under a level header in the page's tables. */
  private static List<String> levelCells() {
    return levelCells(LEVEL_HEADERS);
  }

  /** The text of every cell under the headers of the text keys {@code headers} (a JavaScript array or one key). */
  @SuppressWarnings("unchecked")
  private static List<String> levelCells(String headers) {
    String keys = headers.startsWith("[") ? headers : "['" + headers + "']";
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
        """.formatted(keys));
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
