package id.spbe.analytics.pipeline.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All reference data: frameworks with their structure, the 5/2018-59/2020 pairs, published national figures. */
public record FrameworkCatalog(
    Map<String, Framework> frameworks,
    List<ComparableIndicator> comparableIndicators,
    List<PublishedIndex> publishedNationalIndex,
    List<String> warnings) {

  public Collection<Framework> all() {
    return frameworks.values();
  }

  public Optional<Framework> byId(String id) {
    return Optional.ofNullable(frameworks.get(id));
  }

  /** The framework KemenPANRB used for an evaluation year, when the input does not name one. */
  public Optional<Framework> forYear(int year) {
    return frameworks.values().stream().filter(f -> f.appliesTo(year)).findFirst();
  }
}
