package id.spbe.analytics.dashboard.query;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The Ringkasan view: the index series by year and source, the RPJMD target path, the predikat bands. */
public final class SummaryQueries {
  private SummaryQueries() {}

  public record IndexPoint(int year, String frameworkId, String indexName, String indexScale, String source,
      BigDecimal indexValue, String predikat, String predikatEn, String basis, boolean isPartial,
      boolean isIllustrative) {}

  public record TargetPoint(int year, BigDecimal targetIndex, String indexScale, String rpjmdPeriod,
      boolean isIllustrative) {}

  public record Band(String frameworkId, String predikat, String predikatEn, BigDecimal lowerInclusive,
      BigDecimal upperExclusive) {}

  public record FrameworkYears(String frameworkId, String indexName, String indexScale, int yearFrom, Integer yearTo,
      String status) {}

  public static List<IndexPoint> series(Connection c, String instansiCode) throws SQLException {
    return Rows.list(c, """
        select year, framework_id, index_name, index_scale, source, index_value, predikat, predikat_en, basis,
               is_partial, coalesce(is_illustrative, false) as is_illustrative
        from instansi_index
        where instansi_code = ?
        order by year, source
        """, rs -> new IndexPoint(rs.getInt("year"), rs.getString("framework_id"), rs.getString("index_name"),
        rs.getString("index_scale"), rs.getString("source"), rs.getBigDecimal("index_value"), rs.getString("predikat"),
        rs.getString("predikat_en"), rs.getString("basis"), rs.getBoolean("is_partial"),
        rs.getBoolean("is_illustrative")), instansiCode);
  }

  public static List<TargetPoint> targets(Connection c, String instansiCode) throws SQLException {
    return Rows.list(c, """
        select year, target_index, index_scale, rpjmd_period, coalesce(is_illustrative, false) as is_illustrative
        from rpjmd_target
        where instansi_code = ?
        order by year, index_scale
        """, rs -> new TargetPoint(rs.getInt("year"), rs.getBigDecimal("target_index"), rs.getString("index_scale"),
        rs.getString("rpjmd_period"), rs.getBoolean("is_illustrative")), instansiCode);
  }

  public static List<Band> bands(Connection c) throws SQLException {
    return Rows.list(c, """
        select framework_id, predikat, predikat_en, lower_inclusive, upper_exclusive
        from predikat_band
        order by framework_id, lower_inclusive
        """, rs -> new Band(rs.getString("framework_id"), rs.getString("predikat"), rs.getString("predikat_en"),
        rs.getBigDecimal("lower_inclusive"), rs.getBigDecimal("upper_exclusive")));
  }

  public static List<FrameworkYears> frameworks(Connection c) throws SQLException {
    return Rows.list(c, """
        select framework_id, index_name, index_scale, year_from, year_to, status
        from framework
        order by year_from
        """, rs -> new FrameworkYears(rs.getString("framework_id"), rs.getString("index_name"),
        rs.getString("index_scale"), rs.getInt("year_from"), Rows.integer(rs, "year_to"), rs.getString("status")));
  }
}
