package id.spbe.analytics.pipeline.staging;

import id.spbe.analytics.pipeline.facts.FactTable;
import id.spbe.analytics.pipeline.quarantine.RowProblem;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;

/**
 * Where a run's readers put its rows. While they are few (a regency's run) they are held in memory, and the checks
 * start from rows Spark takes from the driver: on the Blitar sample, writing JSON lines, reading them back and
 * checkpointing them cost eleven Spark jobs, some 1.6 s. Past {@code maxInMemory} rows (accepted and refused
 * together) every row so far, and each one after, goes to typed Parquet files instead: the memory a run needs stays
 * small, and a cluster's executors read those files.
 */
public final class StagingBuffer implements StagingSink, Closeable {
  private final long maxInMemory;
  private final Path dir;
  private final Supplier<ParquetStagingWriter> files;
  private final List<Pending> pending = new ArrayList<>();
  private final List<RowProblem> problems = new ArrayList<>();
  private ParquetStagingWriter writer;

  /** A row as a reader gave it, kept so it can still go to the files. */
  private record Pending(FactTable table, Map<String, Object> values, RowOrigin origin) {}

  /** @param files opens the Parquet writer over {@code dir}, once, when the rows outgrow memory */
  public StagingBuffer(long maxInMemory, Path dir, Supplier<ParquetStagingWriter> files) {
    this.maxInMemory = maxInMemory;
    this.dir = dir;
    this.files = files;
  }

  @Override
  public void accept(FactTable table, Map<String, Object> values, RowOrigin provenance) {
    if (writer != null) {
      writer.accept(table, values, provenance);
      return;
    }
    pending.add(new Pending(table, values, provenance));
    spillIfFull();
  }

  @Override
  public void reject(RowProblem problem) {
    if (writer != null) {
      writer.reject(problem);
      return;
    }
    problems.add(problem);
    spillIfFull();
  }

  private void spillIfFull() {
    if (pending.size() + problems.size() <= maxInMemory) {
      return;
    }
    writer = files.get();
    pending.forEach(p -> writer.accept(p.table(), p.values(), p.origin()));
    problems.forEach(writer::reject);
    pending.clear();
    problems.clear();
  }

  /** What was staged; the files, if any, are complete once this returns. */
  public StagedFacts finish() throws IOException {
    if (writer != null) {
      writer.close();
      return new StagedFacts.InFiles(dir);
    }
    Map<FactTable, List<Row>> rows = new EnumMap<>(FactTable.class);
    for (Pending p : pending) {
      rows.computeIfAbsent(p.table(), t -> new ArrayList<>()).add(TypedRows.fact(p.table(), p.values(), p.origin()));
    }
    return new StagedFacts.InMemory(rows, problems.stream().map(TypedRows::problem).toList());
  }

  @Override
  public void close() throws IOException {
    if (writer != null) {
      writer.close();
    }
  }
}
