package id.spbe.analytics.dashboard.export;

import static id.spbe.analytics.dashboard.export.Column.bool;
import static id.spbe.analytics.dashboard.export.Column.code;
import static id.spbe.analytics.dashboard.export.Column.date;
import static id.spbe.analytics.dashboard.export.Column.decimal;
import static id.spbe.analytics.dashboard.export.Column.indicator;
import static id.spbe.analytics.dashboard.export.Column.integer;
import static id.spbe.analytics.dashboard.export.Column.text;
import static id.spbe.analytics.dashboard.export.Column.timestamp;

import id.spbe.analytics.dashboard.language.Language;
import id.spbe.analytics.dashboard.language.Messages;
import id.spbe.analytics.dashboard.query.BenchmarkQueries.Benchmark;
import id.spbe.analytics.dashboard.query.BenchmarkQueries.DomainComparison;
import id.spbe.analytics.dashboard.query.BenchmarkQueries.NationalFigure;
import id.spbe.analytics.dashboard.query.BenchmarkQueries.Peer;
import id.spbe.analytics.dashboard.query.DomainQueries.ScopeResult;
import id.spbe.analytics.dashboard.query.EvidenceQueries.IndexRow;
import id.spbe.analytics.dashboard.query.EvidenceQueries.IndicatorRow;
import id.spbe.analytics.dashboard.query.EvidenceQueries.LevelCell;
import id.spbe.analytics.dashboard.query.EvidenceQueries.OpdSummary;
import id.spbe.analytics.dashboard.query.EvidenceQueries.ProgressPoint;
import id.spbe.analytics.dashboard.query.EvidenceQueries.TodoItem;
import id.spbe.analytics.dashboard.query.GapQueries.GapRow;
import id.spbe.analytics.dashboard.query.OpdQueries.Scorecard;
import id.spbe.analytics.dashboard.query.PlanQueries.Step;
import id.spbe.analytics.dashboard.query.RunQueries.Input;
import id.spbe.analytics.dashboard.query.RunQueries.Quarantined;
import id.spbe.analytics.dashboard.query.RunQueries.Run;
import id.spbe.analytics.dashboard.query.TrendQueries.TrendRow;
import id.spbe.analytics.dashboard.view.DataView;
import id.spbe.analytics.dashboard.view.DomainView;
import id.spbe.analytics.dashboard.view.EvidenceView;
import id.spbe.analytics.dashboard.view.IndikatorView;
import id.spbe.analytics.dashboard.view.OpdView;
import id.spbe.analytics.dashboard.view.PerbandinganView;
import id.spbe.analytics.dashboard.view.RencanaView;
import id.spbe.analytics.dashboard.view.RingkasanView;
import id.spbe.analytics.dashboard.view.ViewKind;
import id.spbe.analytics.dashboard.view.ViewPayload;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every table the dashboard shows, as an export: the view it comes from, which rows of it, and its columns with
 * the same headings as on the page. {@code /api/export/<name>} takes the view's filters.
 */
public enum Dataset {
  TREN("tren", ViewKind.RINGKASAN, p -> ((RingkasanView) p).trend(), List.<Column<TrendRow>>of(
      integer("col.year", TrendRow::year), code("col.framework", TrendRow::frameworkId),
      decimal("col.official", 2, TrendRow::officialIndex), text("col.officialPredikat", TrendRow::officialPredikat),
      code("col.basis", TrendRow::officialBasis), decimal("col.selfAssessment", 2, TrendRow::selfAssessmentIndex),
      text("col.selfPredikat", TrendRow::selfAssessmentPredikat), decimal("col.target", 2, TrendRow::rpjmdTarget),
      bool("col.targetComparable", TrendRow::targetComparable),
      decimal("col.distance", 2, TrendRow::distanceToTarget), decimal("col.change", 2, TrendRow::changeOnPrevious),
      bool("col.frameworkBreak", TrendRow::frameworkBreak),
      decimal("col.comparableOfficial", 2, TrendRow::comparableOfficial),
      decimal("col.comparableSelf", 2, TrendRow::comparableSelfAssessment))),

  DOMAIN("domain", ViewKind.DOMAIN_ASPEK, p -> ((DomainView) p).domains(), scopeColumns("col.domainCode",
      "col.domainName")),

  ASPEK("aspek", ViewKind.DOMAIN_ASPEK, p -> ((DomainView) p).aspects(), scopeColumns("col.aspectCode",
      "col.aspectName")),

