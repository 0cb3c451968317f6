package id.spbe.analytics.dashboard.view;

import id.spbe.analytics.dashboard.query.PlanQueries;
import id.spbe.analytics.dashboard.query.PlanQueries.Candidate;
import id.spbe.analytics.dashboard.query.PlanQueries.Step;
import id.spbe.analytics.dashboard.query.PlanQueries.Summary;
import id.spbe.analytics.dashboard.query.Selection;
import id.spbe.analytics.dashboard.query.TrendQueries;
import id.spbe.analytics.dashboard.query.TrendQueries.Band;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Rencana aksi: the least-effort plan to the RPJMD target for one framework, and the raises the what-if offers.
 *
 * @param summaries one plan per framework with candidates (the selector)
 * @param summary the selected framework's plan (null when the instansi has none)
 * @param stepsHidden some steps, other OPDs' raises, are withheld from the viewer (plans built on a self-assessment)
 */
public record RencanaView(String version, Choices choices, Selection selection, List<Summary> summaries,
    Summary summary, List<Step> steps, boolean stepsHidden, List<Candidate> candidates, List<Band> bands)
    implements ViewPayload {

  static final String[] TABLES = {"action_plan_summary", "action_plan", "action_candidate", "indicator", "opd",
      "predikat_band"};

  public static RencanaView load(ViewContext v) throws SQLException {
    Connection c = v.connection();
    Selection s = v.selection();
    List<Summary> summaries = PlanQueries.summaries(c, s.instansiCode(), v.visibility());
    Summary summary = summaries.stream().filter(p -> p.frameworkId().equals(s.frameworkId())).findFirst()
        .orElse(null);
    if (summary == null) {
      return new RencanaView(v.snapshot().version(), v.choices(), s, summaries, null, List.of(), false, List.of(),
          List.of());
    }
    List<Band> bands = TrendQueries.bands(c).stream().filter(b -> b.frameworkId().equals(s.frameworkId())).toList();
    return new RencanaView(v.snapshot().version(), v.choices(), s, summaries, summary,
        PlanQueries.steps(c, s, v.visibility()), PlanQueries.hidesSteps(c, s, v.visibility()),
        PlanQueries.candidates(c, s, v.visibility()), bands);
  }

  /**
   * The plan shown when none is picked: the latest base year whose plan has a target on the same scale (an RPJMD
   * review wants the plan it can act on), else the latest.
   */
  public static String defaultFramework(List<Summary> summaries) {
    return summaries.stream().filter(p -> !p.status().equals("no_comparable_target")).findFirst()
        .or(() -> summaries.stream().findFirst()).map(Summary::frameworkId).orElse(null);
  }
}
