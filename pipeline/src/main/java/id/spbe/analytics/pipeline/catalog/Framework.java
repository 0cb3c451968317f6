package id.spbe.analytics.pipeline.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One evaluation framework (PermenPANRB 5/2018, 59/2020, Pemdi 2026, ...) as loaded from
 * {@code data/reference}. Adding a framework means adding data files, not code.
 */
public record Framework(
    String id,
    String name,
    String regulation,
    String indexName,
    String indexScale,
    int yearFrom,
    Integer yearTo,
    int levelMin,
    int levelMax,
    String status,
    List<Domain> domains,
    List<Aspect> aspects,
    Map<String, Indicator> indicators,
    List<MaturityLevel> maturityLevels,
    List<PredikatBand> predikatBands) {

  public boolean appliesTo(int year) {
    return year >= yearFrom && (yearTo == null || year <= yearTo);
  }

  public Optional<Indicator> indicator(String code) {
    return Optional.ofNullable(indicators.get(code));
  }

  /** Level number for an official level name ("Terdefinisi", "Transaksi") in the indicator's family. */
  public Optional<Integer> levelByName(String levelFamily, String name) {
    return maturityLevels.stream()
        .filter(l -> l.levelFamily().equals(levelFamily) && l.levelName().equalsIgnoreCase(name.trim()))
        .map(MaturityLevel::level)
        .findFirst();
  }

  public String yearRange() {
    return yearFrom + "-" + (yearTo == null ? "" : yearTo);
  }
}
