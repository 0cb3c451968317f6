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

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The dashboard's views: the name in {@code /api/<name>}, the published tables each reads, the filters it takes
 * (any other parameter is ignored, never used) and how it is loaded.
 */
public enum ViewKind {
  RINGKASAN("ringkasan", RingkasanView.TABLES, EnumSet.of(INSTANSI), RingkasanView::load),
  DOMAIN_ASPEK("domain", DomainView.TABLES, EnumSet.of(INSTANSI, YEAR, SOURCE, DOMAIN, ASPECT), DomainView::load),
  INDIKATOR("indikator", IndikatorView.TABLES, EnumSet.of(INSTANSI, YEAR, DOMAIN, ASPECT, OPD),
      IndikatorView::load),
  OPD_SCORECARD("opd", OpdView.TABLES, EnumSet.of(INSTANSI, YEAR, OPD), OpdView::load),
  RENCANA("rencana", RencanaView.TABLES, EnumSet.of(INSTANSI, FRAMEWORK, DOMAIN, OPD), RencanaView::load),
  PERBANDINGAN("perbandingan", PerbandinganView.TABLES, EnumSet.of(INSTANSI, YEAR), PerbandinganView::load),
  DATA("data", DataView.TABLES, EnumSet.of(RUN), DataView::load),
  /** reads the evidence tables only where published (EvidenceView), so an older warehouse still answers */
  BUKTI("bukti", EvidenceView.TABLES, EnumSet.of(INSTANSI, YEAR, SNAPSHOT), EvidenceView::load),
  /** the PDF report for an RPJMD review; not a page of its own */
  LAPORAN("laporan", ReviewData.TABLES, EnumSet.of(INSTANSI, YEAR), ReviewData::load);

  /** Read to check the filters of any view that takes an instansi (see SelectionParams). */
  private static final String[] CHOICE_TABLES = {"instansi_index", "instansi", "trend", "gap_to_target",
      "opd_scorecard", "opd", "indicator_ownership", "domain", "aspect", "framework"};

  private final String apiName;
  private final String[] tables;
  private final Set<Param> params;
  private final ViewLoader<?> loader;

  ViewKind(String apiName, String[] tables, Set<Param> params, ViewLoader<?> loader) {
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

  public ViewLoader<?> loader() {
    return loader;
  }
}
