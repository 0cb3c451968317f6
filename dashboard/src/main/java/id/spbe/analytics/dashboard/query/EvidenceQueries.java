package id.spbe.analytics.dashboard.query;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The Bukti dukung view: the evidence tables of one instansi, year and snapshot as the pipeline published them
 * (docs/tables.md, "Evidence (bukti dukung)"). Every figure here is the pipeline's; these queries only pick rows,
 * order them and apply what the viewer may see.
 *
 * <p>An OPD-scoped viewer sees its own OPD's rows only: the to-do items and the OPD summary rows naming its OPD, and
 * the matrix and claim rows of the indicators its OPD is responsible for ({@code evidence_indicator.opd_code}).
 * Another OPD's item statuses, notes and self-assessed claims are its penilaian mandiri details
 * ({@link Visibility}). The instansi-wide simulation (the index row, the progress line) is shown to everyone, as the
 * instansi's self-assessment index is; the aspect rows combine some OPDs' evidence only and are withheld.
 */
public final class EvidenceQueries {
  private EvidenceQueries() {}

  /** The tables the view reads; a warehouse published before issue 17 has none of them. */
  public static final List<String> TABLES = List.of("evidence_level", "evidence_indicator", "evidence_index",
      "evidence_todo", "evidence_opd", "evidence_progress");

  /** One cell of the indicator × level matrix. */
  public record LevelCell(String indicatorCode, int indicatorNo, String aspectCode, int level, long mainItems,
      long supportingItems, long mainAccepted, long mainRevisi, long mainProses, long mainDraf, long mainBelum,
      String levelStatus, boolean isComplete, boolean isReached, String externalIndex, boolean isIllustrative) {}

  /** One indicator: the level the accepted evidence supports against the claim and the last official value. */
  public record IndicatorRow(String indicatorCode, int indicatorNo, String indicatorName, String aspectCode,
      BigDecimal weightPct, String opdCode, String opdName, boolean isExternallyScored, String externalIndex,
      Integer supportedLevel, BigDecimal supportedValue, String valueBasis, Integer nextLevel, long nextLevelOpen,
      long nextLevelRevisi, long itemsListed, long itemsAccepted, BigDecimal claimedValue, BigDecimal claimExcess,
      boolean claimsAboveEvidence, BigDecimal officialValue, Integer officialYear, boolean isIllustrative) {}

  /** The evidence-supported index or one aspect (a simulation, never an official value). */
  public record IndexRow(String scope, String scopeCode, String aspectName, BigDecimal supportedValue,
      BigDecimal supportedValueExact, String predikat, BigDecimal selfAssessmentValue, BigDecimal officialValue,
      Integer officialYear, boolean isSimulation, boolean isIllustrative) {}

  /** One item not yet accepted: what an OPD must still deliver. */
  public record TodoItem(int priority, String opdCode, String opdName, String indicatorCode, int indicatorNo,
      String indicatorName, int level, String itemCode, String itemName, boolean isMain, String status,
      String revisionKind, String action, String assessorNote, String note, String documentName, LocalDate statusOn,
      int supportedLevel, boolean isNextLevel, long levelOpenItems, BigDecimal pointsAtStake, LocalDate deadline,
      boolean isOverdue, boolean isIllustrative) {}

  /** One OPD's items by status and the index points its open items stand for. */
  public record OpdSummary(String opdCode, String opdName, long itemsTotal, long itemsDiterima, long itemsRevisi,
      long itemsProses, long itemsDraf, long itemsBelum, long itemsNextLevel, BigDecimal pointsAtStake,
      long itemsOverdue, LocalDate deadline, boolean isIllustrative) {}

  /** One snapshot of the progress line. */
  public record ProgressPoint(LocalDate snapshotOn, String frameworkId, long itemsTotal, long itemsDiterima,
      long itemsRevisi, long itemsProses, long itemsDraf, long itemsBelum, BigDecimal supportedIndex,
      LocalDate deadline, boolean isIllustrative) {}

  /**
   * Whether this published version has every evidence table. The snapshot's tables are views of the same name in
   * the default catalog (SnapshotLoader), so the catalog lists them.
   */
  public static boolean published(Connection c) throws SQLException {
    return Rows.first(c, NamedQuery.BUKTI_PUBLISHED.sql(), rs -> rs.getLong("n"), TABLES.toArray())
        .orElse(0L) == TABLES.size();
  }

  /** The years the instansi has evidence for, latest first. */
  public static List<Integer> years(Connection c, String instansiCode) throws SQLException {
    return Rows.list(c, NamedQuery.BUKTI_YEARS.sql(),
        rs -> rs.getInt("year"), instansiCode);
  }

  /** The snapshot dates of one year, latest first. */
  public static List<LocalDate> snapshots(Connection c, String instansiCode, int year) throws SQLException {
    return Rows.list(c, NamedQuery.BUKTI_SNAPSHOTS.sql(), rs -> Rows.date(rs, "snapshot_on"), instansiCode, year);
  }

