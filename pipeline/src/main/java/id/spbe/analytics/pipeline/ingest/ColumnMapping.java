package id.spbe.analytics.pipeline.ingest;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where each canonical field sits in a file, found on its header row. */
public record ColumnMapping(long headerRowNumber, Map<Field, Integer> columns, Map<Field, String> headerTexts,
    List<String> ignoredHeaders) {

  public ColumnMapping {
    columns = new EnumMap<>(columns);
    headerTexts = new EnumMap<>(headerTexts);
    ignoredHeaders = List.copyOf(ignoredHeaders);
  }

  public Optional<Integer> column(Field field) {
    return Optional.ofNullable(columns.get(field));
  }

  public boolean has(Field field) {
    return columns.containsKey(field);
  }

  /** The header as the planner wrote it, for messages ("kolom 'Tingkat Kematangan'"). */
  public String headerText(Field field) {
    return headerTexts.getOrDefault(field, field.headerName());
  }
}