  INDIKATOR("indikator", ViewKind.INDIKATOR, p -> ((IndikatorView) p).rows(), List.<Column<GapRow>>of(
      indicator("col.indicatorCode", GapRow::indicatorCode), text("col.indicatorName", GapRow::indicatorName),
      text("col.domainCode", GapRow::domainCode), text("col.aspectCode", GapRow::aspectCode),
      decimal("col.selfLevel", 2, GapRow::selfLevel), decimal("col.officialLevel", 2, GapRow::officialLevel),
      decimal("col.currentLevel", 2, GapRow::currentLevel), code("col.levelSource", GapRow::levelSource),
      // no target level, gap or points where no target was given (the basis column says so)
      integer("col.targetLevel", r -> r.hasGivenTarget() ? r.targetLevel() : null),
      code("col.targetBasis", GapRow::targetBasis),
      decimal("col.gap", 2, r -> r.hasGivenTarget() ? r.levelsMissing() : null),
      decimal("col.weight", 2, GapRow::weightPct),
      decimal("col.points", 4, r -> r.hasGivenTarget() ? r.indexPointsAtStake() : null), text("col.opdCode", GapRow::opdCode),
      text("col.opd", GapRow::opdName), code("col.calibration", GapRow::calibration),
      text("col.justification", GapRow::justification), text("col.evidence", GapRow::evidence),
      code("col.valueBasis", r -> r.verdict().valueBasis()), text("col.externalIndex", r -> r.verdict().externalIndex()),
      text("col.assessorNote", r -> r.verdict().assessorNote()),
      text("col.recommendation", r -> r.verdict().recommendation()), bool("col.uploaded", r -> r.verdict().uploaded()),
      bool("col.interviewed", r -> r.verdict().interviewed()), bool("col.approved", r -> r.verdict().approved()),
      bool("col.noEvidence", r -> r.verdict().noEvidence()))),

  OPD("opd", ViewKind.OPD_SCORECARD, p -> ((OpdView) p).scorecards(), List.<Column<Scorecard>>of(
      text("col.opdCode", Scorecard::opdCode), text("col.opd", Scorecard::opdName),
      integer("col.indicatorsOwned", Scorecard::indicatorsOwned),
      decimal("col.levelsMissing", 2, Scorecard::levelsMissing),
      decimal("col.gapPoints", 4, Scorecard::weightedGapPoints),
      decimal("col.meanBias", 2, Scorecard::calibrationMeanBias),
      decimal("col.biasPoints", 4, Scorecard::weightedBiasPoints), integer("col.overClaimed", Scorecard::overClaimed),
      integer("col.underClaimed", Scorecard::underClaimed), integer("col.matched", Scorecard::matched),
      integer("col.selfAssessed", Scorecard::selfAssessed), bool("col.complete", Scorecard::selfAssessmentComplete),
      date("col.deadline", Scorecard::deadline), date("col.lastSubmitted", Scorecard::lastSubmittedOn),
      integer("col.lateRows", Scorecard::lateRows), bool("col.completeByDeadline", Scorecard::completeByDeadline))),

  // Bukti dukung: every table of the view; the snapshot date is in the file name and the about sheet
  BUKTI_MATRIKS("bukti-matriks", ViewKind.BUKTI, p -> ((EvidenceView) p).levels(), List.<Column<LevelCell>>of(
      text("col.indicatorCode", LevelCell::indicatorCode), text("col.aspectCode", LevelCell::aspectCode),
      integer("col.level", LevelCell::level), code("col.levelStatus", LevelCell::levelStatus),
      integer("col.mainItems", LevelCell::mainItems), integer("col.mainAccepted", LevelCell::mainAccepted),
      integer("col.mainRevisi", LevelCell::mainRevisi), integer("col.mainProses", LevelCell::mainProses),
      integer("col.mainDraf", LevelCell::mainDraf), integer("col.mainBelum", LevelCell::mainBelum),
      integer("col.supportingItems", LevelCell::supportingItems), bool("col.levelComplete", LevelCell::isComplete),
      bool("col.levelReached", LevelCell::isReached), text("col.externalIndex", LevelCell::externalIndex))),

