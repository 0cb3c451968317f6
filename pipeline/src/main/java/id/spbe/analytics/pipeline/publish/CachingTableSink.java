package id.spbe.analytics.pipeline.publish;

import id.spbe.analytics.pipeline.metrics.TableSink;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** For --dry-run: computes every table in memory and writes nothing. */
public final class CachingTableSink implements TableSink {
  private final Map<String, Long> rowCounts = java.util.Collections.synchronizedMap(new LinkedHashMap<>()); // written from several threads

  @Override
  public Dataset<Row> materialize(String table, Dataset<Row> rows) {
    Dataset<Row> cached = rows.cache();
    rowCounts.put(table, cached.count());
    return cached;
  }

  public Map<String, Long> rowCounts() {
    return rowCounts;
  }
}
