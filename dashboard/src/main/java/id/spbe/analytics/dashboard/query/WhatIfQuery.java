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

  private static final String SQL = """
      with chosen as (select unnest(?::varchar[]) as indicator_code, unnest(?::integer[]) as to_level),
      menu as (select * from action_candidate where instansi_code = ? and framework_id = ?),
      base as (select any_value(base_year) as base_year, any_value(base_source) as base_source,
                      any_value(base_index) as base_index, any_value(target_index) as target_index,
                      any_value(target_year) as target_year
               from menu),
      picked as (select coalesce(sum(m.cumulative_index_points), 0) as added_points, count(*) as raises
                 from menu m join chosen h on h.indicator_code = m.indicator_code and h.to_level = m.to_level),
      effort as (select coalesce(sum(m.effort), 0) as total_effort
                 from menu m join chosen h on h.indicator_code = m.indicator_code and m.to_level <= h.to_level),
      result as (select base.*, picked.added_points, picked.raises, effort.total_effort,
                        base.base_index + picked.added_points as what_if_index_exact,
                        round(base.base_index + picked.added_points, 2) as what_if_index
                 from base, picked, effort)
      select r.*, bb.predikat as base_predikat, bb.predikat_en as base_predikat_en, b.predikat, b.predikat_en,
             r.target_index - r.what_if_index as distance_to_target,
             case when r.target_index is null then null else r.what_if_index >= r.target_index end as reaches_target
      from result r
      left join predikat_band b on b.framework_id = ? and r.what_if_index >= b.lower_inclusive
           and (b.upper_exclusive is null or r.what_if_index < b.upper_exclusive)
      left join predikat_band bb on bb.framework_id = ? and round(r.base_index, 2) >= bb.lower_inclusive
           and (bb.upper_exclusive is null or round(r.base_index, 2) < bb.upper_exclusive)
      """;

  /** Callers check every raise against the candidates first; unknown picks would simply add nothing here. */
  public static Result compute(Connection c, String instansiCode, String frameworkId, List<Raise> picks)
      throws SQLException {
    Array codes = c.createArrayOf("VARCHAR", picks.stream().map(Raise::indicatorCode).toArray());
    Array levels = c.createArrayOf("INTEGER", picks.stream().map(Raise::toLevel).toArray());
    return Rows.first(c, SQL, rs -> new Result(frameworkId, rs.getInt("base_year"), rs.getString("base_source"),
            rs.getBigDecimal("base_index"), rs.getString("base_predikat"), rs.getString("base_predikat_en"),
            rs.getBigDecimal("added_points"), rs.getLong("raises"), rs.getBigDecimal("total_effort"),
            rs.getBigDecimal("what_if_index_exact"), rs.getBigDecimal("what_if_index"), rs.getString("predikat"),
            rs.getString("predikat_en"), rs.getBigDecimal("target_index"), Rows.integer(rs, "target_year"),
            rs.getBigDecimal("distance_to_target"), Rows.bool(rs, "reaches_target")),
        codes, levels, instansiCode, frameworkId, frameworkId, frameworkId)
        .orElseThrow(() -> new IllegalStateException("The what-if query returned no row"));
  }
}
