package id.spbe.analytics.dashboard.view;

import id.spbe.analytics.dashboard.query.EvidenceQueries;
import id.spbe.analytics.dashboard.query.EvidenceQueries.IndexRow;
import id.spbe.analytics.dashboard.query.EvidenceQueries.IndicatorRow;
import id.spbe.analytics.dashboard.query.EvidenceQueries.LevelCell;
import id.spbe.analytics.dashboard.query.EvidenceQueries.OpdSummary;
import id.spbe.analytics.dashboard.query.EvidenceQueries.ProgressPoint;
import id.spbe.analytics.dashboard.query.EvidenceQueries.TodoItem;
import id.spbe.analytics.dashboard.query.Selection;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Bukti dukung: for one instansi, year and snapshot, the indicator × level matrix of evidence statuses, the
 * evidence-supported level of each indicator against its claim, the evidence-supported index (a simulation), the
 * OPD to-do list and the per-OPD summary, and the progress line over the year's snapshots.
 *
 * @param published the published version has the evidence tables (a warehouse from before issue 17 has not)
 * @param evidenceYears the years the instansi has evidence for, latest first
 * @param yearsWithData what the year selector offers: every year of the instansi (a year without evidence says
 *     what file to load), the evidence years among them
 * @param snapshots the selected year's snapshot dates, latest first (empty: no evidence that year)
 * @param deadline the self-assessment deadline of the year (from the progress line)
 * @param illustrative the evidence shown is sample data
 * @param aspectsHidden the aspect rows of the simulation are withheld from this viewer (an OPD user): they combine
 *     some OPDs' evidence, as a domain self-index combines some OPDs' self levels
 * @param scopedOpd the OPD an OPD-scoped viewer sees (null: sees every OPD)
 */
public record EvidenceView(String version, Choices choices, Selection selection, boolean published,
    List<Integer> evidenceYears, List<Integer> yearsWithData, List<LocalDate> snapshots, String frameworkId,
    LocalDate deadline, boolean illustrative, List<LevelCell> levels, List<IndicatorRow> indicators,
    List<IndexRow> index, List<TodoItem> todo, List<OpdSummary> opds, List<ProgressPoint> progress,
    boolean aspectsHidden, String scopedOpd) implements ViewPayload {

  /** Only tables every published version has: the evidence tables are read where they exist. */
  static final String[] TABLES = {"indicator", "aspect", "opd", "framework"};

  public static EvidenceView load(ViewContext v) throws SQLException {
    Selection s = v.selection();
    boolean published = EvidenceQueries.TABLES.stream().allMatch(v.snapshot()::has);
    String scopedOpd = v.visibility().everything() ? null : v.visibility().opdCode();
    boolean aspectsHidden = !v.visibility().seesPartialSelfAggregates();
    if (!published || s.year() == null) {
      return new EvidenceView(v.snapshot().version(), v.choices(), s, published, List.of(), v.choices().years(),
          List.of(), s.frameworkId(), null, false, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
          aspectsHidden, scopedOpd);
    }
    Connection c = v.connection();
    List<Integer> years = EvidenceQueries.years(c, s.instansiCode());
    List<LocalDate> snapshots = EvidenceQueries.snapshots(c, s.instansiCode(), s.year());
    List<ProgressPoint> progress = EvidenceQueries.progress(c, s.instansiCode(), s.year());
    LocalDate on = s.snapshotOn();
    if (on == null) {
      return new EvidenceView(v.snapshot().version(), v.choices(), s, true, years, v.choices().years(), snapshots,
          s.frameworkId(), null, false, List.of(), List.of(), List.of(), List.of(), List.of(), progress, aspectsHidden,
          scopedOpd);
    }
    ProgressPoint shown = progress.stream().filter(p -> p.snapshotOn().equals(on)).findFirst().orElse(null);
    return new EvidenceView(v.snapshot().version(), v.choices(), s, true, years, v.choices().years(), snapshots,
        shown == null ? s.frameworkId() : shown.frameworkId(), shown == null ? null : shown.deadline(),
        progress.stream().anyMatch(ProgressPoint::isIllustrative),
        EvidenceQueries.levels(c, s.instansiCode(), s.year(), on, v.visibility()),
        EvidenceQueries.indicators(c, s.instansiCode(), s.year(), on, v.visibility()),
        EvidenceQueries.index(c, s.instansiCode(), s.year(), on, v.visibility()),
        EvidenceQueries.todo(c, s.instansiCode(), s.year(), on, v.visibility()),
        EvidenceQueries.opds(c, s.instansiCode(), s.year(), on, v.visibility()), progress, aspectsHidden,
        scopedOpd);
  }

  /**
   * The view on the latest snapshot of the selected year, whatever snapshot the selection names (the PDF report
   * shows the state the evidence is in now); null when there is no evidence that year.
   */
  public static EvidenceView latest(ViewContext v) throws SQLException {
    Selection s = v.selection();
    if (s.year() == null || !EvidenceQueries.TABLES.stream().allMatch(v.snapshot()::has)) {
      return null;
    }
    List<LocalDate> snapshots = EvidenceQueries.snapshots(v.connection(), s.instansiCode(), s.year());
    if (snapshots.isEmpty()) {
      return null;
    }
    return load(new ViewContext(v.snapshot(), v.connection(), s.withSnapshot(snapshots.get(0)), v.choices(),
        v.visibility()));
  }

  /** Whether the selected year has evidence to show. */
  public boolean hasEvidence() {
    return selection().snapshotOn() != null;
  }

  /** The simulation's index row (null without evidence). */
  public IndexRow indexRow() {
    return index.stream().filter(r -> "index".equals(r.scope())).findFirst().orElse(null);
  }
}
