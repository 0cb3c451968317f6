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

  private static final String SQL = """
      with viewer as (select ?::boolean as everything, ?::varchar as instansi_code, ?::varchar as opd_code),
      card as (
        select s.*, co.indicators_compared, co.weighted_bias_points, co.matched,
               coalesce(viewer.everything
                        or (s.instansi_code = viewer.instansi_code and s.opd_code = viewer.opd_code), false) as visible,
               exists (select 1 from gap_to_target g where g.instansi_code = s.instansi_code and g.year = s.year
                       and g.framework_id = s.framework_id and g.opd_code = s.opd_code
                       and g.level_source <> 'official') as from_self
        from opd_scorecard s
        cross join viewer
        left join calibration_opd co on co.instansi_code = s.instansi_code and co.year = s.year
             and co.framework_id = s.framework_id and co.opd_code = s.opd_code
        where s.instansi_code = ? and s.year = ? and (?::varchar is null or s.opd_code = ?::varchar)
      )
      select opd_code, coalesce(opd_name, opd_code) as opd_name, framework_id, indicators_owned,
             case when visible or not from_self then levels_missing end as levels_missing,
             case when visible or not from_self then weighted_gap_points end as weighted_gap_points,
             case when visible then indicators_compared end as indicators_compared,
             case when visible then calibration_mean_bias end as calibration_mean_bias,
             case when visible then weighted_bias_points end as weighted_bias_points,
             case when visible then over_claimed end as over_claimed,
             case when visible then under_claimed end as under_claimed,
             case when visible then matched end as matched,
             self_assessed, self_assessment_complete, deadline, last_submitted_on, late_rows, complete_by_deadline,
             not visible as calibration_hidden, not visible and from_self as gap_hidden
      from card
      order by case when visible or not from_self then card.weighted_gap_points end desc nulls last, opd_code
      """;

  public static List<Scorecard> scorecards(Connection c, Selection s, Visibility v) throws SQLException {
    return Rows.list(c, SQL, OpdQueries::scorecard, v.everything(), v.instansiCode(), v.opdCode(), s.instansiCode(),
        s.year(), s.opdCode(), s.opdCode());
  }

  public static List<Integer> years(Connection c, String instansiCode) throws SQLException {
    return Rows.list(c, "select distinct year from opd_scorecard where instansi_code = ? order by year desc",
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
