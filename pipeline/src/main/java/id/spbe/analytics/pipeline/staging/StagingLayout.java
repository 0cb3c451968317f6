package id.spbe.analytics.pipeline.staging;

import id.spbe.analytics.pipeline.facts.FactTable;
import org.apache.hadoop.fs.Path;

/**
 * The one description of a run's staging folder: a folder per fact table and one for the refused cells. The
 * writer and the reader both take their paths from here, so they cannot drift apart.
 */
public record StagingLayout(Path root) {
  static final String ROW_PROBLEMS = "row_problems";

  public Path table(FactTable table) {
    return new Path(root, table.tableName());
  }

  public Path rowProblems() {
    return new Path(root, ROW_PROBLEMS);
  }
}
