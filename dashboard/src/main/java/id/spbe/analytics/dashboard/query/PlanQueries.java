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
    return Rows.list(c, NamedQuery.RENCANA_SUMMARIES.sql(), rs -> new Summary(rs.getString("framework_id"),
        rs.getInt("base_year"), rs.getString("base_source"),
        rs.getBigDecimal("base_index"), rs.getBigDecimal("base_index_published"), rs.getString("base_predikat"),
        rs.getString("base_predikat_en"), rs.getBigDecimal("base_distance_to_target"),
        rs.getBigDecimal("target_index"), Rows.integer(rs, "target_year"), rs.getString("status"),
        Rows.bigint(rs, "steps"), rs.getBigDecimal("total_effort"), rs.getBigDecimal("planned_index"),
        rs.getBigDecimal("planned_index_published"), rs.getString("planned_predikat")), v.seesPartialSelfAggregates(),
        instansiCode);
  }

  /** The steps the viewer may see; an OPD-scoped viewer's own raises numbered among themselves, without totals. */
  public static List<Step> steps(Connection c, Selection s, Visibility v) throws SQLException {
    return Rows.list(c, NamedQuery.RENCANA_STEPS.sql(), PlanQueries::step, v.everything(), v.instansiCode(),
        v.opdCode(), s.instansiCode(), s.frameworkId(), s.instansiCode(), s.frameworkId(), s.domainCode(),
        s.domainCode(), s.opdCode(), s.opdCode());
  }

  /**
   * Whether some plan steps are withheld from the viewer (other OPDs' raises in a plan built on a self-assessment).
   * Not how many: their number is the sum of the other OPDs' raises, i.e. of their hidden self levels.
   */
  public static boolean hidesSteps(Connection c, Selection s, Visibility v) throws SQLException {
    return Rows.first(c, NamedQuery.RENCANA_HIDES_STEPS.sql(), rs -> rs.getBoolean("hidden"), v.everything(),
        v.instansiCode(), v.opdCode(), s.instansiCode(), s.frameworkId()).orElse(false);
  }

  public static List<Candidate> candidates(Connection c, Selection s, Visibility v) throws SQLException {
    return Rows.list(c, NamedQuery.RENCANA_CANDIDATES.sql(), PlanQueries::candidate, v.everything(),
        v.instansiCode(), v.opdCode(), s.instansiCode(), s.frameworkId());
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
