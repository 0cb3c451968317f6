package id.spbe.analytics.pipeline.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The computed tables, in the order they depend on each other. Each is one Spark SQL statement in
 * {@code src/main/resources/sql/<table>.sql}, named after the table it produces, except the action plan's
 * choice of raises, which {@link ActionPlanner} computes (an exact optimiser is not a query) into a view that
 * {@code action_plan.sql} reads.
 */
public final class MetricTables {
  public static final List<String> IN_ORDER = List.of(
      "indicator_score",
      "aspect_index",
      "domain_index",
      "instansi_index",
      "comparable_index",
      "calibration_indicator",
      "calibration_scope",
      "calibration_opd",
      "indicator_ownership",
      "gap_to_target",
      "scope_target",
      "trend",
      "target_conversion",
      "projection",
      "action_candidate",
      ActionPlanner.CHOICE_VIEW,
      "action_plan",
      "action_plan_summary",
      "opd_scorecard",
      "peer_benchmark",
      "evidence_level",
      "evidence_indicator",
      "evidence_index",
      "evidence_todo",
      "evidence_opd",
      "evidence_progress");

  private MetricTables() {}

  /** Tables computed in Java rather than SQL; they are views for later statements, not published tables. */
  public static boolean isJavaStep(String table) {
    return ActionPlanner.CHOICE_VIEW.equals(table);
  }

  public static String sql(String table) {
    String resource = "/sql/" + table + ".sql";
    try (InputStream in = MetricTables.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("SQL resource missing from the jar: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