  BUKTI_INDIKATOR("bukti-indikator", ViewKind.BUKTI, p -> ((EvidenceView) p).indicators(),
      List.<Column<IndicatorRow>>of(
          text("col.indicatorCode", IndicatorRow::indicatorCode), text("col.indicatorName", IndicatorRow::indicatorName),
          text("col.aspectCode", IndicatorRow::aspectCode), decimal("col.weight", 2, IndicatorRow::weightPct),
          text("col.opdCode", IndicatorRow::opdCode), text("col.opd", IndicatorRow::opdName),
          integer("col.supportedLevel", IndicatorRow::supportedLevel),
          decimal("col.supportedValue", 2, IndicatorRow::supportedValue),
          code("col.valueBasis", IndicatorRow::valueBasis), text("col.externalIndex", IndicatorRow::externalIndex),
          decimal("col.claimedValue", 2, IndicatorRow::claimedValue),
          decimal("col.claimExcess", 2, IndicatorRow::claimExcess),
          bool("col.claimsAboveEvidence", IndicatorRow::claimsAboveEvidence),
          decimal("col.officialLevel", 2, IndicatorRow::officialValue), integer("col.officialYear", IndicatorRow::officialYear),
          integer("col.nextLevel", IndicatorRow::nextLevel), integer("col.nextLevelOpen", IndicatorRow::nextLevelOpen),
          integer("col.nextLevelRevisi", IndicatorRow::nextLevelRevisi),
          integer("col.itemsListed", IndicatorRow::itemsListed), integer("col.itemsDiterima", IndicatorRow::itemsAccepted))),

  BUKTI_INDEKS("bukti-indeks", ViewKind.BUKTI, p -> ((EvidenceView) p).index(), List.<Column<IndexRow>>of(
      code("col.scope", IndexRow::scope), text("col.aspectCode", IndexRow::scopeCode),
      text("col.aspectName", IndexRow::aspectName), decimal("col.supportedSimulation", 2, IndexRow::supportedValue),
      text("col.predikat", IndexRow::predikat), decimal("col.selfAssessment", 2, IndexRow::selfAssessmentValue),
      decimal("col.official", 2, IndexRow::officialValue), integer("col.officialYear", IndexRow::officialYear),
      bool("col.simulation", IndexRow::isSimulation))),

  BUKTI_TODO("bukti-todo", ViewKind.BUKTI, p -> ((EvidenceView) p).todo(), todoColumns(true)),

  BUKTI_OPD("bukti-opd", ViewKind.BUKTI, p -> ((EvidenceView) p).opds(), List.<Column<OpdSummary>>of(
      text("col.opdCode", OpdSummary::opdCode), text("col.opd", OpdSummary::opdName),
      decimal("col.points", 4, OpdSummary::pointsAtStake), integer("col.itemsNextLevel", OpdSummary::itemsNextLevel),
      integer("col.itemsTotal", OpdSummary::itemsTotal), integer("col.itemsDiterima", OpdSummary::itemsDiterima),
      integer("col.itemsRevisi", OpdSummary::itemsRevisi), integer("col.itemsProses", OpdSummary::itemsProses),
      integer("col.itemsDraf", OpdSummary::itemsDraf), integer("col.itemsBelum", OpdSummary::itemsBelum),
      integer("col.itemsOverdue", OpdSummary::itemsOverdue), date("col.deadline", OpdSummary::deadline))),

  BUKTI_PROGRES("bukti-progres", ViewKind.BUKTI, p -> ((EvidenceView) p).progress(), List.<Column<ProgressPoint>>of(
      date("col.snapshot", ProgressPoint::snapshotOn), integer("col.itemsTotal", ProgressPoint::itemsTotal),
      integer("col.itemsDiterima", ProgressPoint::itemsDiterima), integer("col.itemsRevisi", ProgressPoint::itemsRevisi),
      integer("col.itemsProses", ProgressPoint::itemsProses), integer("col.itemsDraf", ProgressPoint::itemsDraf),
      integer("col.itemsBelum", ProgressPoint::itemsBelum),
      decimal("col.supportedSimulation", 2, ProgressPoint::supportedIndex),
      date("col.deadline", ProgressPoint::deadline))),

  RENCANA("rencana", ViewKind.RENCANA, p -> ((RencanaView) p).steps(), List.<Column<Step>>of(
      integer("col.step", Step::stepNo), indicator("col.indicatorCode", Step::indicatorCode),
      text("col.indicatorName", Step::indicatorName), decimal("col.fromValue", 2, Step::fromValue),
      integer("col.toLevel", Step::toLevel), decimal("col.effort", 2, Step::effort),
      decimal("col.points", 4, Step::indexPoints), decimal("col.cumulativeEffort", 2, Step::cumulativeEffort),
      decimal("col.cumulativeIndex", 4, Step::cumulativeIndex), text("col.predikat", Step::predikat),
      text("col.opdCode", Step::opdCode), text("col.opd", Step::opdName),
      text("col.recommendation", Step::recommendation))),

