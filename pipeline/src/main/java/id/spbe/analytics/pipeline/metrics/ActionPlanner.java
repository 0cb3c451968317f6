package id.spbe.analytics.pipeline.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Chooses, per instansi and framework, how many levels to raise each indicator so that the base index reaches the
 * target with the least total effort ({@link PlanOptimizer}). Runs on the executors, one group per instansi and
 * framework, over {@code action_candidate}. Its output, {@code action_plan_choice} (the level each indicator is
 * raised to), is not published: {@code action_plan.sql} turns it into ordered steps. It is Java, not SQL,
 * because an exact optimiser is not a query.
 */
public final class ActionPlanner {
  public static final String CHOICE_VIEW = "action_plan_choice";
  /** The computed tables {@link #choose} reads (it is not SQL, so this is said here). */
  static final List<String> READS = List.of("action_candidate");
  static final StructType CHOICE_SCHEMA = StructType.fromDDL(
      "instansi_code string, framework_id string, indicator_code string, planned_level int, plan_reaches_target boolean");
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ActionPlanner() {}

  public static Dataset<Row> choose(SparkSession spark) {
    Dataset<Row> candidates = spark.table("action_candidate")
        .where("target_index is not null")
        .select("instansi_code", "framework_id", "base_index", "target_index", "indicator_code", "current_level",
            "from_level", "effort", "index_points");
    return candidates
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0) + "\u0000" + r.getString(1), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) ActionPlanner::planGroup, Encoders.row(CHOICE_SCHEMA));
  }

  /** One instansi and framework: the candidate steps in, the chosen level per raised indicator out. */
  static Iterator<Row> planGroup(String key, Iterator<Row> rows) {
    Map<String, List<Row>> byIndicator = new TreeMap<>();
    Row first = null;
    while (rows.hasNext()) {
      Row r = rows.next();
      first = first == null ? r : first;
      byIndicator.computeIfAbsent(r.getString(4), k -> new ArrayList<>()).add(r);
    }
    if (first == null) {
      return List.<Row>of().iterator();
    }
    List<String> codes = new ArrayList<>(byIndicator.keySet());
    List<PlanOptimizer.Choice> choices = new ArrayList<>();
    for (String code : codes) {
      List<Row> steps = byIndicator.get(code);
      steps.sort((a, b) -> Integer.compare(a.getInt(6), b.getInt(6)));
      long[] efforts = steps.stream().mapToLong(s -> s.getDecimal(7).multiply(HUNDRED).longValueExact()).toArray();
      long[] gains = steps.stream().mapToLong(s -> s.getDecimal(8).multiply(MILLION).longValueExact()).toArray();
      choices.add(new PlanOptimizer.Choice(gains, efforts));
    }
    BigDecimal needed = first.getDecimal(3).subtract(first.getDecimal(2)).multiply(MILLION);
    long gainNeeded = needed.setScale(0, java.math.RoundingMode.CEILING).longValueExact();
    PlanOptimizer.Plan plan = PlanOptimizer.optimize(choices, gainNeeded);
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      if (plan.levels()[i] > 0) {
        int current = byIndicator.get(codes.get(i)).get(0).getInt(5);
        out.add(RowFactory.create(first.getString(0), first.getString(1), codes.get(i), current + plan.levels()[i],
            plan.reached()));
      }
    }
    return out.iterator();
  }
}
