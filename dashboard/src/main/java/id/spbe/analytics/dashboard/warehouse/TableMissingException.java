package id.spbe.analytics.dashboard.warehouse;

import java.util.List;

/** The published version has no table a view needs: it was written by a pipeline that does not produce it yet. */
public class TableMissingException extends RuntimeException {
  private final List<String> tables;

  public TableMissingException(String version, List<String> tables) {
    super("Published version " + version + " has no table " + String.join(", ", tables));
    this.tables = List.copyOf(tables);
  }

  public List<String> tables() {
    return tables;
  }
}
