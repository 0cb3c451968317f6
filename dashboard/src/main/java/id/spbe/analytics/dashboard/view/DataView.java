package id.spbe.analytics.dashboard.view;

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
 * @param rawValuesHidden the viewer may not see the refused raw values (they can quote other OPDs' inputs)
 */
public record DataView(String version, Choices choices, Selection selection, List<Run> runs, List<Input> inputs,
    List<Quarantined> quarantined, long quarantinedTotal, boolean rawValuesHidden, Map<String, Long> tables) implements ViewPayload {

  static final String[] TABLES = {"pipeline_run", "pipeline_run_input", "quarantined_row"};

  public static DataView load(ViewContext v) throws SQLException {
    Connection c = v.connection();
    String run = v.selection().runId();
    List<Run> runs = RunQueries.runs(c);
    if (run == null) {
      return new DataView(v.snapshot().version(), v.choices(), v.selection(), runs, List.of(), List.of(), 0,
          !v.visibility().everything(), v.snapshot().rowCounts());
    }
    return new DataView(v.snapshot().version(), v.choices(), v.selection(), runs, RunQueries.inputs(c, run),
        RunQueries.quarantined(c, run, v.visibility()), RunQueries.quarantinedCount(c, run),
        !v.visibility().everything(), v.snapshot().rowCounts());
  }
}
