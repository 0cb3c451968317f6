package id.spbe.analytics.dashboard.query;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The values a filter may take for an instansi, read from the published tables: what the selectors offer and what
 * every request parameter is checked against before a view query runs.
 */
public final class ChoiceQueries {
  private ChoiceQueries() {}

  public record Domain(String domainCode, String domainName, BigDecimal weightPct) {}

  public record Aspect(String aspectCode, String aspectName, String domainCode, BigDecimal weightPct) {}

  public record Opd(String opdCode, String opdName, String opdShort) {}

  /** Every year the instansi has an index, a target, an indicator result or a benchmark in. */
  public static List<Integer> years(Connection c, String instansiCode) throws SQLException {
    return Rows.list(c, """
        select year from trend where instansi_code = ?
        union select year from instansi_index where instansi_code = ?
        union select year from gap_to_target where instansi_code = ?
        union select year from opd_scorecard where instansi_code = ?
        order by year desc
        """, rs -> rs.getInt("year"), instansiCode, instansiCode, instansiCode, instansiCode);
  }

  /**
   * The year a review looks at when none is picked: the latest year with an official index (the RPJMD is reviewed
   * against the evaluators' figures), else the latest year with anything.
   */
  public static Optional<Integer> reviewYear(Connection c, String instansiCode) throws SQLException {
    return Rows.first(c, """
        select coalesce(max(year) filter (where official_index is not null), max(year)) as year
        from trend where instansi_code = ?
        """, rs -> Rows.integer(rs, "year"), instansiCode);
  }

  /** The framework of the instansi's index that year, else the one in force that year. */
  public static Optional<String> frameworkOf(Connection c, String instansiCode, int year) throws SQLException {
    return Rows.first(c, """
        select coalesce(
          (select framework_id from trend where instansi_code = ? and year = ?),
          (select framework_id from framework where year_from <= ? and (year_to is null or year_to >= ?)
           order by year_from desc limit 1)) as framework_id
        """, rs -> rs.getString("framework_id"), instansiCode, year, year, year);
  }

  public static List<Domain> domains(Connection c, String frameworkId) throws SQLException {
    return Rows.list(c, """
        select domain_code, domain_name, weight_pct from domain
        where framework_id = ?
        order by try_cast(substr(domain_code, 2) as integer), domain_code
        """, rs -> new Domain(rs.getString("domain_code"), rs.getString("domain_name"), rs.getBigDecimal("weight_pct")),
        frameworkId);
  }

  public static List<Aspect> aspects(Connection c, String frameworkId) throws SQLException {
    return Rows.list(c, """
        select aspect_code, aspect_name, domain_code, weight_pct from aspect
        where framework_id = ?
        order by try_cast(substr(aspect_code, 2) as integer), aspect_code
        """, rs -> new Aspect(rs.getString("aspect_code"), rs.getString("aspect_name"), rs.getString("domain_code"),
        rs.getBigDecimal("weight_pct")), frameworkId);
  }

  /** The instansi's OPDs: the OPD list, plus any OPD pengampu the results name that the list lacks. */
  public static List<Opd> opds(Connection c, String instansiCode) throws SQLException {
    return Rows.list(c, """
        select opd_code, opd_name, opd_short from opd where instansi_code = ?
        union
        select distinct w.opd_code, w.opd_code as opd_name, null as opd_short
        from indicator_ownership w
        where w.instansi_code = ? and w.opd_code not in (select opd_code from opd where instansi_code = ?)
        order by opd_name, opd_code
        """, rs -> new Opd(rs.getString("opd_code"), rs.getString("opd_name"), rs.getString("opd_short")),
        instansiCode, instansiCode, instansiCode);
  }
}
