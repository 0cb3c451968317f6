package id.spbe.analytics.benchmark.report;

import java.util.List;
import java.util.Optional;

/** Everything one benchmark run measured, in the order the report prints it. */
public record BenchmarkReport(Environment environment, List<DatasetInfo> datasets, List<Measurement> measurements,
    List<Ratio> ratios, List<EndpointResult> endpoints, List<Check> checks, List<String> notes) {

  public Optional<Measurement> measurement(String id) {
    return measurements.stream().filter(m -> m.id().equals(id)).findFirst();
  }
}
