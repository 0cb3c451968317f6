package id.spbe.analytics.dashboard.query;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The Ringkasan view: the pipeline's {@code trend} rows (index, target, distance, change, framework breaks), the
 * index series with its basis, the predikat bands, the framework years and the projection.
 */
public final class TrendQueries {
  private TrendQueries() {}

  public record TrendRow(int year, String frameworkId, String indexName, String indexScale, BigDecimal officialIndex,
      String officialPredikat, String officialBasis, BigDecimal selfAssessmentIndex, String selfAssessmentPredikat,
      BigDecimal rpjmdTarget, String targetScale, Boolean targetComparable, BigDecimal distanceToTarget,
      Integer previousYear, BigDecimal changeOnPrevious, boolean frameworkBreak, BigDecimal comparableOfficial,
      BigDecimal comparableSelfAssessment, Boolean isIllustrative) {}

  public record IndexPoint(int year, String frameworkId, String indexName, String indexScale, String source,
      BigDecimal indexValue, String predikat, String predikatEn, String basis, boolean isPartial,
      boolean isIllustrative) {}

  public record Band(String frameworkId, String predikat, String predikatEn, BigDecimal lowerInclusive,
      BigDecimal upperExclusive, int predikatRank) {}

  public record FrameworkYears(String frameworkId, String frameworkName, String indexName, String indexScale,
      int yearFrom, Integer yearTo, String status) {}

  public record Projection(String frameworkId, String indexScale, long points, int firstYear, int lastYear,
      BigDecimal lastIndex, BigDecimal slopePerYear, BigDecimal targetIndex, Integer targetYear, Integer deadlineYear,
      boolean targetAlreadyReached, Integer yearTargetReached, boolean paceBeyondFramework,
      BigDecimal requiredYearlyGain, Boolean onTrack) {}

  /**
   * An RPJMD target set on another index's scale than the year's framework (PermenPANRB 8/2026 Pasal 11): the
   * target as given, the predikat-band equivalent on the new scale (a suggestion), the target the planner re-stated
   * on that scale (null until entered) and the first official result on it.
   */
  public record TargetConversion(int year, String frameworkId, String indexScale, BigDecimal givenTarget,
      String givenScale, String givenPredikat, BigDecimal suggestedTarget, String suggestedPredikat,
      BigDecimal restatedTarget, Integer firstResultYear, BigDecimal firstResultIndex, String firstResultPredikat) {}

  /** Externally scored indicators of an official result still at the assessors' assumed value. */
  public record PendingExternal(int year, long indicators) {}

  /** The self-assessed against the official index of one year (calibration_scope, scope index). */
  public record SelfVsOfficial(int year, String frameworkId, BigDecimal selfValue, BigDecimal officialValue,
      BigDecimal difference, String selfPredikat, String officialPredikat) {}

  public static List<TrendRow> trend(Connection c, String instansiCode) throws SQLException {
    return Rows.list(c, NamedQuery.RINGKASAN_TREND.sql(), TrendQueries::trendRow,
        instansiCode);
  }

  /** The latest year with an official index: the headline of the review. */
  public static Optional<TrendRow> latestOfficial(Connection c, String instansiCode) throws SQLException {
    return Rows.first(c, NamedQuery.RINGKASAN_LATEST_OFFICIAL.sql(), TrendQueries::trendRow, instansiCode);
  }

  /** The trend row of one year, if the instansi has one. */
  public static Optional<TrendRow> ofYear(Connection c, String instansiCode, int year) throws SQLException {
    return Rows.first(c, NamedQuery.RINGKASAN_OF_YEAR.sql(), TrendQueries::trendRow,
        instansiCode, year);
  }

  private static TrendRow trendRow(ResultSet rs) throws SQLException {
    return new TrendRow(rs.getInt("year"), rs.getString("framework_id"), rs.getString("index_name"),
        rs.getString("index_scale"), rs.getBigDecimal("official_index"), rs.getString("official_predikat"),
        rs.getString("official_basis"), rs.getBigDecimal("self_assessment_index"),
        rs.getString("self_assessment_predikat"), rs.getBigDecimal("rpjmd_target"), rs.getString("target_scale"),
        Rows.bool(rs, "target_comparable"), rs.getBigDecimal("distance_to_target"), Rows.integer(rs, "previous_year"),
        rs.getBigDecimal("change_on_previous"), rs.getBoolean("framework_break"),
        rs.getBigDecimal("comparable_official"), rs.getBigDecimal("comparable_self_assessment"),
        Rows.bool(rs, "is_illustrative"));
  }

