package id.spbe.analytics.dashboard.view;

import id.spbe.analytics.dashboard.language.Language;
import id.spbe.analytics.dashboard.language.Messages;
import id.spbe.analytics.dashboard.query.RunQueries;
import id.spbe.analytics.dashboard.query.RunQueries.Input;
import id.spbe.analytics.dashboard.query.RunQueries.Quarantined;
import id.spbe.analytics.dashboard.query.RunQueries.Run;
import id.spbe.analytics.dashboard.query.Selection;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Data: the pipeline runs up to the published version, the inputs and counts of one run, its quarantined rows, and
 * the row count of every published table.
 *
 * @param quarantinedTotal refused cells of the run in all ({@code quarantined} lists at most
 *     {@link RunQueries#QUARANTINE_LIMIT})
 * @param rawValuesHidden the viewer may not see the refused raw values (they can quote other OPDs' inputs); the
 *     messages are then made from the reason code alone
 * @param inputsTotal the run's input files in all ({@code inputs} holds one page of them on the page's answer)
 * @param quarantinedListed the refused cells listed in all ({@code quarantined} holds one page of them)
 * @param page the page of the inputs and quarantined lists this answer holds (1 for the whole lists, as the
 *     exports use them)
 * @param pages the pages there are at {@link #PAGE_SIZE} rows of each list per page
 */
public record DataView(String version, Choices choices, Selection selection, List<Run> runs, List<Input> inputs,
    List<Quarantined> quarantined, long quarantinedTotal, boolean rawValuesHidden, Map<String, Long> tables,
    long inputsTotal, long quarantinedListed, int page, int pages, int pageSize) implements ViewPayload {

  /**
   * Rows of each list per page of the view's answer: over a national run the whole lists made a 770 KB answer, the
   * one endpoint over its time target (docs/benchmark.md). The exports keep every row.
   */
  public static final int PAGE_SIZE = 100;

  DataView(String version, Choices choices, Selection selection, List<Run> runs, List<Input> inputs,
      List<Quarantined> quarantined, long quarantinedTotal, boolean rawValuesHidden, Map<String, Long> tables) {
    this(version, choices, selection, runs, inputs, quarantined, quarantinedTotal, rawValuesHidden, tables,
        inputs.size(), quarantined.size(), 1, pages(inputs.size(), quarantined.size()), Integer.MAX_VALUE);
  }

  /** The pages of PAGE_SIZE rows the longer of the two lists fills (at least one). */
  public static int pages(long inputs, long quarantined) {
    return (int) Math.max(1, (Math.max(inputs, quarantined) + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  /** The same answer with page {@code page} (1-based, at most {@link #pages}) of the inputs and quarantined rows. */
  public DataView page(int page) {
    int from = (page - 1) * PAGE_SIZE;
    return new DataView(version, choices, selection, runs, slice(inputs, from), slice(quarantined, from),
        quarantinedTotal, rawValuesHidden, tables, inputs.size(), quarantined.size(), page, pages, PAGE_SIZE);
  }

  private static <T> List<T> slice(List<T> rows, int from) {
    return from >= rows.size() ? List.of() : rows.subList(from, Math.min(rows.size(), from + PAGE_SIZE));
  }

  /**
   * The row with the dashboard's message for its reason code in place of the pipeline's. Masking the value inside
   * the pipeline's text would not do: a conflicting duplicate's message quotes the values of the other rows, and a
   * short value ("3") can occur anywhere in a sentence. A code the dashboard does not know yet gets a generic text.
   */
  static Quarantined withoutValues(Quarantined q) {
    return new Quarantined(q.sourceFile(), q.sourceSheet(), q.sourceRow(), q.columnName(), null, q.reasonCode(),
        reasonText(Language.ID, q.reasonCode()), reasonText(Language.EN, q.reasonCode()));
  }

  private static String reasonText(Language language, String reasonCode) {
    Messages m = Messages.of(language);
    String key = "reason." + reasonCode;
    return m.has(key) ? m.text(key) : m.text("reason.other", Map.of("code", String.valueOf(reasonCode)));
  }

  static final String[] TABLES = {"pipeline_run", "pipeline_run_input", "quarantined_row"};

  public static DataView load(ViewContext v) throws SQLException {
    Connection c = v.connection();
    String run = v.selection().runId();
    List<Run> runs = RunQueries.runs(c);
    if (run == null) {
      return new DataView(v.snapshot().version(), v.choices(), v.selection(), runs, List.of(), List.of(), 0,
          !v.visibility().everything(), v.snapshot().rowCounts());
    }
    List<Quarantined> quarantined = RunQueries.quarantined(c, run, v.visibility());
    if (!v.visibility().everything()) {
      quarantined = quarantined.stream().map(DataView::withoutValues).toList();
    }
    return new DataView(v.snapshot().version(), v.choices(), v.selection(), runs, RunQueries.inputs(c, run),
        quarantined, RunQueries.quarantinedCount(c, run),
        !v.visibility().everything(), v.snapshot().rowCounts());
  }
}
