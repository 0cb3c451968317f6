package id.spbe.analytics.pipeline.facts;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import id.spbe.analytics.pipeline.ingest.ReasonCode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Checks the incoming facts against each other and against the previous state (conflicting duplicates,
 * unknown instansi, unknown OPD), then replaces in the previous state exactly the slices the accepted
 * incoming rows cover.
 *
 * <p>The checks run over one "envelope" of every incoming row (table, natural key, values, instansi, OPD,
 * provenance) instead of table by table: three joins and one aggregation in a single Spark job, where nine
 * tables times three checks cost a second of planning and code generation each.
 */
public final class FactMerger {
  private static final List<String> PROVENANCE_KEY = List.of("source_file", "source_sheet", "source_row");
  private static final Map<String, String> HEADER_NAMES = Map.of(
      "maturity_level", "tingkat_kematangan", "opd_raw", "opd_pengampu", "value", "nilai",
      "target_index", "target_indeks", "target_level", "target_level", "deadline", "tenggat", "effort", "upaya",
      "opd_name", "nama_opd", "instansi_name", "nama_instansi");

  private FactMerger() {}

  /** The merged facts to publish, and the incoming rows refused here (in the row-problem shape). */
  public record Result(Map<FactTable, Dataset<Row>> merged, Dataset<Row> rejections) {}

  public static Result merge(Map<FactTable, Dataset<Row>> incoming, Map<FactTable, Dataset<Row>> previous) {
    Dataset<Row> instansiList = replaceSlices(FactTable.INSTANSI, previous, incoming, incoming);
    Dataset<Row> opdAliases = opdAliases(replaceSlices(FactTable.OPD, previous, incoming, incoming));
    Dataset<Row> envelope = envelope(incoming).localCheckpoint();
    // computed once: every accepted table below is "incoming minus refused rows"
    Dataset<Row> rejections = conflictingDuplicates(envelope)
        .unionByName(unknownInstansi(envelope, instansiList))
        .unionByName(unknownOpd(envelope, opdAliases))
        .localCheckpoint();
    Dataset<Row> refusedRows = rejections.select(cols(PROVENANCE_KEY)).distinct();

    Map<FactTable, Dataset<Row>> accepted = new EnumMap<>(FactTable.class);
    for (FactTable table : FactTable.values()) {
      accepted.put(table, incoming.get(table).join(refusedRows, seq(PROVENANCE_KEY), "left_anti")
          .dropDuplicates(table.naturalKey().toArray(String[]::new)));
    }
    Map<FactTable, Dataset<Row>> merged = new EnumMap<>(FactTable.class);
    for (FactTable table : FactTable.values()) {
      // the contract's column order: joins on key columns would otherwise move the keys to the front
      merged.put(table, replaceSlices(table, previous, accepted, accepted)
          .select(table.stagedColumns().stream().map(c -> col(c.name())).toArray(Column[]::new)));
    }
    Dataset<Row> mergedAliases = opdAliases(merged.get(FactTable.OPD));
    for (FactTable table : List.of(FactTable.INDICATOR_ASSESSMENT, FactTable.INDICATOR_OWNER)) {
      merged.put(table, withOpdCode(merged.get(table), mergedAliases));
    }
    return new Result(merged, rejections);
  }

  /**
   * The previous rows of {@code table} minus every slice any table of its slice group brings, plus the new rows:
   * an official 2023 file replaces official 2023 rows in both indicator_assessment and reported_index.
   */
  private static Dataset<Row> replaceSlices(FactTable table, Map<FactTable, Dataset<Row>> previous,
      Map<FactTable, Dataset<Row>> newRows, Map<FactTable, Dataset<Row>> sameRun) {
    List<String> key = table.sliceKey();
    Dataset<Row> slices = null;
    for (FactTable other : FactTable.values()) {
      if (other.sliceGroup() == table.sliceGroup()) {
        Dataset<Row> s = sameRun.get(other).select(cols(key));
        slices = slices == null ? s : slices.unionByName(s);
      }
    }
    return previous.get(table).join(slices.distinct(), seq(key), "left_anti").unionByName(newRows.get(table));
  }

  /** One row per incoming row of every table, with what the checks need. */
  private static Dataset<Row> envelope(Map<FactTable, Dataset<Row>> incoming) {
    Dataset<Row> all = null;
    for (FactTable table : FactTable.values()) {
      boolean hasOpd = table.columns().stream().anyMatch(c -> c.name().equals("opd_raw"));
      String firstValue = table.valueColumns().get(0);
      Dataset<Row> rows = incoming.get(table).select(
          lit(table.tableName()).as("fact_table"),
          concat_ws("|", table.naturalKey().stream().map(c -> coalesce(col(c).cast("string"), lit(""))).toArray(Column[]::new))
              .as("natural_key"),
          lit(String.join(", ", table.naturalKey())).as("natural_key_columns"),
          concat_ws(" / ", table.valueColumns().stream().map(c -> coalesce(col(c).cast("string"), lit("")))
              .toArray(Column[]::new)).as("value_text"),
          lit(HEADER_NAMES.getOrDefault(firstValue, firstValue)).as("value_header"),
          col("instansi_code"),
          hasOpd ? trim(coalesce(col("opd_raw"), lit(""))).as("opd_raw") : lit("").as("opd_raw"),
          col("source_file"), col("source_sheet"), col("source_row"));
      all = all == null ? rows : all.unionByName(rows);
    }
    return all;
  }

