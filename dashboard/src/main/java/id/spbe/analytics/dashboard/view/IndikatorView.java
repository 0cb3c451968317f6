package id.spbe.analytics.dashboard.view;

import id.spbe.analytics.dashboard.query.GapQueries;
import id.spbe.analytics.dashboard.query.GapQueries.GapRow;
import id.spbe.analytics.dashboard.query.Selection;
import java.sql.SQLException;
import java.util.List;

/**
 * Indikator: the gap table of one year, filtered by domain, aspect and OPD pengampu.
 *
 * @param hiddenRows rows whose self-assessment details the viewer may not see
 */
public record IndikatorView(String version, Choices choices, Selection selection, List<Integer> yearsWithData,
    List<GapRow> rows, long hiddenRows) implements ViewPayload {

  static final String[] TABLES = {"gap_to_target", "calibration_indicator", "indicator", "aspect", "domain", "opd",
      "trend", "framework"};

  public static IndikatorView load(ViewContext v) throws SQLException {
    List<GapRow> rows = GapQueries.rows(v.connection(), v.selection(), v.visibility());
    return new IndikatorView(v.snapshot().version(), v.choices(), v.selection(),
        GapQueries.years(v.connection(), v.selection().instansiCode()), rows,
        rows.stream().filter(GapRow::selfAssessmentHidden).count());
  }
}
