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
 */
public record DataView(String version, Choices choices, Selection selection, List<Run> runs, List<Input> inputs,
    List<Quarantined> quarantined, long quarantinedTotal, boolean rawValuesHidden, Map<String, Long> tables) implements ViewPayload {

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
