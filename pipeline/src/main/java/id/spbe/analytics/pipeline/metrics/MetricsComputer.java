package id.spbe.analytics.pipeline.metrics;

import id.spbe.analytics.pipeline.run.Progress;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Runs the metric statements in order over the registered fact and reference views. */
public final class MetricsComputer {
  private MetricsComputer() {}

  public static void compute(SparkSession spark, TableSink sink, Progress progress) {
    for (String table : MetricTables.IN_ORDER) {
      progress.report("compute " + table);
      Dataset<Row> rows = MetricTables.isJavaStep(table)
          ? ActionPlanner.choose(spark).localCheckpoint() // read by two statements: computed once
          : sink.materialize(table, spark.sql(MetricTables.sql(table)));
      rows.createOrReplaceTempView(table);
    }
  }
}