  /** The latest year where both the penilaian mandiri and the evaluators gave an index, up to {@code year}. */
  public static Optional<SelfVsOfficial> selfVsOfficial(Connection c, String instansiCode, Integer upToYear)
      throws SQLException {
    return Rows.first(c, NamedQuery.RINGKASAN_SELF_VS_OFFICIAL.sql(), rs -> new SelfVsOfficial(rs.getInt("year"),
        rs.getString("framework_id"), rs.getBigDecimal("self_value"),
        rs.getBigDecimal("official_value"), rs.getBigDecimal("difference"), rs.getString("self_predikat"),
        rs.getString("official_predikat")), instansiCode, upToYear, upToYear);
  }

  public static List<IndexPoint> series(Connection c, String instansiCode) throws SQLException {
    return Rows.list(c, NamedQuery.RINGKASAN_SERIES.sql(), rs -> new IndexPoint(rs.getInt("year"),
        rs.getString("framework_id"), rs.getString("index_name"),
        rs.getString("index_scale"), rs.getString("source"), rs.getBigDecimal("index_value"), rs.getString("predikat"),
        rs.getString("predikat_en"), rs.getString("basis"), rs.getBoolean("is_partial"),
        rs.getBoolean("is_illustrative")), instansiCode);
  }

  public static List<Band> bands(Connection c) throws SQLException {
    return Rows.list(c, NamedQuery.RINGKASAN_BANDS.sql(), rs -> new Band(rs.getString("framework_id"),
        rs.getString("predikat"), rs.getString("predikat_en"),
        rs.getBigDecimal("lower_inclusive"), rs.getBigDecimal("upper_exclusive"), rs.getInt("predikat_rank")));
  }

  public static List<FrameworkYears> frameworks(Connection c) throws SQLException {
    return Rows.list(c, NamedQuery.RINGKASAN_FRAMEWORKS.sql(), rs -> new FrameworkYears(rs.getString("framework_id"),
        rs.getString("framework_name"),
        rs.getString("index_name"), rs.getString("index_scale"), rs.getInt("year_from"), Rows.integer(rs, "year_to"),
        rs.getString("status")));
  }

  public static List<Projection> projections(Connection c, String instansiCode) throws SQLException {
    return Rows.list(c, NamedQuery.RINGKASAN_PROJECTIONS.sql(), rs -> new Projection(rs.getString("framework_id"),
        rs.getString("index_scale"), rs.getLong("points"),
        rs.getInt("first_year"), rs.getInt("last_year"), rs.getBigDecimal("last_index"),
        rs.getBigDecimal("slope_per_year"), rs.getBigDecimal("target_index"), Rows.integer(rs, "target_year"),
        Rows.integer(rs, "deadline_year"), rs.getBoolean("target_already_reached"),
        Rows.integer(rs, "year_target_reached"), rs.getBoolean("pace_beyond_framework"),
        rs.getBigDecimal("required_yearly_gain"), Rows.bool(rs, "on_track")), instansiCode);
  }

  public static List<TargetConversion> conversions(Connection c, String instansiCode) throws SQLException {
    return Rows.list(c, NamedQuery.RINGKASAN_TARGET_CONVERSIONS.sql(), rs -> new TargetConversion(rs.getInt("year"),
        rs.getString("framework_id"), rs.getString("index_scale"),
        rs.getBigDecimal("given_target"), rs.getString("given_scale"), rs.getString("given_predikat"),
        rs.getBigDecimal("suggested_target"), rs.getString("suggested_predikat"), rs.getBigDecimal("restated_target"),
        Rows.integer(rs, "first_result_year"), rs.getBigDecimal("first_result_index"),
        rs.getString("first_result_predikat")), instansiCode);
  }

  /** The latest official result with indicators waiting for their external index, if any. */
  public static Optional<PendingExternal> pendingExternal(Connection c, String instansiCode) throws SQLException {
    return Rows.first(c, NamedQuery.RINGKASAN_PENDING_EXTERNAL.sql(), rs -> new PendingExternal(rs.getInt("year"),
        rs.getLong("indicators_pending_external")), instansiCode);
  }
}
