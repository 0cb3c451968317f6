package id.spbe.analytics.pipeline.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The ingested facts, as staged by the ingest step and published under the same names. Each table says
 * its natural key (two incoming rows with the same key must agree on the value columns, else both are
 * quarantined) and its slice key (what a re-ingest replaces: the rows of the previous state whose slice
 * appears in the new inputs).
 */
public enum FactTable {
  INSTANSI("instansi", SliceGroup.INSTANSI,
      cols("instansi_code string", "instansi_name string", "instansi_kind string", "province_code string",
          "province_name string", "note string"),
      List.of("instansi_code"), List.of("instansi_name", "instansi_kind", "province_code")),
  OPD("opd", SliceGroup.OPD,
      cols("instansi_code string", "opd_code string", "opd_name string", "opd_short string",
          "is_illustrative boolean", "note string", "opd_alias string"),
      List.of("instansi_code", "opd_code"), List.of("opd_name", "opd_short", "opd_alias")),
  INDICATOR_ASSESSMENT("indicator_assessment", SliceGroup.ASSESSMENT,
      cols("instansi_code string", "year int", "framework_id string", "source string", "indicator_code string",
          "item_no int", "maturity_level decimal(5,2)", "opd_raw string", "justification string", "evidence string",
          "submitted_on date", "assessor_note string", "recommendation string", "is_uploaded boolean",
          "is_interviewed boolean", "is_approved boolean", "has_no_evidence boolean", "is_illustrative boolean",
          "note string"),
      List.of("instansi_code", "year", "source", "indicator_code", "item_no"), List.of("maturity_level", "opd_raw")),
  REPORTED_INDEX("reported_index", SliceGroup.ASSESSMENT,
      cols("instansi_code string", "year int", "framework_id string", "source string", "scope string",
          "scope_code string", "value decimal(6,3)", "is_illustrative boolean", "note string"),
      List.of("instansi_code", "year", "source", "scope", "scope_code"), List.of("value")),
  RPJMD_TARGET("rpjmd_target", SliceGroup.RPJMD_TARGET,
      cols("instansi_code string", "year int", "target_index decimal(6,3)", "rpjmd_period string",
          "index_scale string", "is_illustrative boolean", "note string"),
      List.of("instansi_code", "year", "index_scale"), List.of("target_index")),
  INDICATOR_OWNER("indicator_owner", SliceGroup.INDICATOR_OWNER,
      cols("instansi_code string", "year int", "framework_id string", "indicator_code string", "opd_raw string",
          "is_illustrative boolean"),
      List.of("instansi_code", "year", "framework_id", "indicator_code"), List.of("opd_raw")),
  INDICATOR_TARGET("indicator_target", SliceGroup.INDICATOR_TARGET,
      cols("instansi_code string", "year int", "framework_id string", "indicator_code string", "target_level int",
          "is_illustrative boolean"),
      List.of("instansi_code", "year", "framework_id", "indicator_code"), List.of("target_level")),
  SELF_ASSESSMENT_DEADLINE("self_assessment_deadline", SliceGroup.DEADLINE,
      cols("instansi_code string", "year int", "deadline date", "is_illustrative boolean", "note string"),
      List.of("instansi_code", "year"), List.of("deadline")),
  EXTERNAL_INDEX_VALUE("external_index_value", SliceGroup.EXTERNAL_INDEX_VALUE,
      cols("instansi_code string", "year int", "framework_id string", "indicator_code string", "value decimal(5,2)",
          "external_index string", "is_illustrative boolean", "note string"),
      List.of("instansi_code", "year", "framework_id", "indicator_code"), List.of("value")),
  EVIDENCE_ITEM("evidence_item", SliceGroup.EVIDENCE,
      cols("instansi_code string", "year int", "framework_id string", "snapshot_on date", "indicator_code string",
          "level int", "item_code string", "item_name string", "is_main boolean", "status string",
          "revision_kind string", "status_on date", "document_name string", "assessor_note string", "note string",
          "opd_raw string", "is_illustrative boolean"),
      List.of("instansi_code", "year", "snapshot_on", "indicator_code", "level", "item_code"),
      List.of("status", "is_main", "opd_raw")),
  IMPROVEMENT_EFFORT("improvement_effort", SliceGroup.EFFORT,
      cols("instansi_code string", "framework_id string", "indicator_code string", "from_level int",
          "effort decimal(8,2)", "is_illustrative boolean"),
      List.of("instansi_code", "framework_id", "indicator_code", "from_level"), List.of("effort"));

  /** Where a staged row came from; carried into the published facts so every number can be traced. */
  public static final List<Column> PROVENANCE =
      cols("source_file string", "source_sheet string", "source_row bigint");

  private final String tableName;
  private final SliceGroup sliceGroup;
  private final List<Column> columns;
  private final List<String> naturalKey;
  private final List<String> valueColumns;

  FactTable(String tableName, SliceGroup sliceGroup, List<Column> columns, List<String> naturalKey,
      List<String> valueColumns) {
    this.tableName = tableName;
    this.sliceGroup = sliceGroup;
    this.columns = columns;
    this.naturalKey = naturalKey;
    this.valueColumns = valueColumns;
  }

  public String tableName() {
    return tableName;
  }

  public SliceGroup sliceGroup() {
    return sliceGroup;
  }

  public List<Column> columns() {
    return columns;
  }

  public List<Column> stagedColumns() {
    List<Column> all = new ArrayList<>(columns);
    all.addAll(PROVENANCE);
    return all;
  }

  /** Spark DDL of the staged rows, e.g. {@code instansi_code string, year int, ...}. */
  public String stagedSchemaDdl() {
    return stagedColumns().stream().map(c -> c.name() + " " + c.sqlType()).collect(Collectors.joining(", "));
  }

  public List<String> naturalKey() {
    return naturalKey;
  }

  public List<String> valueColumns() {
    return valueColumns;
  }

  public List<String> sliceKey() {
    return sliceGroup.key();
  }

  public record Column(String name, String sqlType) {}

  private static List<Column> cols(String... specs) {
    List<Column> out = new ArrayList<>();
    for (String spec : specs) {
      String[] parts = spec.split(" ", 2);
      out.add(new Column(parts[0], parts[1]));
    }
    return List.copyOf(out);
  }

  /** Tables replaced together: an official 2023 file replaces both the indicator rows and any reported index. */
  public enum SliceGroup {
    INSTANSI(List.of("instansi_code")),
    OPD(List.of("instansi_code")),
    ASSESSMENT(List.of("instansi_code", "year", "source")),
    RPJMD_TARGET(List.of("instansi_code", "year")),
    INDICATOR_OWNER(List.of("instansi_code", "year", "framework_id")),
    INDICATOR_TARGET(List.of("instansi_code", "year", "framework_id")),
    DEADLINE(List.of("instansi_code", "year")),
    EXTERNAL_INDEX_VALUE(List.of("instansi_code", "year", "framework_id")),
    EVIDENCE(List.of("instansi_code", "year", "snapshot_on")),
    EFFORT(List.of("instansi_code", "framework_id"));

    private final List<String> key;

    SliceGroup(List<String> key) {
      this.key = key;
    }

    public List<String> key() {
      return key;
    }
  }
}
