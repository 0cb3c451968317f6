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
    return Rows.list(c, NamedQuery.FILTER_YEARS.sql(), rs -> rs.getInt("year"), instansiCode, instansiCode,
        instansiCode, instansiCode);
  }

  /**
   * The year a review looks at when none is picked: the latest year with an official index (the RPJMD is reviewed
   * against the evaluators' figures), else the latest year with anything.
   */
  public static Optional<Integer> reviewYear(Connection c, String instansiCode) throws SQLException {
    return Rows.first(c, NamedQuery.FILTER_REVIEW_YEAR.sql(), rs -> Rows.integer(rs, "year"), instansiCode);
  }

  /** The framework of the instansi's index that year, else the one in force that year. */
  public static Optional<String> frameworkOf(Connection c, String instansiCode, int year) throws SQLException {
    return Rows.first(c, NamedQuery.FILTER_FRAMEWORK_OF.sql(), rs -> rs.getString("framework_id"), instansiCode, year,
        year, year);
  }

  public static List<Domain> domains(Connection c, String frameworkId) throws SQLException {
    return Rows.list(c, NamedQuery.FILTER_DOMAINS.sql(), rs -> new Domain(rs.getString("domain_code"),
        rs.getString("domain_name"), rs.getBigDecimal("weight_pct")),
        frameworkId);
  }

  public static List<Aspect> aspects(Connection c, String frameworkId) throws SQLException {
    return Rows.list(c, NamedQuery.FILTER_ASPECTS.sql(), rs -> new Aspect(rs.getString("aspect_code"),
        rs.getString("aspect_name"), rs.getString("domain_code"),
        rs.getBigDecimal("weight_pct")), frameworkId);
  }

  /** The instansi's OPDs: the OPD list, plus any OPD pengampu the results name that the list lacks. */
  public static List<Opd> opds(Connection c, String instansiCode) throws SQLException {
    return Rows.list(c, NamedQuery.FILTER_OPDS.sql(), rs -> new Opd(rs.getString("opd_code"), rs.getString("opd_name"),
        rs.getString("opd_short")),
        instansiCode, instansiCode, instansiCode);
  }
}
