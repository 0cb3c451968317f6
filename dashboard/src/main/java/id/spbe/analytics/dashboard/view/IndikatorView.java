package id.spbe.analytics.dashboard.view;

import id.spbe.analytics.dashboard.query.GapQueries;
import id.spbe.analytics.dashboard.query.GapQueries.GapRow;
import id.spbe.analytics.dashboard.query.Selection;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * Indikator: the gap table of one year, filtered by domain, aspect and OPD pengampu.
 *
 * @param hiddenRows rows whose self-assessment details the viewer may not see
 * @param belowTarget rows with levels missing to a target that was given (not the framework's top level)
 * @param pointsAtStake the index points the shown rows with a given target add when they reach it
 * @param untargeted rows without a given target ({@code target_basis = framework_max}): the framework's top level
 *     is no target, so they are shown as "belum ada target" and counted in neither figure above
 */
public record IndikatorView(String version, Choices choices, Selection selection, List<Integer> yearsWithData,
    List<GapRow> rows, long hiddenRows, long belowTarget, BigDecimal pointsAtStake, long untargeted)
    implements ViewPayload {

  static final String[] TABLES = {"gap_to_target", "calibration_indicator", "indicator", "aspect", "domain", "opd",
      "trend", "framework"};

  public static IndikatorView load(ViewContext v) throws SQLException {
    List<GapRow> rows = GapQueries.rows(v.connection(), v.selection(), v.visibility());
    List<GapRow> targeted = rows.stream().filter(GapRow::hasGivenTarget).toList();
    return new IndikatorView(v.snapshot().version(), v.choices(), v.selection(),
        GapQueries.years(v.connection(), v.selection().instansiCode()), rows,
        rows.stream().filter(GapRow::selfAssessmentHidden).count(),
        targeted.stream().filter(r -> r.levelsMissing() != null && r.levelsMissing().signum() > 0).count(),
        targeted.stream().map(GapRow::indexPointsAtStake).filter(Objects::nonNull)
            .reduce(BigDecimal.ZERO, BigDecimal::add),
        rows.size() - targeted.size());
  }
}
