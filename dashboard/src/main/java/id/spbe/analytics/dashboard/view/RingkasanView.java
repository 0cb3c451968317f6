package id.spbe.analytics.dashboard.view;

import id.spbe.analytics.dashboard.query.InstansiQueries.Instansi;
import id.spbe.analytics.dashboard.query.PlanQueries;
import id.spbe.analytics.dashboard.query.PlanQueries.Step;
import id.spbe.analytics.dashboard.query.PlanQueries.Summary;
import id.spbe.analytics.dashboard.query.Selection;
import id.spbe.analytics.dashboard.query.TrendQueries;
import id.spbe.analytics.dashboard.query.TrendQueries.Band;
import id.spbe.analytics.dashboard.query.TrendQueries.FrameworkYears;
import id.spbe.analytics.dashboard.query.TrendQueries.IndexPoint;
import id.spbe.analytics.dashboard.query.TrendQueries.PendingExternal;
import id.spbe.analytics.dashboard.query.TrendQueries.Projection;
import id.spbe.analytics.dashboard.query.TrendQueries.SelfVsOfficial;
import id.spbe.analytics.dashboard.query.TrendQueries.TargetConversion;
import id.spbe.analytics.dashboard.query.TrendQueries.TrendRow;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Ringkasan: the latest official index with its predikat, distance to the RPJMD target and change on the previous
 * year (all from the pipeline's trend table), the self-assessment against the official index, and the trend.
 *
 * @param latestOfficial the trend row of the latest year with an official index (null when there is none)
 * @param series the index by year and source with its basis (reported, computed) and partial flag
 * @param targetConversions RPJMD targets set on another index's scale than their year's, with the suggestion
 * @param pendingExternal the latest official result's indicators still waiting for their external index (or null)
 * @param fixFirst what to fix first: the plan Rencana aksi opens with and its first steps (null without a plan)
 */
public record RingkasanView(String version, Choices choices, Selection selection, Instansi instansi,
    TrendRow latestOfficial, SelfVsOfficial selfVsOfficial, List<TrendRow> trend, List<IndexPoint> series,
    List<Band> bands, List<FrameworkYears> frameworks, List<Projection> projections,
    List<TargetConversion> targetConversions, PendingExternal pendingExternal, FixFirst fixFirst)
    implements ViewPayload {

  /** How many plan steps the Ringkasan shows; the whole plan is on Rencana aksi. */
  static final int FIX_FIRST_STEPS = 5;

  /**
   * The top of the least-effort plan, as the pipeline wrote it (action_plan_summary, action_plan).
   *
   * @param steps its first steps the viewer may see, in plan order
   * @param moreSteps the plan has more steps the viewer may see than those shown
   * @param stepsHidden some steps are withheld from the viewer ({@link RencanaView})
   */
  public record FixFirst(Summary plan, List<Step> steps, boolean moreSteps, boolean stepsHidden) {}

  static final String[] TABLES = {"trend", "instansi_index", "predikat_band", "framework", "projection",
      "calibration_scope", "target_conversion", "action_plan_summary", "action_plan", "action_candidate", "opd"};

  public static RingkasanView load(ViewContext v) throws SQLException {
    Connection c = v.connection();
    String instansi = v.selection().instansiCode();
    return new RingkasanView(v.snapshot().version(), v.choices(), v.selection(), Views.instansi(v),
        TrendQueries.latestOfficial(c, instansi).orElse(null),
        TrendQueries.selfVsOfficial(c, instansi, null).orElse(null), TrendQueries.trend(c, instansi),
        TrendQueries.series(c, instansi), TrendQueries.bands(c), TrendQueries.frameworks(c),
        TrendQueries.projections(c, instansi), TrendQueries.conversions(c, instansi),
        TrendQueries.pendingExternal(c, instansi).orElse(null), fixFirst(v));
  }

  private static FixFirst fixFirst(ViewContext v) throws SQLException {
    List<Summary> plans = PlanQueries.summaries(v.connection(), v.selection().instansiCode(), v.visibility());
    String framework = RencanaView.defaultFramework(plans);
    if (framework == null) {
      return null;
    }
    Summary plan = plans.stream().filter(p -> p.frameworkId().equals(framework)).findFirst().orElseThrow();
    Selection s = v.selection().withFramework(framework);
    List<Step> steps = PlanQueries.steps(v.connection(), s, v.visibility());
    return new FixFirst(plan, steps.subList(0, Math.min(FIX_FIRST_STEPS, steps.size())),
        steps.size() > FIX_FIRST_STEPS, PlanQueries.hidesSteps(v.connection(), s, v.visibility()));
  }
}
