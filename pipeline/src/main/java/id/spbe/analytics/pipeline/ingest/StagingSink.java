package id.spbe.analytics.pipeline.ingest;

import id.spbe.analytics.pipeline.facts.FactTable;
import java.util.Map;

/** Receives the rows an input file yields: accepted facts with their provenance, and quarantined cells. */
public interface StagingSink {

  void accept(FactTable table, Map<String, Object> values, RowContext provenance);

  void reject(RowProblem problem);
}
