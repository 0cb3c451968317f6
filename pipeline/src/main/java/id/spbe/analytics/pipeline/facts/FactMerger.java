package id.spbe.analytics.pipeline.facts;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import id.spbe.analytics.pipeline.quarantine.ReasonCode;
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

  /**
   * The merged facts to publish, the incoming rows refused here (in the row-problem shape), and notes for the run
   * record (identical repeated rows kept once).
   */
  public record Result(Map<FactTable, Dataset<Row>> merged, Dataset<Row> rejections, List<String> notes) {}

  /** Rows to drop (refused or repeated) broadcast to each table's anti join up to this many: a few MiB. */
  private static final long MAX_BROADCAST_DROPPED = 50_000;

  /** Identical repeats listed in the run record; beyond this many, only their number. */
  private static final int MAX_REPEAT_NOTES = 50;

  public static Result merge(Map<FactTable, Dataset<Row>> incoming, Map<FactTable, Dataset<Row>> previous) {
    return merge(incoming, previous, false);
  }

  /**
   * As {@link #merge(Map, Map)}; {@code onePartition} (a small run's) holds what the checks compute in one partition
   * each: the envelope is a union of a dozen tables, a partition or more each, and every stage over it was a dozen
   * tasks for a few hundred rows.
   */
  public static Result merge(Map<FactTable, Dataset<Row>> incoming, Map<FactTable, Dataset<Row>> previous,
      boolean onePartition) {
    Dataset<Row> instansiList = replaceSlices(FactTable.INSTANSI, previous, incoming, incoming);
    Map<String, OpdNames> opdLists = opdLists(replaceSlices(FactTable.OPD, previous, incoming, incoming), instansiList);
    Dataset<Row> envelope = held(envelope(incoming), onePartition);
    Dataset<Row> repeatedGroups = fewBroadcast(held(repeatedGroups(envelope, onePartition), onePartition));
    // computed once: every accepted table below is "incoming minus refused rows"
    Dataset<Row> rejections = held(conflictingDuplicates(envelope, repeatedGroups)
        .unionByName(unknownInstansi(envelope, instansiList))
        .unionByName(unknownOpd(envelope, opdLists)), onePartition);
    Dataset<Row> refusedRows = heldFew(rejections.select(cols(PROVENANCE_KEY)).distinct(), onePartition);
    Dataset<Row> dropped = held(refusedRows.withColumn("fact_table", lit(null).cast("string"))
        .unionByName(extraCopies(envelope, repeatedGroups, refusedRows)), onePartition);
    boolean broadcastDropped = fitsBroadcast(dropped);

    Map<FactTable, Dataset<Row>> accepted = new EnumMap<>(FactTable.class);
    for (FactTable table : FactTable.values()) {
      Dataset<Row> droppedHere = dropped.where(col("fact_table").isNull().or(col("fact_table").equalTo(table.tableName())))
          .select(cols(PROVENANCE_KEY));
      accepted.put(table, incoming.get(table).join(broadcastDropped ? functions.broadcast(droppedHere) : droppedHere,
          seq(PROVENANCE_KEY), "left_anti"));
    }
    Map<FactTable, Dataset<Row>> merged = new EnumMap<>(FactTable.class);
    for (FactTable table : FactTable.values()) {
      // the contract's column order: joins on key columns would otherwise move the keys to the front
      merged.put(table, replaceSlices(table, previous, accepted, accepted)
          .select(table.stagedColumns().stream().map(c -> col(c.name())).toArray(Column[]::new)));
    }
    Map<String, OpdNames> mergedLists = opdLists(merged.get(FactTable.OPD), merged.get(FactTable.INSTANSI));
    List<FactTable> naming = List.of(FactTable.INDICATOR_ASSESSMENT, FactTable.INDICATOR_OWNER, FactTable.EVIDENCE_ITEM);
    // the names the merged tables hold are among the published ones and this run's (the envelope, checkpointed):
    // listing those instead of the merged tables' own spares computing every merged table twice (5 s, national set)
    List<Dataset<Row>> namesFrom = new ArrayList<>(naming.stream().map(previous::get).toList());
    namesFrom.add(envelope.select("instansi_code", "opd_raw"));
    Dataset<Row> resolved = resolvedOpdCodes(namesFrom, mergedLists);
    for (FactTable table : naming) {
      merged.put(table, withOpdCode(merged.get(table), resolved));
    }
    return new Result(merged, rejections, identicalRepeats(repeatedGroups));
  }

  private static Dataset<Row> held(Dataset<Row> rows, boolean onePartition) {
    return (onePartition ? rows.coalesce(1) : rows).localCheckpoint();
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

  /**
   * One row per incoming row of every table, with what the checks need. What is the same for every row of a table
   * (its key's column names, its value's header) is looked up by table where a message needs it, not held per row:
   * the envelope of the national set is 714,000 rows held in memory.
   */
  private static Dataset<Row> envelope(Map<FactTable, Dataset<Row>> incoming) {
    Dataset<Row> all = null;
    for (FactTable table : FactTable.values()) {
      boolean hasOpd = table.columns().stream().anyMatch(c -> c.name().equals("opd_raw"));
      Dataset<Row> rows = incoming.get(table).select(
          lit(table.tableName()).as("fact_table"),
          concat_ws("|", table.naturalKey().stream().map(c -> coalesce(col(c).cast("string"), lit(""))).toArray(Column[]::new))
              .as("natural_key"),
          concat_ws(" / ", table.valueColumns().stream().map(c -> asWritten(table, c))
              .toArray(Column[]::new)).as("value_text"),
          col("instansi_code"),
          hasOpd ? trim(coalesce(col("opd_raw"), lit(""))).as("opd_raw") : lit("").as("opd_raw"),
          col("source_file"), col("source_sheet"), col("source_row"));
      all = all == null ? rows : all.unionByName(rows);
    }
    return all;
  }

  /** Every natural key given more than once, with how many different values and where each occurrence is. */
  private static Dataset<Row> repeatedGroups(Dataset<Row> envelope, boolean onePartition) {
    // Nearly every key occurs once: counting the keys' 64-bit hashes finds the few repeated ones, shuffling a long
    // per row instead of the key's text, and the rows they name (a few hundred) are then joined by broadcast, not
    // by shuffling and sorting the whole envelope. Keys that only share a hash each count once below and drop out.
    Column keyHash = xxhash64(col("fact_table"), col("natural_key"));
    Dataset<Row> repeatedHashes = heldFew(envelope.groupBy(keyHash.as("key_hash")).count()
        .where(col("count").gt(1)).select("key_hash"), onePartition);
    Dataset<Row> repeated = envelope.withColumn("key_hash", keyHash)
        .join(repeatedHashes, seq(List.of("key_hash")), "left_semi");
    return repeated.groupBy("fact_table", "natural_key")
        .agg(functions.count(lit(1)).as("given"), count_distinct(col("value_text")).as("variants"),
            sort_array(collect_set(concat(col("source_file"), lit(" baris/row "), col("source_row").cast("string"),
                lit(": "), col("value_text")))).as("occurrences"))
        .where(col("given").gt(1))
        .select(col("fact_table"), col("natural_key"), col("variants"),
            perTable(FactMerger::naturalKeyColumns).as("natural_key_columns"), col("occurrences"));
  }

  /** A text that is the same for every row of a table, looked up by the row's {@code fact_table}. */
  private static Column perTable(java.util.function.Function<FactTable, String> text) {
    List<Column> pairs = new ArrayList<>();
    for (FactTable table : FactTable.values()) {
      pairs.add(lit(table.tableName()));
      pairs.add(lit(text.apply(table)));
    }
    return element_at(map(pairs.toArray(Column[]::new)), col("fact_table"));
  }

  /**
   * Of rows repeating a natural key and not refused (identical repeats), all but the first by file, sheet and row:
   * a run keeps one row per key. Dropped by provenance in the same join as the refused rows, where deduplicating
   * every table on its key shuffled and sorted the widest one twice.
   */
  private static Dataset<Row> extraCopies(Dataset<Row> envelope, Dataset<Row> repeatedGroups, Dataset<Row> refusedRows) {
    List<String> group = List.of("fact_table", "natural_key");
    Dataset<Row> survivors = envelope.join(repeatedGroups.select(cols(group)), seq(group), "left_semi")
        .join(refusedRows, seq(PROVENANCE_KEY), "left_anti")
        .select(col("fact_table"), col("natural_key"), struct(cols(PROVENANCE_KEY)).as("origin"));
    Dataset<Row> kept = survivors.groupBy(cols(group)).agg(functions.min("origin").as("kept"));
    return survivors.join(kept, seq(group), "inner").where(col("origin").notEqual(col("kept")))
        .select(col("origin.source_file"), col("origin.source_sheet"), col("origin.source_row"), col("fact_table"));
  }

  /**
   * Whether the rows to drop are broadcast to the anti joins: when the session broadcasts at all (a small run plans
   * without broadcasts) and they are few, as they are unless most of a large input is refused.
   */
  private static boolean fitsBroadcast(Dataset<Row> dropped) {
    return broadcasts(dropped) && dropped.count() <= MAX_BROADCAST_DROPPED;
  }

  private static boolean broadcasts(Dataset<Row> rows) {
    return !rows.sparkSession().conf().get("spark.sql.autoBroadcastJoinThreshold").trim().equals("-1");
  }

  /**
   * {@code rows} (held) marked for broadcast when they are few, as the repeated keys and refused rows are: their
   * joins with the envelope then neither shuffle nor sort its 714,000 rows (national set). Adaptive execution does not
   * turn those joins into broadcasts itself: by the time it knows the small side's size it has shuffled both.
   */
  private static Dataset<Row> fewBroadcast(Dataset<Row> rows) {
    return fitsBroadcast(rows) ? functions.broadcast(rows) : rows;
  }

  /**
   * As {@link #fewBroadcast}, held first (counting them computes them); in a session that does not broadcast (a small
   * run, all in one partition) left as they are, since holding them would be one more job for nothing.
   */
  private static Dataset<Row> heldFew(Dataset<Row> rows, boolean onePartition) {
    return broadcasts(rows) ? fewBroadcast(held(rows, onePartition)) : rows;
  }

  /**
   * Rows repeated exactly (a decree table pasted twice, a row copied down): kept once, and said so in the run
   * record, since a planner who repeated a row by mistake may have meant another one.
   */
  private static List<String> identicalRepeats(Dataset<Row> groups) {
    Dataset<Row> identical = groups.where(col("variants").equalTo(1));
    List<String> notes = new ArrayList<>();
    for (Row r : identical.orderBy("fact_table", "natural_key").limit(MAX_REPEAT_NOTES).collectAsList()) {
      notes.add("IDENTICAL_REPEAT " + r.getAs("fact_table") + " " + r.getAs("natural_key_columns") + " = "
          + r.getAs("natural_key") + ": baris identik disimpan sekali / identical rows kept once: "
          + String.join("; ", r.<String>getList(r.fieldIndex("occurrences"))));
    }
    if (notes.size() == MAX_REPEAT_NOTES) {
      notes.add("IDENTICAL_REPEAT: " + identical.count() + " kunci berulang identik / identical repeated keys in all");
    }
    return notes;
  }

  /** Rows sharing a natural key but disagreeing on a value: all of them are refused, naming the others. */
  private static Dataset<Row> conflictingDuplicates(Dataset<Row> envelope, Dataset<Row> repeatedGroups) {
    Dataset<Row> groups = repeatedGroups.where(col("variants").gt(1))
        .select("fact_table", "natural_key", "natural_key_columns", "occurrences");
    return envelope.join(groups, seq(List.of("fact_table", "natural_key")), "inner")
        .select(problem(perTable(FactMerger::valueHeader), col("value_text"), ReasonCode.DUPLICATE_CONFLICT,
            concat(col("natural_key_columns"), lit(" = "), col("natural_key"), lit(" → "),
                concat_ws("; ", col("occurrences")))));
  }

  /** A table's natural key as its column names, as messages and the run record name it. */
  private static String naturalKeyColumns(FactTable table) {
    return String.join(", ", table.naturalKey());
  }

  /** The column a conflicting duplicate's message names: the table's first value column, as its header is written. */
  private static String valueHeader(FactTable table) {
    String firstValue = table.valueColumns().get(0);
    return HEADER_NAMES.getOrDefault(firstValue, firstValue);
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

  /**
   * An OPD pengampu must name one OPD of its instansi's list (by code, name, short name, alias or a common way of
   * writing them, see {@link OpdNames}) once that list exists. The distinct names are few (an instansi has a few
   * dozen OPDs), so they are matched on the driver and joined back.
   */
  private static Dataset<Row> unknownOpd(Dataset<Row> envelope, Map<String, OpdNames> lists) {
    Dataset<Row> named = envelope.where(col("opd_raw").notEqual(""));
    Dataset<Row> matches = opdMatches(named, lists);
    Dataset<Row> out = null;
    for (ReasonCode reason : List.of(ReasonCode.UNKNOWN_OPD, ReasonCode.AMBIGUOUS_OPD)) {
      Dataset<Row> refused = named.join(matches.where(col("reason_code").equalTo(reason.name())).drop("reason_code"),
              seq(List.of("instansi_code", "opd_raw")), "inner")
          .select(problem(lit("opd_pengampu"), col("opd_raw"), reason, col("expected_id"), col("expected_en")));
      out = out == null ? refused : out.unionByName(refused);
    }
    return out;
  }

  /** What each distinct (instansi, OPD name) of {@code rows} resolves to, for instansi that have an OPD list. */
  private static Dataset<Row> opdMatches(Dataset<Row> rows, Map<String, OpdNames> lists) {
    List<Row> out = new ArrayList<>();
    if (!lists.isEmpty()) {
      for (Row r : rows.select(col("instansi_code"), col("opd_raw")).distinct().collectAsList()) {
        OpdNames list = lists.get(r.<String>getAs("instansi_code"));
        if (list != null) {
          OpdNames.Match m = list.match(r.getAs("opd_raw"));
          out.add(org.apache.spark.sql.RowFactory.create(r.getAs("instansi_code"), r.getAs("opd_raw"), m.opdCode(),
              m.problem() == null ? null : m.problem().name(), m.expectedId(), m.expectedEn()));
        }
      }
    }
    return rows.sparkSession().createDataFrame(out, org.apache.spark.sql.types.StructType.fromDDL(
        "instansi_code string, opd_raw string, resolved_opd_code string, reason_code string, expected_id string, "
            + "expected_en string"));
  }

  /** Each instansi's OPD list, with the instansi's own names (dropped where staff append them to an OPD name). */
  private static Map<String, OpdNames> opdLists(Dataset<Row> opd, Dataset<Row> instansi) {
    Map<String, List<String>> instansiNames = new java.util.HashMap<>();
    for (Row r : instansi.select("instansi_code", "instansi_name").collectAsList()) {
      instansiNames.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r.getString(1));
    }
    Map<String, List<OpdNames.Opd>> byInstansi = new java.util.LinkedHashMap<>();
    for (Row r : opd.select("instansi_code", "opd_code", "opd_name", "opd_short", "opd_alias").collectAsList()) {
      byInstansi.computeIfAbsent(r.getString(0), k -> new ArrayList<>())
          .add(new OpdNames.Opd(r.getString(1), r.getString(2), r.getString(3), OpdNames.splitAliases(r.getString(4))));
    }
    Map<String, OpdNames> lists = new java.util.HashMap<>();
    byInstansi.forEach((code, opds) -> lists.put(code, new OpdNames(code, opds,
        instansiNames.getOrDefault(code, List.of()))));
    return lists;
  }

  /**
   * What each OPD name the tables give resolves to, matched once for all of them: one Spark job for the distinct
   * names, where a job per table cost a planning and a job each. Names no merged row holds match harmlessly: the
   * result is only joined to the merged rows.
   */
  private static Dataset<Row> resolvedOpdCodes(List<Dataset<Row>> tables, Map<String, OpdNames> lists) {
    Dataset<Row> names = null;
    for (Dataset<Row> rows : tables) {
      Dataset<Row> n = rows.select(col("instansi_code"), trimmedOpd().as("opd_raw")).where(col("opd_raw").notEqual(""));
      names = names == null ? n : names.unionByName(n);
    }
    return opdMatches(names, lists)
        .select(col("instansi_code"), col("opd_raw").as("opd_raw_trimmed"), col("resolved_opd_code"));
  }

  private static Column trimmedOpd() {
    return trim(coalesce(col("opd_raw"), lit("")));
  }

  /** The OPD code an assessment or owner row names; a name no list resolves stays as written. */
  private static Dataset<Row> withOpdCode(Dataset<Row> rows, Dataset<Row> matches) {
    Dataset<Row> named = rows.withColumn("opd_raw_trimmed", trimmedOpd());
    return named.join(matches, seq(List.of("instansi_code", "opd_raw_trimmed")), "left")
        .withColumn("opd_code", when(col("opd_raw_trimmed").equalTo(""), lit(null).cast("string"))
            .otherwise(coalesce(col("resolved_opd_code"), col("opd_raw_trimmed"))))
        .drop("opd_raw_trimmed", "resolved_opd_code");
  }

  private static Column[] problem(Column columnName, Column rawValue, ReasonCode reason, Column expected) {
    return problem(columnName, rawValue, reason, expected, expected);
  }

  private static Column[] problem(Column columnName, Column rawValue, ReasonCode reason, Column expectedId,
      Column expectedEn) {
    return new Column[] {
        col("source_file"), col("source_sheet"), col("source_row"), columnName.as("column_name"),
        coalesce(rawValue.cast("string"), lit("")).as("raw_value"), lit(reason.name()).as("reason_code"),
        message(reason.templateId(), rawValue, expectedId).as("message_id"),
        message(reason.templateEn(), rawValue, expectedEn).as("message_en")};
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

  /**
   * A value as a planner would write it in a message: decimal(5,2) holds both whole Indeks SPBE levels and Pemdi
   * values, and a level 3 reads "3", not "3.00" (trailing zeros of a decimal dropped).
   */
  private static Column asWritten(FactTable table, String column) {
    Column text = col(column).cast("string");
    boolean decimal = table.columns().stream()
        .anyMatch(c -> c.name().equals(column) && c.sqlType().startsWith("decimal"));
    Column written = decimal ? regexp_replace(regexp_replace(text, "(\\.[0-9]*?)0+$", "$1"), "\\.$", "") : text;
    return coalesce(written, lit(""));
  }
}
