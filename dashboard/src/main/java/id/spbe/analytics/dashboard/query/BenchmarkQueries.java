package id.spbe.analytics.dashboard.query;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The Perbandingan view: the instansi against the loaded instansi of its kind, its province and the whole load
 * (peer_benchmark), the peers themselves, and the published national figures (published_national_index).
 */
public final class BenchmarkQueries {
  private BenchmarkQueries() {}

  public record Benchmark(int year, String frameworkId, String instansiKind, BigDecimal indexValue, long peerCount,
      int rankInKind, BigDecimal percentileInKind, BigDecimal kindMean, BigDecimal provinceMean,
      BigDecimal nationalMean, BigDecimal nationalPublished, long instansiLoaded) {}

  public record Peer(String instansiCode, String instansiName, String instansiKind, String provinceName,
      BigDecimal indexValue, String predikat, String predikatEn, boolean isSelected) {}

  public record NationalFigure(int year, String frameworkId, String scope, String domainCode, String domainName,
      BigDecimal indexValue, String status, String source) {}

  /** The instansi's official domain index beside the published national average of that domain. */
  public record DomainComparison(String domainCode, String domainName, BigDecimal instansiValue,
      BigDecimal nationalPublished) {}

  public static List<Benchmark> benchmarks(Connection c, String instansiCode) throws SQLException {
    return Rows.list(c, "select * from peer_benchmark where instansi_code = ? order by year",
        BenchmarkQueries::benchmark, instansiCode);
  }

  /** The instansi's peers as peer_benchmark groups them (same kind, framework and year), highest first. */
  public static List<Peer> peers(Connection c, String instansiCode, int year) throws SQLException {
    return Rows.list(c, """
        select p.instansi_code, coalesce(i.instansi_name, p.instansi_code) as instansi_name, p.instansi_kind,
               i.province_name, p.index_value, ii.predikat, ii.predikat_en, p.instansi_code = me.instansi_code
                 as is_selected
        from peer_benchmark me
        join peer_benchmark p on p.peer_group = me.peer_group
        left join instansi_index ii on ii.instansi_code = p.instansi_code and ii.year = p.year
             and ii.framework_id = p.framework_id and ii.source = 'official'
        left join instansi i on i.instansi_code = p.instansi_code
        where me.instansi_code = ? and me.year = ?
        order by p.index_value desc, instansi_name
        """, rs -> new Peer(rs.getString("instansi_code"), rs.getString("instansi_name"), rs.getString("instansi_kind"),
        rs.getString("province_name"), rs.getBigDecimal("index_value"), rs.getString("predikat"),
        rs.getString("predikat_en"), rs.getBoolean("is_selected")), instansiCode, year);
  }

  public static List<NationalFigure> national(Connection c) throws SQLException {
    return Rows.list(c, """
        select n.year, n.framework_id, n.scope, n.domain_code, d.domain_name, n.index_value, n.status, n.source
        from published_national_index n
        left join domain d on d.framework_id = n.framework_id and d.domain_code = n.domain_code
        order by n.year, n.scope desc, n.domain_code
        """, rs -> new NationalFigure(rs.getInt("year"), rs.getString("framework_id"), rs.getString("scope"),
        rs.getString("domain_code"), rs.getString("domain_name"), rs.getBigDecimal("index_value"),
        rs.getString("status"), rs.getString("source")));
  }

  public static List<DomainComparison> domains(Connection c, String instansiCode, int year, String frameworkId)
      throws SQLException {
    return Rows.list(c, """
        select d.domain_code, d.domain_name, di.index_value as instansi_value, n.index_value as national_published
        from domain d
        left join domain_index di on di.instansi_code = ? and di.year = ? and di.framework_id = d.framework_id
             and di.domain_code = d.domain_code and di.source = 'official'
        left join published_national_index n on n.year = ? and n.scope = 'domain' and n.domain_code = d.domain_code
        where d.framework_id = ?
        order by try_cast(substr(d.domain_code, 2) as integer), d.domain_code
        """, rs -> new DomainComparison(rs.getString("domain_code"), rs.getString("domain_name"),
        rs.getBigDecimal("instansi_value"), rs.getBigDecimal("national_published")), instansiCode, year, year,
        frameworkId);
  }

  /** Years with an official index for the instansi, latest first. */
  public static List<Integer> years(Connection c, String instansiCode) throws SQLException {
    return Rows.list(c, """
        select distinct year from instansi_index where instansi_code = ? and source = 'official' order by year desc
        """, rs -> rs.getInt("year"), instansiCode);
  }

  private static Benchmark benchmark(ResultSet rs) throws SQLException {
    return new Benchmark(rs.getInt("year"), rs.getString("framework_id"), rs.getString("instansi_kind"),
        rs.getBigDecimal("index_value"), rs.getLong("peer_count"), rs.getInt("rank_in_kind"),
        rs.getBigDecimal("percentile_in_kind"), rs.getBigDecimal("kind_mean"), rs.getBigDecimal("province_mean"),
        rs.getBigDecimal("national_mean"), rs.getBigDecimal("national_published"), rs.getLong("instansi_loaded"));
  }
}