  /** Rows sharing a natural key but disagreeing on a value: all of them are refused, naming the others. */
  private static Dataset<Row> conflictingDuplicates(Dataset<Row> envelope) {
    // nearly every key occurs once: a cheap count finds the few repeated keys before the costly string aggregate
    Dataset<Row> repeatedKeys = envelope.groupBy("fact_table", "natural_key").count().where(col("count").gt(1))
        .select("fact_table", "natural_key");
    Dataset<Row> repeated = envelope.join(repeatedKeys, seq(List.of("fact_table", "natural_key")), "left_semi");
    Dataset<Row> groups = repeated.groupBy("fact_table", "natural_key")
        .agg(count_distinct(col("value_text")).as("variants"),
            sort_array(collect_set(concat(col("source_file"), lit(" baris/row "), col("source_row").cast("string"),
                lit(": "), col("value_text")))).as("occurrences"))
        .where(col("variants").gt(1));
    return repeated.join(groups, seq(List.of("fact_table", "natural_key")), "inner")
        .select(problem(col("value_header"), col("value_text"), ReasonCode.DUPLICATE_CONFLICT,
            concat(col("natural_key_columns"), lit(" = "), col("natural_key"), lit(" → "),
                concat_ws("; ", col("occurrences")))));
  }

  /** Checked once an instansi list exists (this run's or the published one); before that any code is taken. */
  private static Dataset<Row> unknownInstansi(Dataset<Row> envelope, Dataset<Row> instansiList) {
    Dataset<Row> known = instansiList.select("instansi_code").distinct();
    Dataset<Row> listExists = known.limit(1).select(lit(true).as("list_exists"));
    return envelope.where(col("fact_table").notEqual(FactTable.INSTANSI.tableName()))
        .crossJoin(listExists)
        .join(known, seq(List.of("instansi_code")), "left_anti")
        .select(problem(lit("kode_instansi"), col("instansi_code"), ReasonCode.UNKNOWN_INSTANSI, lit("")));
  }

  /** An OPD pengampu must be in its instansi's OPD list (by code, name or short name) once that list exists. */
  private static Dataset<Row> unknownOpd(Dataset<Row> envelope, Dataset<Row> aliases) {
    Dataset<Row> withList = aliases.select("instansi_code").distinct();
    return envelope.where(col("opd_raw").notEqual(""))
        .join(withList, seq(List.of("instansi_code")), "left_semi")
        .withColumn("alias", lower(col("opd_raw")))
        .join(aliases.select("instansi_code", "alias"), seq(List.of("instansi_code", "alias")), "left_anti")
        .select(problem(lit("opd_pengampu"), col("opd_raw"), ReasonCode.UNKNOWN_OPD, lit("")));
  }

  /** Every way a row may name an OPD (code, full name, short name), lowercased, for equi-joins. */
  private static Dataset<Row> opdAliases(Dataset<Row> opd) {
    Dataset<Row> byCode = opd.select(col("instansi_code"), lower(trim(col("opd_code"))).as("alias"), col("opd_code"));
    Dataset<Row> byName = opd.select(col("instansi_code"), lower(trim(col("opd_name"))).as("alias"), col("opd_code"));
    Dataset<Row> byShort = opd.select(col("instansi_code"), lower(trim(col("opd_short"))).as("alias"), col("opd_code"));
    return byCode.unionByName(byName).unionByName(byShort).where(col("alias").notEqual(""))
        .dropDuplicates("instansi_code", "alias");
  }

  /** The OPD code an assessment or owner row names, resolved from code, name or short name. */
  private static Dataset<Row> withOpdCode(Dataset<Row> rows, Dataset<Row> aliases) {
    return rows.withColumn("alias", lower(trim(coalesce(col("opd_raw"), lit("")))))
        .join(aliases.withColumnRenamed("opd_code", "resolved_opd_code"), seq(List.of("instansi_code", "alias")), "left")
        .withColumn("opd_code", when(col("alias").equalTo(""), lit(null).cast("string"))
            .otherwise(coalesce(col("resolved_opd_code"), trim(col("opd_raw")))))
        .drop("alias", "resolved_opd_code");
  }

  private static Column[] problem(Column columnName, Column rawValue, ReasonCode reason, Column expected) {
    return new Column[] {
        col("source_file"), col("source_sheet"), col("source_row"), columnName.as("column_name"),
        coalesce(rawValue.cast("string"), lit("")).as("raw_value"), lit(reason.name()).as("reason_code"),
        message(reason.templateId(), rawValue, expected).as("message_id"),
        message(reason.templateEn(), rawValue, expected).as("message_en")};
  }

  /** A {@link java.text.MessageFormat} template from {@link ReasonCode} filled with columns instead of strings. */
  static Column message(String template, Column raw, Column expected) {
    String text = template.replace("''", "'");
    List<Column> parts = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int next0 = text.indexOf("{0}", i);
      int next1 = text.indexOf("{1}", i);
      int next = next0 < 0 ? next1 : next1 < 0 ? next0 : Math.min(next0, next1);
      if (next < 0) {
        parts.add(lit(text.substring(i)));
        break;
      }
      parts.add(lit(text.substring(i, next)));
      parts.add(coalesce((next == next0 ? raw : expected).cast("string"), lit("")));
      i = next + 3;
    }
    return concat(parts.toArray(Column[]::new));
  }

  private static Column[] cols(List<String> names) {
    return names.stream().map(functions::col).toArray(Column[]::new);
  }

  private static scala.collection.immutable.Seq<String> seq(List<String> columns) {
    return scala.jdk.javaapi.CollectionConverters.asScala(columns).toList();
  }
}
