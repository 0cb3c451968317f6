package id.spbe.analytics.dashboard.view;

import id.spbe.analytics.dashboard.query.OpdQueries;
import id.spbe.analytics.dashboard.query.OpdQueries.Scorecard;
import id.spbe.analytics.dashboard.query.PlanQueries;
import id.spbe.analytics.dashboard.query.PlanQueries.Summary;
import id.spbe.analytics.dashboard.query.Selection;
import id.spbe.analytics.dashboard.query.TrendQueries;
import id.spbe.analytics.dashboard.query.TrendQueries.SelfVsOfficial;
import id.spbe.analytics.dashboard.query.TrendQueries.TrendRow;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything an RPJMD review of one instansi and year needs (the PDF report): the summary and trend, the
 * domain and aspect results, the gap table of that year, the OPD scorecards (with their calibration), and the
 * action plan of that year's framework (else the plan the Rencana aksi view shows by default).
 *
 * @param yearRow the trend row of the reviewed year (null when the instansi has none that year)
 * @param selfVsOfficial the latest self-assessed against official index up to that year
 * @param evidence the bukti dukung of that year on its latest snapshot (null when the year has none)
 * @param opds the scorecard of every OPD pengampu that year, as the OPD view shows them to this viewer
 */
public record ReviewData(RingkasanView ringkasan, TrendRow yearRow, SelfVsOfficial selfVsOfficial,
    DomainView domains, IndikatorView gaps, List<Scorecard> opds, RencanaView plan,
    EvidenceView evidence) implements ViewPayload {

  static final String[] TABLES = Stream.of(RingkasanView.TABLES, DomainView.TABLES, IndikatorView.TABLES,
      OpdView.TABLES, RencanaView.TABLES).flatMap(Stream::of).distinct().toArray(String[]::new);

  public static ReviewData load(ViewContext v) throws SQLException {
    Selection s = v.selection();
    List<Summary> plans = PlanQueries.summaries(v.connection(), s.instansiCode(), v.visibility());
    String planFramework = plans.stream().anyMatch(p -> p.frameworkId().equals(s.frameworkId())) ? s.frameworkId()
        : RencanaView.defaultFramework(plans);
    ViewContext planContext = new ViewContext(v.snapshot(), v.connection(), s.withFramework(planFramework),
        v.choices(), v.visibility());
    return new ReviewData(RingkasanView.load(v),
        s.year() == null ? null : TrendQueries.ofYear(v.connection(), s.instansiCode(), s.year()).orElse(null),
        TrendQueries.selfVsOfficial(v.connection(), s.instansiCode(), s.year()).orElse(null), DomainView.load(v),
        IndikatorView.load(v), OpdQueries.scorecards(v.connection(), s.withOpd(null), v.visibility()),
        RencanaView.load(planContext), EvidenceView.latest(v));
  }

  @Override
  public String version() {
    return ringkasan.version();
  }

  @Override
  public Selection selection() {
    return gaps.selection();
  }

  @Override
  public Choices choices() {
    return ringkasan.choices();
  }
}
