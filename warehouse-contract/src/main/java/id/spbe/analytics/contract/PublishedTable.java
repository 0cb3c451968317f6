package id.spbe.analytics.contract;

import java.util.Arrays;
import java.util.Optional;

/**
 * The tables a published version holds, in docs/tables.md's order; {@code TableContractTest} fails when the
 * page and this list disagree, so code can name a table without spelling it.
 */
public enum PublishedTable {
  // reference tables (from data/reference)
  FRAMEWORK("framework"),
  DOMAIN("domain"),
  ASPECT("aspect"),
  INDICATOR("indicator"),
  MATURITY_LEVEL("maturity_level"),
  PREDIKAT_BAND("predikat_band"),
  COMPARABLE_INDICATOR("comparable_indicator"),
  PUBLISHED_NATIONAL_INDEX("published_national_index"),

  // facts (ingested inputs)
  INSTANSI("instansi"),
  OPD("opd"),
  INDICATOR_ASSESSMENT("indicator_assessment"),
  REPORTED_INDEX("reported_index"),
  RPJMD_TARGET("rpjmd_target"),
  INDICATOR_OWNER("indicator_owner"),
  INDICATOR_TARGET("indicator_target"),
  SELF_ASSESSMENT_DEADLINE("self_assessment_deadline"),
  EXTERNAL_INDEX_VALUE("external_index_value"),
  EVIDENCE_ITEM("evidence_item"),
  IMPROVEMENT_EFFORT("improvement_effort"),

  // indices
  INDICATOR_SCORE("indicator_score"),
  ASPECT_INDEX("aspect_index"),
  DOMAIN_INDEX("domain_index"),
  INSTANSI_INDEX("instansi_index"),

  // analytics (gap, calibration, trend, plan)
  CALIBRATION_INDICATOR("calibration_indicator"),
  CALIBRATION_SCOPE("calibration_scope"),
  CALIBRATION_OPD("calibration_opd"),
  INDICATOR_OWNERSHIP("indicator_ownership"),
  GAP_TO_TARGET("gap_to_target"),
  SCOPE_TARGET("scope_target"),
  COMPARABLE_INDEX("comparable_index"),
  TREND("trend"),
  TARGET_CONVERSION("target_conversion"),
  PROJECTION("projection"),
  ACTION_CANDIDATE("action_candidate"),
  ACTION_PLAN_SUMMARY("action_plan_summary"),
  ACTION_PLAN("action_plan"),
  OPD_SCORECARD("opd_scorecard"),
  PEER_BENCHMARK("peer_benchmark"),

  // evidence (bukti dukung)
  EVIDENCE_LEVEL("evidence_level"),
  EVIDENCE_INDICATOR("evidence_indicator"),
  EVIDENCE_INDEX("evidence_index"),
  EVIDENCE_TODO("evidence_todo"),
  EVIDENCE_OPD("evidence_opd"),
  EVIDENCE_PROGRESS("evidence_progress"),

  // runs
  PIPELINE_RUN("pipeline_run"),
  PIPELINE_RUN_INPUT("pipeline_run_input"),
  QUARANTINED_ROW("quarantined_row");

  private final String tableName;

  PublishedTable(String tableName) {
    this.tableName = tableName;
  }

  /** The table's folder name in a version and its name in SQL. */
  public String tableName() {
    return tableName;
  }

  public static Optional<PublishedTable> named(String tableName) {
    return Arrays.stream(values()).filter(t -> t.tableName.equals(tableName)).findFirst();
  }
}
