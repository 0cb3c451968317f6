package id.spbe.analytics.dashboard.view;

import static id.spbe.analytics.dashboard.view.Param.ASPECT;
import static id.spbe.analytics.dashboard.view.Param.DOMAIN;
import static id.spbe.analytics.dashboard.view.Param.FRAMEWORK;
import static id.spbe.analytics.dashboard.view.Param.INSTANSI;
import static id.spbe.analytics.dashboard.view.Param.OPD;
import static id.spbe.analytics.dashboard.view.Param.RUN;
import static id.spbe.analytics.dashboard.view.Param.SNAPSHOT;
import static id.spbe.analytics.dashboard.view.Param.SOURCE;
import static id.spbe.analytics.dashboard.view.Param.YEAR;

import java.util.List;
import java.util.stream.Stream;

/**
 * The dashboard's views: the name in {@code /api/<name>}, the published tables each reads, the filters it takes
 * (any other parameter is ignored, never used; listed in the order the page's top bar shows them, PageShell
 * writes them into the page) and how it is loaded.
 */
public enum ViewKind {
  RINGKASAN("ringkasan", RingkasanView.TABLES, List.of(INSTANSI), RingkasanView::load),
  DOMAIN_ASPEK("domain", DomainView.TABLES, List.of(INSTANSI, YEAR, SOURCE, DOMAIN, ASPECT), DomainView::load),
  INDIKATOR("indikator", IndikatorView.TABLES, List.of(INSTANSI, YEAR, DOMAIN, ASPECT, OPD),
      IndikatorView::load),
  OPD_SCORECARD("opd", OpdView.TABLES, List.of(INSTANSI, YEAR, OPD), OpdView::load),
  RENCANA("rencana", RencanaView.TABLES, List.of(INSTANSI, FRAMEWORK, DOMAIN, OPD), RencanaView::load),
  PERBANDINGAN("perbandingan", PerbandinganView.TABLES, List.of(INSTANSI, YEAR), PerbandinganView::load),
  DATA("data", DataView.TABLES, List.of(RUN), DataView::load),
  /** reads the evidence tables only where published (EvidenceView), so an older warehouse still answers */
  BUKTI("bukti", EvidenceView.TABLES, List.of(INSTANSI, YEAR, SNAPSHOT), EvidenceView::load),
  /** the PDF report for an RPJMD review; not a page of its own */
  LAPORAN("laporan", ReviewData.TABLES, List.of(INSTANSI, YEAR), ReviewData::load);

  /** Read to check the filters of any view that takes an instansi (see SelectionParams). */
  private static final String[] CHOICE_TABLES = {"instansi_index", "instansi", "trend", "gap_to_target",
      "opd_scorecard", "opd", "indicator_ownership", "domain", "aspect", "framework"};

  private final String apiName;
  private final String[] tables;
  private final List<Param> params;
  private final ViewLoader<?> loader;

  ViewKind(String apiName, String[] tables, List<Param> params, ViewLoader<?> loader) {
    this.apiName = apiName;
    this.tables = tables;
    this.params = params;
    this.loader = loader;
  }

  public String apiName() {
    return apiName;
  }

  /** Every table the view and the checking of its filters read. */
  public String[] tables() {
    String[] choices = params.contains(INSTANSI) ? CHOICE_TABLES : new String[] {"instansi_index", "instansi"};
    return Stream.concat(Stream.of(choices), Stream.of(tables)).distinct().toArray(String[]::new);
  }

  public boolean takes(Param param) {
    return params.contains(param);
  }

  /** The filters the view takes, in the order its page shows them. */
  public List<Param> params() {
    return params;
  }

  public ViewLoader<?> loader() {
    return loader;
  }
}
