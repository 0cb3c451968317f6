package id.spbe.analytics.dashboard.view;

import id.spbe.analytics.dashboard.query.GapQueries;
import id.spbe.analytics.dashboard.query.GapQueries.GapRow;
import id.spbe.analytics.dashboard.query.OpdQueries;
import id.spbe.analytics.dashboard.query.OpdQueries.Scorecard;
import id.spbe.analytics.dashboard.query.Selection;
import java.sql.SQLException;
import java.util.List;

/**
 * OPD: a scorecard per OPD pengampu for one year (always all of them, to compare); with an OPD selected, the
 * indicators it owns.
 *
 * @param indicators the selected OPD's indicators (empty when no OPD is selected)
 */
public record OpdView(String version, Choices choices, Selection selection, List<Integer> yearsWithData,
    List<Scorecard> scorecards, List<GapRow> indicators) implements ViewPayload {

  static final String[] TABLES = {"opd_scorecard", "calibration_opd", "gap_to_target", "calibration_indicator",
      "indicator", "aspect", "domain", "opd", "trend", "framework"};

  public static OpdView load(ViewContext v) throws SQLException {
    Selection s = v.selection();
    List<GapRow> indicators = s.opdCode() == null ? List.of()
        : GapQueries.rows(v.connection(), s.withDomain(null).withAspect(null), v.visibility());
    return new OpdView(v.snapshot().version(), v.choices(), s, OpdQueries.years(v.connection(), s.instansiCode()),
        OpdQueries.scorecards(v.connection(), s.withOpd(null), v.visibility()), indicators);
  }
}
