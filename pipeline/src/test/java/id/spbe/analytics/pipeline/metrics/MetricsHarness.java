package id.spbe.analytics.pipeline.metrics;

import id.spbe.analytics.pipeline.SharedSpark;
import id.spbe.analytics.pipeline.catalog.CatalogLoader;
import id.spbe.analytics.pipeline.catalog.CatalogTables;
import id.spbe.analytics.pipeline.catalog.FrameworkCatalog;
import id.spbe.analytics.pipeline.facts.FactTable;
import id.spbe.analytics.pipeline.run.Progress;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Runs the metric SQL over facts written in the test, with the real reference catalog, without files:
 * the hand-computed checks of the index arithmetic.
 */
public final class MetricsHarness {
  public static final FrameworkCatalog CATALOG = CatalogLoader.load(SharedSpark.referenceDir());
  private final Map<FactTable, List<Map<String, Object>>> facts = new EnumMap<>(FactTable.class);
  private long row;

  public MetricsHarness add(FactTable table, Map<String, Object> values) {
    facts.computeIfAbsent(table, t -> new ArrayList<>()).add(values);
    return this;
  }

  /** An indicator level for instansi 6521, its framework taken from the year. */
  public MetricsHarness level(int year, String source, String indicator, int level) {
    return add(FactTable.INDICATOR_ASSESSMENT, Map.of("instansi_code", "6521", "year", year,
        "framework_id", CATALOG.forYear(year).orElseThrow().id(), "source", source, "indicator_code", indicator,
        "item_no", 1, "maturity_level", BigDecimal.valueOf(level), "is_illustrative", false));
  }

  /** An indicator value written as the assessors write it ("1.26"), for decimal frameworks (Pemdi 2026). */
  public MetricsHarness value(int year, String source, String indicator, String value) {
    return add(FactTable.INDICATOR_ASSESSMENT, Map.of("instansi_code", "6521", "year", year,
        "framework_id", CATALOG.forYear(year).orElseThrow().id(), "source", source, "indicator_code", indicator,
        "item_no", 1, "maturity_level", new BigDecimal(value), "is_illustrative", false));
  }

  /** Values for indicators 1, 2, ... in order, written as one string: "2.0 1.5 1.26 ...". */
  public MetricsHarness values(int year, String source, String valuesInIndicatorOrder) {
    String[] values = valuesInIndicatorOrder.trim().split("\\s+");
    for (int i = 0; i < values.length; i++) {
      value(year, source, String.valueOf(i + 1), values[i]);
    }
    return this;
  }

  public MetricsHarness target(int year, String scale, String target) {
    return add(FactTable.RPJMD_TARGET, Map.of("instansi_code", "6521", "year", year, "target_index", new BigDecimal(target),
        "index_scale", scale, "is_illustrative", false));
  }

  public MetricsHarness external(int year, String indicator, String value) {
    return add(FactTable.EXTERNAL_INDEX_VALUE, Map.of("instansi_code", "6521", "year", year,
        "framework_id", CATALOG.forYear(year).orElseThrow().id(), "indicator_code", indicator,
        "value", new BigDecimal(value), "external_index", "Indeks SDI", "is_illustrative", false));
  }

  public MetricsHarness item(int year, String indicator, int item, int level) {
    return add(FactTable.INDICATOR_ASSESSMENT, Map.of("instansi_code", "6521", "year", year,
        "framework_id", CATALOG.forYear(year).orElseThrow().id(), "source", "official", "indicator_code", indicator,
        "item_no", item, "maturity_level", BigDecimal.valueOf(level), "is_illustrative", false));
  }

  /** Every indicator of the year's framework at {@code level}. */
  public MetricsHarness allIndicators(int year, String source, int level) {
    CATALOG.forYear(year).orElseThrow().indicators().keySet().forEach(code -> level(year, source, code, level));
    return this;
  }

