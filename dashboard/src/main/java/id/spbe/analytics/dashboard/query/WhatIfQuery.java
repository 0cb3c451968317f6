package id.spbe.analytics.dashboard.query;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The what-if: the index after the raises a user picks, as the pipeline defines it: base_index plus the
 * cumulative_index_points of each chosen (indicator, to_level) of action_candidate, rounded to two decimals as
 * published, with the predikat band that rounded value falls in. The picks are bound as two parallel lists.
 */
public final class WhatIfQuery {
  private WhatIfQuery() {}

  /** One pick: raise {@code indicatorCode} to {@code toLevel}. */
  public record Raise(String indicatorCode, int toLevel) {}

  public record Result(String frameworkId, int baseYear, String baseSource, BigDecimal baseIndex, String basePredikat,
      String basePredikatEn, BigDecimal addedPoints, long raises, BigDecimal totalEffort, BigDecimal whatIfIndexExact,
      BigDecimal whatIfIndex, String predikat, String predikatEn, BigDecimal targetIndex, Integer targetYear,
      BigDecimal distanceToTarget, Boolean reachesTarget) {}

  /** Callers check every raise against the candidates first; unknown picks would simply add nothing here. */
  public static Result compute(Connection c, String instansiCode, String frameworkId, List<Raise> picks)
      throws SQLException {
    Array codes = c.createArrayOf("VARCHAR", picks.stream().map(Raise::indicatorCode).toArray());
    Array levels = c.createArrayOf("INTEGER", picks.stream().map(Raise::toLevel).toArray());
    return Rows.first(c, NamedQuery.RENCANA_WHAT_IF.sql(), rs -> new Result(frameworkId, rs.getInt("base_year"),
        rs.getString("base_source"),
            rs.getBigDecimal("base_index"), rs.getString("base_predikat"), rs.getString("base_predikat_en"),
            rs.getBigDecimal("added_points"), rs.getLong("raises"), rs.getBigDecimal("total_effort"),
            rs.getBigDecimal("what_if_index_exact"), rs.getBigDecimal("what_if_index"), rs.getString("predikat"),
            rs.getString("predikat_en"), rs.getBigDecimal("target_index"), Rows.integer(rs, "target_year"),
            rs.getBigDecimal("distance_to_target"), Rows.bool(rs, "reaches_target")),
        codes, levels, instansiCode, frameworkId, instansiCode, frameworkId, frameworkId)
        .orElseThrow(() -> new IllegalStateException("The what-if query returned no row"));
  }
}
