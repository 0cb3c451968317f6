package id.spbe.analytics.pipeline.ingest;

import java.util.List;

/** One row as the planner sees it: its row number in the sheet or file (1-based) and its cells as text. */
public record RawRow(long rowNumber, List<String> cells) {

  public String cell(int index) {
    return index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
  }

  public boolean isBlank() {
    return cells.stream().allMatch(c -> c == null || c.isBlank());
  }
}