  /**
   * A bukti dukung list of instansi 6521 on {@code snapshot} (yyyy-mm-dd), one item per string:
   * "indicator level status [pendukung] [OPD]", e.g. "1 2 revisi KOMINFO"; the item code is I{indicator}-L{level}-NN
   * numbered in the order given.
   */
  public MetricsHarness evidence(int year, String snapshot, String... items) {
    Map<String, Integer> numbers = new java.util.HashMap<>();
    for (String item : items) {
      String[] p = item.trim().split("\\s+");
      boolean supporting = p.length > 3 && p[3].equals("pendukung");
      String opd = p.length > (supporting ? 4 : 3) ? p[supporting ? 4 : 3] : null;
      String prefix = "I" + p[0] + "-L" + p[1] + "-";
      int n = numbers.merge(prefix, 1, Integer::sum);
      Map<String, Object> values = new java.util.HashMap<>(Map.of("instansi_code", "6521", "year", year,
          "framework_id", CATALOG.forYear(year).orElseThrow().id(), "snapshot_on", java.time.LocalDate.parse(snapshot),
          "indicator_code", p[0], "level", Integer.parseInt(p[1]), "item_code", prefix + String.format("%02d", n),
          "is_main", !supporting, "status", p[2], "is_illustrative", false));
      values.put("opd_raw", opd);
      add(FactTable.EVIDENCE_ITEM, values);
    }
    return this;
  }

  public MetricsHarness owner(int year, String indicator, String opd) {
    return add(FactTable.INDICATOR_OWNER, Map.of("instansi_code", "6521", "year", year,
        "framework_id", CATALOG.forYear(year).orElseThrow().id(), "indicator_code", indicator, "opd_raw", opd,
        "is_illustrative", false));
  }

  public MetricsHarness deadline(int year, String deadline) {
    return add(FactTable.SELF_ASSESSMENT_DEADLINE, Map.of("instansi_code", "6521", "year", year,
        "deadline", java.time.LocalDate.parse(deadline), "is_illustrative", false));
  }

  public MetricsHarness reported(int year, String source, String scope, String code, String value) {
    return add(FactTable.REPORTED_INDEX, Map.of("instansi_code", "6521", "year", year,
        "framework_id", CATALOG.forYear(year).orElseThrow().id(), "source", source, "scope", scope, "scope_code", code,
        "value", new BigDecimal(value), "is_illustrative", false));
  }

  /** Registers facts and reference tables, runs every metric statement, returns the session to query. */
  public SparkSession compute() {
    return compute(LAZY);
  }

  /**
   * As {@link #compute()}, each table kept once computed ({@code cache()} is lazy: nothing runs until a query reads
   * it). For a test class that asks many questions of one set of facts; it calls {@code clearCache()} when done.
   */
  public SparkSession computeCached() {
    return compute((table, rows) -> rows.cache());
  }

  private SparkSession compute(TableSink sink) {
    SparkSession spark = SharedSpark.get();
    for (FactTable table : FactTable.values()) {
      factFrame(spark, table).createOrReplaceTempView(table.tableName());
    }
    CatalogTables.create(spark, CATALOG).forEach((name, frame) -> frame.createOrReplaceTempView(name));
    MetricsComputer.compute(spark, sink, Progress.SILENT);
    return spark;
  }

  /**
   * Registers each statement as a view without running it: the assertions then run only the queries they read,
   * each inlining what it depends on. Caching every table would cost a Spark job per table per test.
   */
  private static final TableSink LAZY = (table, rows) -> rows;

  private Dataset<Row> factFrame(SparkSession spark, FactTable table) {
    String ddl = table.stagedSchemaDdl();
    boolean resolvesOpd = table == FactTable.INDICATOR_ASSESSMENT || table == FactTable.INDICATOR_OWNER
        || table == FactTable.EVIDENCE_ITEM;
    StructType schema = StructType.fromDDL(resolvesOpd ? ddl + ", opd_code string" : ddl);
    List<Row> rows = new ArrayList<>();
    for (Map<String, Object> values : facts.getOrDefault(table, List.of())) {
      Object[] cells = new Object[schema.size()];
      for (int i = 0; i < cells.length; i++) {
        String name = schema.fields()[i].name();
        cells[i] = switch (name) {
          case "source_file" -> "test.csv";
          case "source_row" -> ++row;
          case "opd_code" -> values.get("opd_raw");
          // a level written 3 in a test is the decimal(5,2) value 3 the ingest stages
          default -> values.get(name) instanceof Integer n
              && schema.fields()[i].dataType() instanceof org.apache.spark.sql.types.DecimalType
              ? BigDecimal.valueOf(n) : values.get(name);
        };
      }
      rows.add(RowFactory.create(cells));
    }
    return spark.createDataFrame(rows, schema);
  }
}
