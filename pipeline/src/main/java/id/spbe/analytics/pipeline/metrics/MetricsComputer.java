package id.spbe.analytics.pipeline.metrics;

import id.spbe.analytics.pipeline.run.Progress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Runs the metric statements over the registered fact and reference views, each as soon as the tables it reads
 * are there. Independent statements run from several threads: on a regency's few hundred rows a statement is
 * mostly Spark's fixed cost per job (planning, code generation, scheduling, the Parquet commit), which overlaps
 * well even on two cores; the tables written are the same whatever the order.
 */
public final class MetricsComputer {
  private static final int THREADS = 4;

  private MetricsComputer() {}

  public static void compute(SparkSession spark, TableSink sink, Progress progress) {
    Map<String, List<String>> reads = MetricDependencies.of(MetricTables.IN_ORDER);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      Map<String, CompletableFuture<Void>> done = new LinkedHashMap<>();
      for (String table : MetricTables.IN_ORDER) {
        CompletableFuture<?>[] inputs = reads.get(table).stream().map(done::get).toArray(CompletableFuture[]::new);
        done.put(table, CompletableFuture.allOf(inputs).thenRunAsync(() -> computeOne(spark, sink, progress, table),
            pool));
      }
      awaitAll(new ArrayList<>(done.values()));
    } finally {
      pool.shutdownNow();
    }
  }

  private static void computeOne(SparkSession spark, TableSink sink, Progress progress, String table) {
    progress.report("compute " + table);
    Dataset<Row> rows = MetricTables.isJavaStep(table)
        ? ActionPlanner.choose(spark).localCheckpoint() // read by two statements: computed once
        : sink.materialize(table, spark.sql(MetricTables.sql(table)));
    rows.createOrReplaceTempView(table);
  }

  /** Waits for every statement; the first failure is rethrown as it was raised (its message names the table). */
  private static void awaitAll(List<CompletableFuture<Void>> statements) {
    try {
      CompletableFuture.allOf(statements.toArray(CompletableFuture[]::new)).join();
    } catch (CompletionException e) {
      for (CompletableFuture<Void> s : statements) {
        s.cancel(true);
      }
      Throwable cause = e.getCause();
      while (cause instanceof CompletionException && cause.getCause() != null) {
        cause = cause.getCause();
      }
      throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    }
  }
}
