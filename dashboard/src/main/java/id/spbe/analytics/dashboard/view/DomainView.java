package id.spbe.analytics.dashboard.view;

import id.spbe.analytics.dashboard.query.DomainQueries;
import id.spbe.analytics.dashboard.query.DomainQueries.ScopeResult;
import id.spbe.analytics.dashboard.query.GapQueries;
import id.spbe.analytics.dashboard.query.GapQueries.GapRow;
import id.spbe.analytics.dashboard.query.Selection;
import id.spbe.analytics.dashboard.query.TrendQueries;
import id.spbe.analytics.dashboard.query.TrendQueries.Band;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Domain & aspek: self-assessment against official against target per domain and per aspect of one year, and the
 * indicators of the domain or aspect drilled into.
 *
 * @param yearsWithData the years this view has results for
 * @param indicators the drill-down: indicators of the selected domain or aspect (empty when none is selected)
 * @param selfIndicesHidden the domain and aspect self-assessed indices are withheld from this viewer (an OPD)
 */
public record DomainView(String version, Choices choices, Selection selection, List<Integer> yearsWithData,
    List<ScopeResult> domains, List<ScopeResult> aspects, List<GapRow> indicators, List<Band> bands,
    boolean selfIndicesHidden) implements ViewPayload {

  static final String[] TABLES = {"domain", "aspect", "domain_index", "aspect_index", "gap_to_target",
      "calibration_indicator", "indicator", "opd", "predikat_band", "trend", "framework"};

  public static DomainView load(ViewContext v) throws SQLException {
    Connection c = v.connection();
    Selection s = v.selection();
    String framework = s.frameworkId();
    List<ScopeResult> domains = DomainQueries.domains(c, s, framework, v.visibility()).stream()
        .map(r -> DomainQueries.onlySource(r, s.source())).toList();
    List<ScopeResult> aspects = DomainQueries.aspects(c, s.withDomain(null), framework, v.visibility()).stream()
        .map(r -> DomainQueries.onlySource(r, s.source())).toList();
    List<GapRow> indicators = s.domainCode() == null && s.aspectCode() == null ? List.of()
        : GapQueries.rows(c, s.withOpd(null), v.visibility());
    List<Band> bands = TrendQueries.bands(c).stream().filter(b -> b.frameworkId().equals(framework)).toList();
    return new DomainView(v.snapshot().version(), v.choices(), s, DomainQueries.years(c, s.instansiCode()), domains,
        aspects, indicators, bands, !v.visibility().seesPartialSelfAggregates());
  }
}