  public static List<LevelCell> levels(Connection c, String instansiCode, int year, LocalDate snapshotOn,
      Visibility v) throws SQLException {
    return Rows.list(c, NamedQuery.BUKTI_LEVELS.sql(), rs -> new LevelCell(rs.getString("indicator_code"),
        rs.getInt("indicator_no"),
        rs.getString("aspect_code"), rs.getInt("level"), rs.getLong("main_items"), rs.getLong("supporting_items"),
        rs.getLong("main_accepted"), rs.getLong("main_revisi"), rs.getLong("main_proses"), rs.getLong("main_draf"),
        rs.getLong("main_belum"), rs.getString("level_status"), rs.getBoolean("is_complete"),
        rs.getBoolean("is_reached"), rs.getString("external_index"), rs.getBoolean("is_illustrative")),
        v.everything(), v.instansiCode(), v.opdCode(), instansiCode, year, snapshotOn);
  }

  public static List<IndicatorRow> indicators(Connection c, String instansiCode, int year, LocalDate snapshotOn,
      Visibility v) throws SQLException {
    return Rows.list(c, NamedQuery.BUKTI_INDICATORS.sql(), rs -> new IndicatorRow(rs.getString("indicator_code"),
        rs.getInt("indicator_no"),
        rs.getString("indicator_name"), rs.getString("aspect_code"), rs.getBigDecimal("weight_pct"),
        rs.getString("opd_code"), rs.getString("opd_name"), rs.getBoolean("is_externally_scored"),
        rs.getString("external_index"), Rows.integer(rs, "supported_level"), rs.getBigDecimal("supported_value"),
        rs.getString("value_basis"), Rows.integer(rs, "next_level"), rs.getLong("next_level_open"),
        rs.getLong("next_level_revisi"), rs.getLong("items_listed"), rs.getLong("items_accepted"),
        rs.getBigDecimal("claimed_value"), rs.getBigDecimal("claim_excess"), rs.getBoolean("claims_above_evidence"),
        rs.getBigDecimal("official_value"), Rows.integer(rs, "official_year"), rs.getBoolean("is_illustrative")),
        v.everything(), v.instansiCode(), v.opdCode(), instansiCode, year, snapshotOn);
  }

  public static List<IndexRow> index(Connection c, String instansiCode, int year, LocalDate snapshotOn,
      Visibility v) throws SQLException {
    return Rows.list(c, NamedQuery.BUKTI_INDEX.sql(), rs -> new IndexRow(rs.getString("scope"),
        rs.getString("scope_code"),
        rs.getString("aspect_name"), rs.getBigDecimal("supported_value"), rs.getBigDecimal("supported_value_exact"),
        rs.getString("predikat"), rs.getBigDecimal("self_assessment_value"), rs.getBigDecimal("official_value"),
        Rows.integer(rs, "official_year"), rs.getBoolean("is_simulation"), rs.getBoolean("is_illustrative")),
        instansiCode, year, snapshotOn, v.seesPartialSelfAggregates());
  }

  /** The snapshot's open items in the pipeline's priority order (1 = do first). */
  public static List<TodoItem> todo(Connection c, String instansiCode, int year, LocalDate snapshotOn, Visibility v)
      throws SQLException {
    return Rows.list(c, NamedQuery.BUKTI_TODO.sql(), rs -> new TodoItem(rs.getInt("priority"), rs.getString("opd_code"),
        rs.getString("opd_name"), rs.getString("indicator_code"), rs.getInt("indicator_no"),
        rs.getString("indicator_name"), rs.getInt("level"), rs.getString("item_code"), rs.getString("item_name"),
        rs.getBoolean("is_main"), rs.getString("status"), rs.getString("revision_kind"), rs.getString("action"),
        rs.getString("assessor_note"), rs.getString("note"), rs.getString("document_name"),
        Rows.date(rs, "status_on"), rs.getInt("supported_level"), rs.getBoolean("is_next_level"),
        rs.getLong("level_open_items"), rs.getBigDecimal("points_at_stake"), Rows.date(rs, "deadline"),
        rs.getBoolean("is_overdue"), rs.getBoolean("is_illustrative")),
        v.everything(), v.instansiCode(), v.opdCode(), instansiCode, year, snapshotOn);
  }

  /** One row per OPD, the OPD with the most index points at stake first. */
  public static List<OpdSummary> opds(Connection c, String instansiCode, int year, LocalDate snapshotOn,
      Visibility v) throws SQLException {
    return Rows.list(c, NamedQuery.BUKTI_OPDS.sql(), rs -> new OpdSummary(rs.getString("opd_code"),
        rs.getString("shown_name"),
        rs.getLong("items_total"), rs.getLong("items_diterima"), rs.getLong("items_revisi"),
        rs.getLong("items_proses"), rs.getLong("items_draf"), rs.getLong("items_belum"),
        rs.getLong("items_next_level"), rs.getBigDecimal("points_at_stake"), rs.getLong("items_overdue"),
        Rows.date(rs, "deadline"), rs.getBoolean("is_illustrative")),
        v.everything(), v.instansiCode(), v.opdCode(), instansiCode, year, snapshotOn);
  }

  /** Every snapshot of the year, oldest first: the progress line. */
  public static List<ProgressPoint> progress(Connection c, String instansiCode, int year) throws SQLException {
    return Rows.list(c, NamedQuery.BUKTI_PROGRESS.sql(), rs -> new ProgressPoint(Rows.date(rs, "snapshot_on"),
        rs.getString("framework_id"),
        rs.getLong("items_total"), rs.getLong("items_diterima"), rs.getLong("items_revisi"),
        rs.getLong("items_proses"), rs.getLong("items_draf"), rs.getLong("items_belum"),
        rs.getBigDecimal("supported_index"), Rows.date(rs, "deadline"), rs.getBoolean("is_illustrative")),
        instansiCode, year);
  }
}
