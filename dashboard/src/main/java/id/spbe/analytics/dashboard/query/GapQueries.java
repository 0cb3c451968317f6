package id.spbe.analytics.dashboard.query;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The Indikator view's gap table: every indicator of a year against its target level, with the self-assessed and
 * the official level, the index points at stake, the OPD pengampu, the penilaian mandiri's justification and
 * evidence, and what the assessors wrote. Details of other OPDs' self-assessments are blanked in SQL for an OPD-scoped viewer.
 */
public final class GapQueries {
  private GapQueries() {}

  /**
   * One indicator's row. {@code selfAssessmentHidden} is true where the viewer may not see the self-assessment
   * details; then the self level, justification, evidence and calibration are null, and so are the current level,
   * the levels missing and the points at stake when they come from the self-assessment.
   */
  public record GapRow(String indicatorCode, Integer indicatorNo, String indicatorName, String aspectCode,
      String aspectName, String domainCode, String domainName, BigDecimal selfLevel, BigDecimal officialLevel,
      BigDecimal currentLevel, String levelSource, int targetLevel, String targetBasis, BigDecimal levelsMissing,
      BigDecimal weightPct, BigDecimal indexPointsAtStake, String opdCode, String opdName, String calibration,
      String justification, String evidence, boolean selfAssessmentHidden, Verdict verdict, Boolean isIllustrative) {

    /**
     * Whether the target level was given (the planner's indicator target, or derived from the RPJMD target); a
     * {@code framework_max} target is only the framework's top level, filled in where no target was set.
     */
    public boolean hasGivenTarget() {
      return !FRAMEWORK_MAX.equals(targetBasis);
    }
  }

  /** The target basis of a row without a given target (docs/tables.md, gap_to_target). */
  public static final String FRAMEWORK_MAX = "framework_max";

  /**
   * What the assessors' result says of the indicator: where its value comes from (assessed, an external index, or
   * the assumed lowest value while that index is missing), their finding and recommendation, and the verification
   * flags (null: not given or not applicable).
   */
  public record Verdict(String valueBasis, String externalIndex, String assessorNote, String recommendation,
      Boolean uploaded, Boolean interviewed, Boolean approved, Boolean noEvidence) {}

  private static final String SQL = """
      with viewer as (select ?::boolean as everything, ?::varchar as instansi_code, ?::varchar as opd_code),
      gap as (
        select g.*, ci.self_level, ci.official_level, ci.calibration, ci.justification, ci.evidence,
               coalesce(viewer.everything or (g.instansi_code = viewer.instansi_code
                        and (ci.opd_code = viewer.opd_code or g.opd_code = viewer.opd_code)), false) as visible
        from gap_to_target g
        cross join viewer
        left join calibration_indicator ci on ci.instansi_code = g.instansi_code and ci.year = g.year
             and ci.framework_id = g.framework_id and ci.indicator_code = g.indicator_code
        where g.instansi_code = ? and g.year = ?
          and (?::varchar is null or g.domain_code = ?::varchar)
          and (?::varchar is null or g.aspect_code = ?::varchar)
          and (?::varchar is null or g.opd_code = ?::varchar)
      )
      select gap.indicator_code, i.indicator_no, gap.indicator_name, gap.aspect_code, a.aspect_name,
             gap.domain_code, d.domain_name,
             case when visible then gap.self_level end as self_level,
             gap.official_level,
             case when visible or gap.level_source = 'official' then gap.current_level end as current_level,
             gap.level_source, gap.target_level, gap.target_basis,
             case when visible or gap.level_source = 'official' then gap.levels_missing end as levels_missing,
             gap.weight_pct,
             case when visible or gap.level_source = 'official' then gap.index_points_at_stake end
               as index_points_at_stake,
             gap.opd_code, coalesce(o.opd_name, gap.opd_code) as opd_name,
             case when visible then gap.calibration end as calibration,
             case when visible then gap.justification end as justification,
             case when visible then gap.evidence end as evidence,
             not visible as self_assessment_hidden,
             gap.value_basis, gap.external_index, gap.assessor_note, gap.recommendation, gap.is_uploaded,
             gap.is_interviewed, gap.is_approved, gap.has_no_evidence,
             gap.is_illustrative
      from gap
      left join indicator i on i.framework_id = gap.framework_id and i.indicator_code = gap.indicator_code
      left join aspect a on a.framework_id = gap.framework_id and a.aspect_code = gap.aspect_code
      left join domain d on d.framework_id = gap.framework_id and d.domain_code = gap.domain_code
      left join opd o on o.instansi_code = gap.instansi_code and o.opd_code = gap.opd_code
      -- by what the viewer is shown: sorting on a withheld figure would rank the hidden self levels
      -- the indicators with a given target first: a row without one has no gap to rank
      order by gap.target_basis = 'framework_max',
               case when visible or gap.level_source = 'official' then gap.index_points_at_stake end desc nulls last,
               i.indicator_no, gap.indicator_code
      """;

  public static List<GapRow> rows(Connection c, Selection s, Visibility v) throws SQLException {
    return Rows.list(c, SQL, GapQueries::row, v.everything(), v.instansiCode(), v.opdCode(), s.instansiCode(),
        s.year(), s.domainCode(), s.domainCode(), s.aspectCode(), s.aspectCode(), s.opdCode(), s.opdCode());
  }

  /** The years the instansi has a gap table for, latest first. */
  public static List<Integer> years(Connection c, String instansiCode) throws SQLException {
    return Rows.list(c, "select distinct year from gap_to_target where instansi_code = ? order by year desc",
        rs -> rs.getInt("year"), instansiCode);
  }

  private static GapRow row(ResultSet rs) throws SQLException {
    return new GapRow(rs.getString("indicator_code"), Rows.integer(rs, "indicator_no"), rs.getString("indicator_name"),
        rs.getString("aspect_code"), rs.getString("aspect_name"), rs.getString("domain_code"),
        rs.getString("domain_name"), rs.getBigDecimal("self_level"), rs.getBigDecimal("official_level"),
        rs.getBigDecimal("current_level"), rs.getString("level_source"), rs.getInt("target_level"),
        rs.getString("target_basis"), rs.getBigDecimal("levels_missing"), rs.getBigDecimal("weight_pct"),
        rs.getBigDecimal("index_points_at_stake"), rs.getString("opd_code"), rs.getString("opd_name"),
        rs.getString("calibration"), rs.getString("justification"), rs.getString("evidence"),
        rs.getBoolean("self_assessment_hidden"), verdict(rs), Rows.bool(rs, "is_illustrative"));
  }

  private static Verdict verdict(ResultSet rs) throws SQLException {
    return new Verdict(rs.getString("value_basis"), rs.getString("external_index"), rs.getString("assessor_note"),
        rs.getString("recommendation"), Rows.bool(rs, "is_uploaded"), Rows.bool(rs, "is_interviewed"),
        Rows.bool(rs, "is_approved"), Rows.bool(rs, "has_no_evidence"));
  }
}
