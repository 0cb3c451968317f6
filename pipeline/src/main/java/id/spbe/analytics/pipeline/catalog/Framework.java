package id.spbe.analytics.pipeline.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One evaluation framework (PermenPANRB 5/2018, 59/2020, Pemdi 2026, ...) as loaded from
 * {@code data/reference}. Adding a framework means adding data files, not code: what an indicator value is
 * (whole levels or decimals, the range, the rounding of published values) is its {@link ValueScale}.
 */
public record Framework(
    String id,
    String name,
    String regulation,
    String indexName,
    String indexScale,
    int yearFrom,
    Integer yearTo,
    ValueScale valueScale,
    Regulation regulationDates,
    String status,
    List<Domain> domains,
    List<Aspect> aspects,
    Map<String, Indicator> indicators,
    List<MaturityLevel> maturityLevels,
    List<PredikatBand> predikatBands) {

  public int levelMin() {
    return valueScale.min();
  }

  public int levelMax() {
    return valueScale.max();
  }

  /** The framework's scale has no domain level (Pemdi 2026): aspects stand directly under the index. */
  public boolean hasDomains() {
    return !domains.isEmpty();
  }

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

  /** The name of a level in an indicator family: the level a value has reached (1,26 has reached level 1). */
  public Optional<String> levelName(String levelFamily, int level) {
    return maturityLevels.stream()
        .filter(l -> l.levelFamily().equals(levelFamily) && l.level() == level)
        .map(MaturityLevel::levelName)
        .findFirst();
  }

  public String yearRange() {
    return yearFrom + "-" + (yearTo == null ? "" : yearTo);
  }
}