  PERBANDINGAN("perbandingan", ViewKind.PERBANDINGAN, p -> ((PerbandinganView) p).benchmarks(),
      List.<Column<Benchmark>>of(
          integer("col.year", Benchmark::year), code("col.framework", Benchmark::frameworkId),
          decimal("col.official", 2, Benchmark::indexValue), integer("col.rank", Benchmark::rankInKind),
          integer("col.peerCount", Benchmark::peerCount), decimal("col.percentile", 2, Benchmark::percentileInKind),
          decimal("col.kindMean", 2, Benchmark::kindMean), decimal("col.provinceMean", 2, Benchmark::provinceMean),
          decimal("col.nationalMean", 2, Benchmark::nationalMean),
          decimal("col.nationalPublished", 2, Benchmark::nationalPublished),
          integer("col.instansiLoaded", Benchmark::instansiLoaded))),

  SEJAWAT("sejawat", ViewKind.PERBANDINGAN, p -> ((PerbandinganView) p).peers(), List.<Column<Peer>>of(
      text("col.instansiCode", Peer::instansiCode), text("col.instansiName", Peer::instansiName),
      code("col.kind", Peer::instansiKind), text("col.province", Peer::provinceName),
      decimal("col.official", 2, Peer::indexValue), text("col.predikat", Peer::predikat))),

  DOMAIN_NASIONAL("domain-nasional", ViewKind.PERBANDINGAN, p -> ((PerbandinganView) p).domains(),
      List.<Column<DomainComparison>>of(
          text("col.domainCode", DomainComparison::domainCode), text("col.domainName", DomainComparison::domainName),
          decimal("col.official", 2, DomainComparison::instansiValue),
          decimal("col.nationalPublished", 2, DomainComparison::nationalPublished))),

  NASIONAL("nasional", ViewKind.PERBANDINGAN, p -> ((PerbandinganView) p).national(),
      List.<Column<NationalFigure>>of(
          integer("col.year", NationalFigure::year), code("col.framework", NationalFigure::frameworkId),
          code("col.scope", NationalFigure::scope), text("col.domainCode", NationalFigure::domainCode),
          // the scope and verification status in words; the figure's file provenance stays out of the export
          // (where the figures come from is said in words in the report's method note)
          decimal("col.nationalPublished", 2, NationalFigure::indexValue), code("col.status", NationalFigure::status))),

  RUN("run", ViewKind.DATA, p -> ((DataView) p).runs(), List.<Column<Run>>of(
      text("col.runId", Run::runId), code("col.command", Run::command), timestamp("col.startedAt", Run::startedAt),
      timestamp("col.finishedAt", Run::finishedAt), integer("col.durationMs", Run::durationMs),
      code("col.outcome", Run::outcome), text("col.version", Run::version), integer("col.rowsRead", Run::rowsRead),
      integer("col.rowsAccepted", Run::rowsAccepted), integer("col.rowsRejected", Run::rowsRejected),
      text("col.message", Run::message))),

  INPUT("input", ViewKind.DATA, p -> ((DataView) p).inputs(), List.<Column<Input>>of(
      text("col.file", Input::file), code("col.inputKind", Input::kind), text("col.format", Input::format),
      text("col.sheet", Input::sheet), text("col.encoding", Input::encoding), text("col.separator", Input::separator),
      integer("col.headerRow", Input::headerRow), integer("col.rowsRead", Input::rowsRead),
      integer("col.rowsAccepted", Input::rowsAccepted), integer("col.rowsRejected", Input::rowsRejected),
      integer("col.sizeBytes", Input::sizeBytes), text("col.sha256", Input::sha256))),

  KARANTINA("karantina", ViewKind.DATA, p -> ((DataView) p).quarantined(), List.<Column<Quarantined>>of(
      text("col.sourceFile", Quarantined::sourceFile), text("col.sheet", Quarantined::sourceSheet),
      integer("col.sourceRow", Quarantined::sourceRow), text("col.column", Quarantined::columnName),
      text("col.rawValue", Quarantined::rawValue), code("col.reason", Quarantined::reasonCode),
      text("col.message", Quarantined::messageId))),

