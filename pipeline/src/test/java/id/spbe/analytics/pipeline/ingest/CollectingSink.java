package id.spbe.analytics.pipeline.ingest;

import id.spbe.analytics.pipeline.staging.RowOrigin;
import id.spbe.analytics.pipeline.quarantine.RowProblem;
import id.spbe.analytics.pipeline.staging.StagingSink;

import id.spbe.analytics.pipeline.facts.FactTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps staged rows and problems in memory, for ingest tests without Spark. */
final class CollectingSink implements StagingSink {
  final Map<FactTable, List<Map<String, Object>>> rows = new LinkedHashMap<>();
  final List<RowProblem> problems = new ArrayList<>();

  @Override
  public void accept(FactTable table, Map<String, Object> values, RowOrigin provenance) {
    Map<String, Object> row = new LinkedHashMap<>(values);
    // a whole level (Indeks SPBE, scale 0) reads as the number people write, so assertions say 3, not 3 as a
    // BigDecimal; a Pemdi value keeps its two places (1.00, 2.50)
    if (row.get("maturity_level") instanceof java.math.BigDecimal level && level.scale() == 0) {
      row.put("maturity_level", level.intValueExact());
    }
    row.put("source_file", provenance.fileName());
    row.put("source_sheet", provenance.sheet());
    row.put("source_row", provenance.rowNumber());
    rows.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
  }

  @Override
  public void reject(RowProblem problem) {
    problems.add(problem);
  }

  List<Map<String, Object>> rows(FactTable table) {
    return rows.getOrDefault(table, List.of());
  }
}
