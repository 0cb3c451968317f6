package id.spbe.analytics.pipeline.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The statements run concurrently as their inputs are ready: the graph must hold every table each one reads. */
class MetricDependenciesTest {
  private final Map<String, List<String>> reads = MetricDependencies.of(MetricTables.IN_ORDER);

  @Test
  void theFirstStatementReadsOnlyFactsAndTheIndicesBuildOnIt() {
    assertThat(reads.get("indicator_score")).isEmpty();
    assertThat(reads.get("aspect_index")).contains("indicator_score");
    assertThat(reads.get("instansi_index")).contains("indicator_score");
  }

  @Test
  void thePlanWaitsForTheOptimiserAndTheOptimiserForItsCandidates() {
    assertThat(reads.get(ActionPlanner.CHOICE_VIEW)).containsExactly("action_candidate");
    assertThat(reads.get("action_plan")).contains(ActionPlanner.CHOICE_VIEW, "action_candidate");
    assertThat(reads.get("action_plan_summary")).contains("action_plan");
  }

  @Test
  void theTrendAndTheEvidenceTablesReadExactlyWhatTheirStatementsName() {
    assertThat(reads.get("trend")).containsExactly("instansi_index", "comparable_index");
    assertThat(reads.get("evidence_level")).as("reads the evidence facts only").isEmpty();
    assertThat(reads.get("evidence_index")).containsExactly("aspect_index", "instansi_index", "evidence_indicator");
    assertThat(reads.get("opd_scorecard")).containsExactly("calibration_indicator", "indicator_ownership",
        "gap_to_target");
  }

  @Test
  void everyStatementIsInTheGraphAndReadsOnlyTablesBeforeIt() {
    assertThat(reads.keySet()).containsExactlyElementsOf(MetricTables.IN_ORDER);
    reads.forEach((table, inputs) -> inputs.forEach(input -> assertThat(MetricTables.IN_ORDER.indexOf(input))
        .as(table + " reads " + input).isLessThan(MetricTables.IN_ORDER.indexOf(table))));
  }
}
