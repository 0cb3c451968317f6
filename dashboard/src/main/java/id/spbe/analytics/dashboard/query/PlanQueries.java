package id.spbe.analytics.dashboard.query;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The Rencana aksi view: the pipeline's least-effort plan to the RPJMD target (action_plan_summary, action_plan) and
 * the menu of level raises the what-if picks from (action_candidate). When a plan starts from a penilaian mandiri
 * (a year without official levels), its levels are self-assessed, so an OPD-scoped viewer gets only its own
 * OPD's raises, numbered among themselves, without the running totals, and a summary without the step count, total
 * effort and planned index: each of those adds up other OPDs' raises, whose sizes are their hidden self levels
 * ({@link Visibility}'s rule). The base index and status follow from the instansi-wide index and stay.
 */
public final class PlanQueries {
  private PlanQueries() {}

  /**
   * One framework's plan, as action_plan_summary publishes it: the base and planned index also rounded as the
   * framework publishes them ({@code *Published}), the base predikat and distance to the target read off that value.
   * {@code steps}, {@code totalEffort} and the planned index are null when withheld from an OPD-scoped viewer.
   */
  public record Summary(String frameworkId, int baseYear, String baseSource, BigDecimal baseIndex,
      BigDecimal baseIndexPublished, String basePredikat, String basePredikatEn, BigDecimal baseDistanceToTarget,
      BigDecimal targetIndex, Integer targetYear, String status, Long steps, BigDecimal totalEffort,
      BigDecimal plannedIndex, BigDecimal plannedIndexPublished, String plannedPredikat) {}

  public record Step(int stepNo, String indicatorCode, String indicatorName, String aspectCode, String domainCode,
      int fromLevel, BigDecimal fromValue, int toLevel, BigDecimal effort, BigDecimal indexPoints,
      BigDecimal pointsPerEffort, BigDecimal cumulativeEffort, BigDecimal cumulativeIndex, String predikat,
      String opdCode, String opdName, String recommendation) {}

  /**
   * One raise on the what-if menu; {@code cumulativeEffort} is the effort of every raise from the current level up
   * to and including this one.
   */
  public record Candidate(String indicatorCode, Integer indicatorNo, String indicatorName, String aspectCode,
      String domainCode, int currentLevel, BigDecimal currentValue, int fromLevel, int toLevel, BigDecimal effort,
      String effortBasis,
      BigDecimal indexPoints, BigDecimal cumulativeIndexPoints, BigDecimal cumulativeEffort, String opdCode,
      String opdName) {}

  public static List<Summary> summaries(Connection c, String instansiCode, Visibility v) throws SQLException {
    return Rows.list(c, """
        with viewer as (select ?::boolean as everything),
        shown as (select s.* replace (
                    case when viewer.everything or s.base_source = 'official' then s.steps end as steps,
                    case when viewer.everything or s.base_source = 'official' then s.total_effort end as total_effort,
                    case when viewer.everything or s.base_source = 'official' then s.planned_index end
                      as planned_index,
                    case when viewer.everything or s.base_source = 'official' then s.planned_predikat end
                      as planned_predikat,
                    case when viewer.everything or s.base_source = 'official' then s.planned_index_published end
                      as planned_index_published)
                  from action_plan_summary s cross join viewer)
        select s.* from shown s
        where s.instansi_code = ?
        order by s.base_year desc, s.framework_id
        """, rs -> new Summary(rs.getString("framework_id"), rs.getInt("base_year"), rs.getString("base_source"),
        rs.getBigDecimal("base_index"), rs.getBigDecimal("base_index_published"), rs.getString("base_predikat"),
        rs.getString("base_predikat_en"), rs.getBigDecimal("base_distance_to_target"),
        rs.getBigDecimal("target_index"), Rows.integer(rs, "target_year"), rs.getString("status"),
        Rows.bigint(rs, "steps"), rs.getBigDecimal("total_effort"), rs.getBigDecimal("planned_index"),
        rs.getBigDecimal("planned_index_published"), rs.getString("planned_predikat")), v.seesPartialSelfAggregates(),
        instansiCode);
  }

  /** Whether the viewer may see raise {@code x} of plan {@code s}; text blocks drop trailing blanks, hence the spaces. */
  private static final String VISIBLE = " coalesce(viewer.everything or s.base_source = 'official'"
      + " or (s.instansi_code = viewer.instansi_code and x.opd_code = viewer.opd_code), false) ";

  /** Whether the viewer is shown a plan's running totals: they add up every raise before, hidden ones included. */
  private static final String TOTALS = " (viewer.everything or s.base_source = 'official') ";

  public static List<Step> steps(Connection c, Selection s, Visibility v) throws SQLException {
    return Rows.list(c, ("""
        with viewer as (select ?::boolean as everything, ?::varchar as instansi_code, ?::varchar as opd_code),
        placed as (select distinct indicator_code, aspect_code, domain_code from action_candidate
                   where instansi_code = ? and framework_id = ?)
        select x.* replace (
                 -- an OPD's own raises numbered among themselves: the plan's numbers would count the hidden ones
                 case when {TOTALS} then x.step_no else row_number() over (order by x.step_no) end
                   as step_no,
                 case when {TOTALS} then x.cumulative_effort end as cumulative_effort,
                 case when {TOTALS} then x.cumulative_index end as cumulative_index,
                 case when {TOTALS} then x.predikat end as predikat),
               placed.aspect_code, placed.domain_code, coalesce(o.opd_name, x.opd_code) as opd_name
        from action_plan x
        cross join viewer
        join action_plan_summary s on s.instansi_code = x.instansi_code and s.framework_id = x.framework_id
        left join placed on placed.indicator_code = x.indicator_code
        left join opd o on o.instansi_code = x.instansi_code and o.opd_code = x.opd_code
        where x.instansi_code = ? and x.framework_id = ? and """ + VISIBLE + """
          and (?::varchar is null or placed.domain_code = ?::varchar)
          and (?::varchar is null or x.opd_code = ?::varchar)
        order by x.step_no
        """).replace("{TOTALS}", TOTALS), PlanQueries::step, v.everything(), v.instansiCode(), v.opdCode(),
        s.instansiCode(), s.frameworkId(), s.instansiCode(), s.frameworkId(), s.domainCode(), s.domainCode(),
        s.opdCode(), s.opdCode());
  }

  /**
   * Whether some plan steps are withheld from the viewer (other OPDs' raises in a plan built on a self-assessment).
   * Not how many: their number is the sum of the other OPDs' raises, i.e. of their hidden self levels.
   */
  public static boolean hidesSteps(Connection c, Selection s, Visibility v) throws SQLException {
    return Rows.first(c, """
        with viewer as (select ?::boolean as everything, ?::varchar as instansi_code, ?::varchar as opd_code)
        select count(*) > 0 as hidden
        from action_plan x
        cross join viewer
        join action_plan_summary s on s.instansi_code = x.instansi_code and s.framework_id = x.framework_id
        where x.instansi_code = ? and x.framework_id = ? and not """ + VISIBLE,
        rs -> rs.getBoolean("hidden"), v.everything(), v.instansiCode(), v.opdCode(), s.instansiCode(),
        s.frameworkId()).orElse(false);
  }

  public static List<Candidate> candidates(Connection c, Selection s, Visibility v) throws SQLException {
    return Rows.list(c, """
        with viewer as (select ?::boolean as everything, ?::varchar as instansi_code, ?::varchar as opd_code)
        select x.*, i.indicator_no, coalesce(o.opd_name, x.opd_code) as opd_name
        from action_candidate x
        cross join viewer
        join (select instansi_code, framework_id, any_value(base_source) as base_source from action_candidate
              group by all) s on s.instansi_code = x.instansi_code and s.framework_id = x.framework_id
        left join indicator i on i.framework_id = x.framework_id and i.indicator_code = x.indicator_code
        left join opd o on o.instansi_code = x.instansi_code and o.opd_code = x.opd_code
        where x.instansi_code = ? and x.framework_id = ? and """ + VISIBLE + """
        order by i.indicator_no, x.indicator_code, x.to_level
        """, PlanQueries::candidate, v.everything(), v.instansiCode(), v.opdCode(), s.instansiCode(),
        s.frameworkId());
  }

  private static Step step(ResultSet rs) throws SQLException {
    return new Step(rs.getInt("step_no"), rs.getString("indicator_code"), rs.getString("indicator_name"),
        rs.getString("aspect_code"), rs.getString("domain_code"), rs.getInt("from_level"),
        rs.getBigDecimal("from_value"), rs.getInt("to_level"), rs.getBigDecimal("effort"),
        rs.getBigDecimal("index_points"), rs.getBigDecimal("points_per_effort"), rs.getBigDecimal("cumulative_effort"),
        rs.getBigDecimal("cumulative_index"), rs.getString("predikat"), rs.getString("opd_code"),
        rs.getString("opd_name"), rs.getString("recommendation"));
  }

  private static Candidate candidate(ResultSet rs) throws SQLException {
    return new Candidate(rs.getString("indicator_code"), Rows.integer(rs, "indicator_no"),
        rs.getString("indicator_name"), rs.getString("aspect_code"), rs.getString("domain_code"),
        rs.getInt("current_level"), rs.getBigDecimal("current_value"), rs.getInt("from_level"), rs.getInt("to_level"),
        rs.getBigDecimal("effort"),
        rs.getString("effort_basis"), rs.getBigDecimal("index_points"), rs.getBigDecimal("cumulative_index_points"),
        rs.getBigDecimal("cumulative_effort"), rs.getString("opd_code"), rs.getString("opd_name"));
  }
}
