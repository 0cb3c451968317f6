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
    return Rows.list(c, NamedQuery.PERBANDINGAN_BENCHMARKS.sql(),
        BenchmarkQueries::benchmark, instansiCode);
  }

  /** The instansi's peers as peer_benchmark groups them (same kind, framework and year), highest first. */
  public static List<Peer> peers(Connection c, String instansiCode, int year) throws SQLException {
    return Rows.list(c, NamedQuery.PERBANDINGAN_PEERS.sql(), rs -> new Peer(rs.getString("instansi_code"),
        rs.getString("instansi_name"), rs.getString("instansi_kind"),
        rs.getString("province_name"), rs.getBigDecimal("index_value"), rs.getString("predikat"),
        rs.getString("predikat_en"), rs.getBoolean("is_selected")), instansiCode, year);
  }

  public static List<NationalFigure> national(Connection c) throws SQLException {
    return Rows.list(c, NamedQuery.PERBANDINGAN_NATIONAL.sql(), rs -> new NationalFigure(rs.getInt("year"),
        rs.getString("framework_id"), rs.getString("scope"),
        rs.getString("domain_code"), rs.getString("domain_name"), rs.getBigDecimal("index_value"),
        rs.getString("status"), rs.getString("source")));
  }

  public static List<DomainComparison> domains(Connection c, String instansiCode, int year, String frameworkId)
      throws SQLException {
    return Rows.list(c, NamedQuery.PERBANDINGAN_DOMAINS.sql(), rs -> new DomainComparison(rs.getString("domain_code"),
        rs.getString("domain_name"),
        rs.getBigDecimal("instansi_value"), rs.getBigDecimal("national_published")), instansiCode, year, year,
        frameworkId);
  }

  /** Years with an official index for the instansi, latest first. */
  public static List<Integer> years(Connection c, String instansiCode) throws SQLException {
    return Rows.list(c, NamedQuery.PERBANDINGAN_YEARS.sql(), rs -> rs.getInt("year"), instansiCode);
  }

  private static Benchmark benchmark(ResultSet rs) throws SQLException {
    return new Benchmark(rs.getInt("year"), rs.getString("framework_id"), rs.getString("instansi_kind"),
        rs.getBigDecimal("index_value"), rs.getLong("peer_count"), rs.getInt("rank_in_kind"),
        rs.getBigDecimal("percentile_in_kind"), rs.getBigDecimal("kind_mean"), rs.getBigDecimal("province_mean"),
        rs.getBigDecimal("national_mean"), rs.getBigDecimal("national_published"), rs.getLong("instansi_loaded"));
  }
}
