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
    return Rows.list(c, """
        select d.domain_code as code, d.domain_name as name, null as parent_code, d.weight_pct,
               o.index_value as official, o.is_partial as official_partial,
               case when ?::boolean then m.index_value end as self_assessment,
               case when ?::boolean then m.is_partial end as self_assessment_partial,
               t.target_value as target, coalesce(t.indicators, 0) as indicators
        from domain d
        left join domain_index o on o.instansi_code = ? and o.year = ? and o.framework_id = d.framework_id
             and o.domain_code = d.domain_code and o.source = 'official'
        left join domain_index m on m.instansi_code = ? and m.year = ? and m.framework_id = d.framework_id
             and m.domain_code = d.domain_code and m.source = 'self_assessment'
        left join scope_target t on t.instansi_code = ? and t.year = ? and t.framework_id = d.framework_id
             and t.scope = 'domain' and t.scope_code = d.domain_code
        where d.framework_id = ?
        order by try_cast(substr(d.domain_code, 2) as integer), d.domain_code
        """, DomainQueries::result, v.seesPartialSelfAggregates(), v.seesPartialSelfAggregates(), s.instansiCode(),
        s.year(), s.instansiCode(), s.year(), s.instansiCode(), s.year(), frameworkId);
  }

  public static List<ScopeResult> aspects(Connection c, Selection s, String frameworkId, Visibility v)
      throws SQLException {
    return Rows.list(c, """
        select a.aspect_code as code, a.aspect_name as name, a.domain_code as parent_code, a.weight_pct,
               o.index_value as official, o.is_partial as official_partial,
               case when ?::boolean then m.index_value end as self_assessment,
               case when ?::boolean then m.is_partial end as self_assessment_partial,
               t.target_value as target, coalesce(t.indicators, 0) as indicators
        from aspect a
        left join aspect_index o on o.instansi_code = ? and o.year = ? and o.framework_id = a.framework_id
             and o.aspect_code = a.aspect_code and o.source = 'official'
        left join aspect_index m on m.instansi_code = ? and m.year = ? and m.framework_id = a.framework_id
             and m.aspect_code = a.aspect_code and m.source = 'self_assessment'
        left join scope_target t on t.instansi_code = ? and t.year = ? and t.framework_id = a.framework_id
             and t.scope = 'aspect' and t.scope_code = a.aspect_code
        where a.framework_id = ? and (?::varchar is null or a.domain_code = ?::varchar)
        order by try_cast(substr(a.aspect_code, 2) as integer), a.aspect_code
        """, DomainQueries::result, v.seesPartialSelfAggregates(), v.seesPartialSelfAggregates(), s.instansiCode(),
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
    return Rows.list(c, """
        select year from aspect_index where instansi_code = ?
        union select year from domain_index where instansi_code = ?
        union select year from gap_to_target where instansi_code = ?
        order by year desc
        """, rs -> rs.getInt("year"), instansiCode, instansiCode, instansiCode);
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