  TABEL("tabel", ViewKind.DATA, p -> List.copyOf(((DataView) p).tables().entrySet()),
      // what the table holds in words (code.table.<name>), then its name in the warehouse
      List.<Column<Map.Entry<String, Long>>>of(code("col.tableContent", e -> "table." + e.getKey()),
          text("col.table", Map.Entry::getKey),
          integer("col.rows", Map.Entry::getValue)));

  private final String urlName;
  private final ViewKind view;
  private final Function<ViewPayload, List<?>> rows;
  private final List<? extends Column<?>> columns;

  <T> Dataset(String urlName, ViewKind view, Function<ViewPayload, List<T>> rows, List<Column<T>> columns) {
    this.urlName = urlName;
    this.view = view;
    this.rows = rows::apply;
    this.columns = columns;
  }

  public String urlName() {
    return urlName;
  }

  public ViewKind view() {
    return view;
  }

  public static Optional<Dataset> fromUrlName(String name) {
    return Arrays.stream(values()).filter(d -> d.urlName.equals(name)).findFirst();
  }

  public static List<String> urlNames() {
    return Arrays.stream(values()).map(Dataset::urlName).toList();
  }

  /**
   * The rows of {@code payload} (a payload of {@link #view()}) as a table in {@code language}, saying it was made
   * at {@code madeAt}.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public ExportTable table(ViewPayload payload, Language language, LocalDateTime madeAt) {
    Messages messages = Messages.of(language);
    List<Column<Object>> typed = (List) columns;
    List<Object> values = (List<Object>) rows.apply(payload);
    if (this == KARANTINA && language == Language.EN) {
      typed = typed.stream().map(c -> c.headerKey().equals("col.message")
          ? Column.<Object>text("col.message", r -> ((Quarantined) r).messageEn()) : c).toList();
    }
    boolean illustrative = ExportAbout.illustrative(payload);
    if (illustrative) {
      // the mark on every row of every sheet and CSV: a row copied out of the file still says it is sample data
      String mark = messages.text("export.illustrativeMark");
      typed = java.util.stream.Stream.concat(typed.stream(),
          java.util.stream.Stream.of(Column.<Object>text("export.illustrativeColumn", r -> mark))).toList();
    }
    return ExportTable.of(messages.text("dataset." + urlName), typed, values, ExportAbout.of(payload, messages, madeAt),
        messages);
  }

  /**
   * The columns of a to-do list: the whole list (with the OPD) or one OPD's sheet of the per-OPD workbook (without
   * it: the sheet is the OPD's).
   */
  public static List<Column<TodoItem>> todoColumns(boolean withOpd) {
    List<Column<TodoItem>> opd = withOpd ? List.of(text("col.opdCode", TodoItem::opdCode),
        text("col.opd", TodoItem::opdName)) : List.of();
    return java.util.stream.Stream.of(List.<Column<TodoItem>>of(integer("col.priority", TodoItem::priority)), opd,
        List.<Column<TodoItem>>of(
            code("col.todoAction", TodoItem::action), text("col.indicatorCode", TodoItem::indicatorCode),
            text("col.indicatorName", TodoItem::indicatorName), integer("col.level", TodoItem::level),
            text("col.itemCode", TodoItem::itemCode), text("col.itemName", TodoItem::itemName),
            bool("col.mainItem", TodoItem::isMain), code("col.itemStatus", TodoItem::status),
            code("col.revisionKind", TodoItem::revisionKind), decimal("col.points", 4, TodoItem::pointsAtStake),
            bool("col.nextLevelItem", TodoItem::isNextLevel), integer("col.levelOpenItems", TodoItem::levelOpenItems),
            text("col.assessorNote", TodoItem::assessorNote), text("col.itemNote", TodoItem::note),
            text("col.documentName", TodoItem::documentName), date("col.statusOn", TodoItem::statusOn),
            date("col.deadline", TodoItem::deadline), bool("col.overdue", TodoItem::isOverdue)))
        .flatMap(List::stream).toList();
  }

  private static List<Column<ScopeResult>> scopeColumns(String codeKey, String nameKey) {
    return List.of(text(codeKey, ScopeResult::code), text(nameKey, ScopeResult::name),
        text("col.domainCode", ScopeResult::parentCode), decimal("col.weight", 2, ScopeResult::weightPct),
        decimal("col.official", 2, ScopeResult::official), decimal("col.selfAssessment", 2,
            ScopeResult::selfAssessment), decimal("col.levelTarget", 2, ScopeResult::target),
        integer("col.indicators", ScopeResult::indicators));
  }
}
