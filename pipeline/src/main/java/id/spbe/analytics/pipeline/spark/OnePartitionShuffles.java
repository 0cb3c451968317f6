package id.spbe.analytics.pipeline.spark;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.rules.Rule;
import org.apache.spark.sql.execution.ColumnarRule;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.exchange.ShuffleExchangeExec;
import scala.Function1;
import scala.runtime.AbstractPartialFunction;

/**
 * Drops, in a small run's physical plans, every shuffle from one partition into one partition: it moves no row
 * anywhere, but is a stage of its own (a task to schedule, a plan to deserialise, a shuffle file to write and read).
 * A regency's run plans one shuffle partition and holds every table in one partition, yet Spark still shuffles the
 * result of each join before the next one: a sort-merge join's output partitioning is a collection of its two sides'
 * single partitions, which Spark's {@code EnsureRequirements} does not take for a single partition, so it shuffles
 * both sides into one partition again. The Blitar sample ran 222 stages for its 46 tables.
 *
 * <p>Applied after {@code EnsureRequirements} (as a columnar rule, the extension point Spark runs on the whole
 * physical plan once exchanges are in place, before code generation), only while {@link #ENABLED} is {@code true}:
 * {@link SparkSessions#tuneForRows} sets it for a small run on a local session, where adaptive execution is off. A
 * shuffle is dropped only when its child already produces exactly one partition, so the rows a join or aggregate
 * sees are the same.
 */
final class OnePartitionShuffles extends ColumnarRule {
  static final String ENABLED = "spark.spbe.skipOnePartitionShuffles";

  private final SparkSession session;

  OnePartitionShuffles(SparkSession session) {
    this.session = session;
  }

  @Override
  public Rule<SparkPlan> preColumnarTransitions() {
    return new Rule<>() {
      @Override
      public SparkPlan apply(SparkPlan plan) {
        return Boolean.parseBoolean(session.conf().get(ENABLED, "false")) ? withoutOnePartitionShuffles(plan) : plan;
      }
    };
  }

  static SparkPlan withoutOnePartitionShuffles(SparkPlan plan) {
    return (SparkPlan) plan.transformUp(new AbstractPartialFunction<SparkPlan, SparkPlan>() {
      @Override
      public boolean isDefinedAt(SparkPlan node) {
        return node instanceof ShuffleExchangeExec shuffle
            && shuffle.outputPartitioning().numPartitions() == 1
            && shuffle.child().outputPartitioning().numPartitions() == 1;
      }

      @Override
      @SuppressWarnings("unchecked")
      public <A1 extends SparkPlan, B1> B1 applyOrElse(A1 node, Function1<A1, B1> otherwise) {
        return isDefinedAt(node) ? (B1) ((ShuffleExchangeExec) node).child() : otherwise.apply(node);
      }
    });
  }
}
