package id.spbe.analytics.pipeline.staging;


import id.spbe.analytics.pipeline.facts.FactTable;
import id.spbe.analytics.pipeline.quarantine.RowProblem;
import java.util.Map;

/** Receives the rows an input file yields: accepted facts with their provenance, and quarantined cells. */
public interface StagingSink {

  void accept(FactTable table, Map<String, Object> values, RowOrigin provenance);

  void reject(RowProblem problem);
}
