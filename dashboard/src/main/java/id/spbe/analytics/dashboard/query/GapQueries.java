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

  public static List<GapRow> rows(Connection c, Selection s, Visibility v) throws SQLException {
    return Rows.list(c, NamedQuery.INDIKATOR_GAP_ROWS.sql(), GapQueries::row, v.everything(), v.instansiCode(),
        v.opdCode(), s.instansiCode(),
        s.year(), s.domainCode(), s.domainCode(), s.aspectCode(), s.aspectCode(), s.opdCode(), s.opdCode());
  }

  /** The years the instansi has a gap table for, latest first. */
  public static List<Integer> years(Connection c, String instansiCode) throws SQLException {
    return Rows.list(c, NamedQuery.INDIKATOR_YEARS.sql(),
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
