package id.spbe.analytics.dashboard.query;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The Domain & aspek view: per domain and per aspect the official and the self-assessed index of one year, and the
 * target the pipeline computes (scope_target: the index with every indicator at its target level; null when an
 * indicator has no given target). The
 * self-assessed index of a domain or aspect combines the self levels of a few OPDs, so an OPD-scoped viewer is not
 * shown it ({@link Visibility}'s rule): over a one-indicator aspect it is that indicator's self level.
 */
public final class DomainQueries {
  private DomainQueries() {}

  /**
   * One domain's or aspect's results.
   *
   * @param code D1.. or A1..
   * @param parentCode the aspect's domain (null for domains and for frameworks without domains)
   */
  public record ScopeResult(String code, String name, String parentCode, BigDecimal weightPct, BigDecimal official,
      Boolean officialPartial, BigDecimal selfAssessment, Boolean selfAssessmentPartial, BigDecimal target,
      long indicators) {}

  public static List<ScopeResult> domains(Connection c, Selection s, String frameworkId, Visibility v)
      throws SQLException {
    return Rows.list(c, NamedQuery.DOMAIN_DOMAINS.sql(), DomainQueries::result, v.seesPartialSelfAggregates(),
        v.seesPartialSelfAggregates(), s.instansiCode(),
        s.year(), s.instansiCode(), s.year(), s.instansiCode(), s.year(), frameworkId);
  }

  public static List<ScopeResult> aspects(Connection c, Selection s, String frameworkId, Visibility v)
      throws SQLException {
    return Rows.list(c, NamedQuery.DOMAIN_ASPECTS.sql(), DomainQueries::result, v.seesPartialSelfAggregates(),
        v.seesPartialSelfAggregates(), s.instansiCode(),
        s.year(), s.instansiCode(), s.year(), s.instansiCode(), s.year(), frameworkId, s.domainCode(), s.domainCode());
  }

  private static ScopeResult result(java.sql.ResultSet rs) throws SQLException {
    return new ScopeResult(rs.getString("code"), rs.getString("name"), rs.getString("parent_code"),
        rs.getBigDecimal("weight_pct"), rs.getBigDecimal("official"), Rows.bool(rs, "official_partial"),
        rs.getBigDecimal("self_assessment"), Rows.bool(rs, "self_assessment_partial"), rs.getBigDecimal("target"),
        rs.getLong("indicators"));
  }

  /** Years with a domain or aspect result or a gap table for the instansi, latest first. */
  public static List<Integer> years(Connection c, String instansiCode) throws SQLException {
    return Rows.list(c, NamedQuery.DOMAIN_YEARS.sql(), rs -> rs.getInt("year"), instansiCode, instansiCode,
        instansiCode);
  }

  /** The same results with one source left out, when the user asked for only the other. */
  public static ScopeResult onlySource(ScopeResult r, String source) {
    if ("official".equals(source)) {
      return new ScopeResult(r.code(), r.name(), r.parentCode(), r.weightPct(), r.official(), r.officialPartial(),
          null, null, r.target(), r.indicators());
    }
    if ("self_assessment".equals(source)) {
      return new ScopeResult(r.code(), r.name(), r.parentCode(), r.weightPct(), null, null, r.selfAssessment(),
          r.selfAssessmentPartial(), r.target(), r.indicators());
    }
    return r;
  }
}
