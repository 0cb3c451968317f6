package id.spbe.analytics.pipeline.metrics;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Where computed tables go. Publishing writes each table to the new version and reads it back, so later
 * statements start from the written Parquet instead of recomputing the whole lineage; a dry run caches instead.
 */
@FunctionalInterface
public interface TableSink {

  /** Stores the table and returns the dataset downstream statements should read. */
  Dataset<Row> materialize(String table, Dataset<Row> rows);
}
