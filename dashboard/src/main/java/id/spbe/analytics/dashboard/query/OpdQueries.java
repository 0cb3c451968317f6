package id.spbe.analytics.dashboard.query;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The OPD view: one scorecard per OPD pengampu and year: indicators owned, levels and index points missing to the
 * targets, how far its penilaian mandiri sits from the evaluators (calibration bias) and whether it was complete
 * by the internal deadline. An OPD-scoped viewer sees the calibration of its own OPD only, and, in a year whose
 * levels come from the penilaian mandiri, the levels missing and gap points of its own OPD only: target minus
 * levels missing would give the hidden self level ({@link Visibility}'s rule). The cards are then ordered by what
 * the viewer is shown, so their order tells nothing either.
 */
public final class OpdQueries {
  private OpdQueries() {}

  public record Scorecard(String opdCode, String opdName, String frameworkId, long indicatorsOwned,
      BigDecimal levelsMissing, BigDecimal weightedGapPoints, Long indicatorsCompared, BigDecimal calibrationMeanBias,
      BigDecimal weightedBiasPoints, Long overClaimed, Long underClaimed, Long matched, long selfAssessed,
      boolean selfAssessmentComplete, LocalDate deadline, LocalDate lastSubmittedOn, long lateRows,
      Boolean completeByDeadline, boolean calibrationHidden, boolean gapHidden) {}

  public static List<Scorecard> scorecards(Connection c, Selection s, Visibility v) throws SQLException {
    return Rows.list(c, NamedQuery.OPD_SCORECARDS.sql(), OpdQueries::scorecard, v.everything(), v.instansiCode(),
        v.opdCode(), s.instansiCode(),
        s.year(), s.opdCode(), s.opdCode());
  }

  public static List<Integer> years(Connection c, String instansiCode) throws SQLException {
    return Rows.list(c, NamedQuery.OPD_YEARS.sql(),
        rs -> rs.getInt("year"), instansiCode);
  }

  private static Scorecard scorecard(ResultSet rs) throws SQLException {
    return new Scorecard(rs.getString("opd_code"), rs.getString("opd_name"), rs.getString("framework_id"),
        rs.getLong("indicators_owned"), rs.getBigDecimal("levels_missing"), rs.getBigDecimal("weighted_gap_points"),
        Rows.bigint(rs, "indicators_compared"), rs.getBigDecimal("calibration_mean_bias"),
        rs.getBigDecimal("weighted_bias_points"), Rows.bigint(rs, "over_claimed"), Rows.bigint(rs, "under_claimed"),
        Rows.bigint(rs, "matched"), rs.getLong("self_assessed"), rs.getBoolean("self_assessment_complete"),
        Rows.date(rs, "deadline"), Rows.date(rs, "last_submitted_on"), rs.getLong("late_rows"),
        Rows.bool(rs, "complete_by_deadline"), rs.getBoolean("calibration_hidden"), rs.getBoolean("gap_hidden"));
  }
}
