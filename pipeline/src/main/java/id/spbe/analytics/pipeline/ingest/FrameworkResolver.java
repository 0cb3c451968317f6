package id.spbe.analytics.pipeline.ingest;

import id.spbe.analytics.pipeline.quarantine.ReasonCode;

import id.spbe.analytics.pipeline.catalog.Framework;
import id.spbe.analytics.pipeline.catalog.FrameworkCatalog;
import id.spbe.analytics.pipeline.catalog.Indicator;
import id.spbe.analytics.pipeline.catalog.ValueScale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Answers, from the catalog, which framework a row belongs to and whether its indicator and level exist there. */
public final class FrameworkResolver {
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
  private static final Pattern REGULATION_NUMBER = Pattern.compile("(\\d+)\\s*(?:/|tahun|th\\.?)\\s*(\\d{4})",
      Pattern.CASE_INSENSITIVE);

  private final FrameworkCatalog catalog;
  private final Map<String, Framework> byAlias = new LinkedHashMap<>();

  public FrameworkResolver(FrameworkCatalog catalog) {
    this.catalog = catalog;
    for (Framework f : catalog.all()) {
      byAlias.put(key(f.id()), f);
      byAlias.put(key(f.name()), f);
      regulationNumber(f.regulation()).ifPresent(n -> byAlias.put(n, f));
    }
  }

  /** The framework named in the row, or the one for its year; the row's year must fall in its years. */
  public Framework resolve(int year, String named) throws ParseFailure {
    if (named == null || named.isBlank()) {
      return catalog.forYear(year)
          .orElseThrow(() -> new ParseFailure(ReasonCode.NO_FRAMEWORK_FOR_YEAR, Expectation.same(knownYears())));
    }
    Framework framework = resolveNamed(named);
    if (!framework.appliesTo(year)) {
      throw new ParseFailure(ReasonCode.YEAR_FRAMEWORK_MISMATCH, Expectation.of(
          framework.id() + " berlaku " + framework.yearRange() + ", baris ini tahun " + year,
          framework.id() + " covers " + framework.yearRange() + ", the row is " + year));
    }
    return framework;
  }

  /** A framework named without a year (effort files): must be known. */
  public Framework resolveNamed(String named) throws ParseFailure {
    return lookup(named).orElseThrow(() -> new ParseFailure(ReasonCode.UNKNOWN_FRAMEWORK,
        Expectation.same(String.join(", ", catalog.frameworks().keySet()))));
  }

  public Optional<Framework> lookup(String named) {
    Framework direct = byAlias.get(key(named));
    return direct != null ? Optional.of(direct) : regulationNumber(named).map(byAlias::get);
  }

  /** The indicator and, for multi-item indicators (5/2018 no. 35), the item number, 1 when none was written. */
  public record ResolvedIndicator(Indicator indicator, int item) {}

  private static ParseFailure unknownIndicator(Framework framework) {
    String range = framework.indicators().keySet().stream().mapToInt(Integer::parseInt).min().orElse(1) + "-"
        + framework.indicators().keySet().stream().mapToInt(Integer::parseInt).max().orElse(1);
    return new ParseFailure(ReasonCode.UNKNOWN_INDICATOR, Expectation.of(
        "tidak ada dalam " + framework.id() + " (indikator " + range + ")",
        "not in " + framework.id() + " (indicators " + range + ")"));
  }

  public static ResolvedIndicator indicator(Framework framework, ValueParsers.IndicatorRef ref) throws ParseFailure {
    // the range is worked out only for the message: per row it was half a second of the national set's reading
    Indicator indicator = framework.indicator(ref.number()).orElseThrow(() -> unknownIndicator(framework));
    int item = ref.item() == 0 ? 1 : ref.item();
    if (item > indicator.maxItems()) {
      throw new ParseFailure(ReasonCode.UNKNOWN_INDICATOR, indicator.maxItems() == 1
          ? Expectation.of("indikator " + indicator.code() + " dalam " + framework.id() + " tidak memiliki butir",
              "indicator " + indicator.code() + " in " + framework.id() + " has no items")
          : Expectation.of("indikator " + indicator.code() + " dalam " + framework.id() + " memiliki butir 1-"
              + indicator.maxItems(), "indicator " + indicator.code() + " in " + framework.id() + " has items 1-"
              + indicator.maxItems()));
    }
    return new ResolvedIndicator(indicator, item);
  }

  /**
   * The indicator's value as its framework defines it ({@link ValueScale}): a whole level under Indeks SPBE, a
   * decimal with up to two places under Indeks Pemdi, within the framework's range. A level name given beside the
   * number must be the level the value has reached (1,26 is Rintisan: level 1 reached, level 2 not yet).
   */
  public static BigDecimal value(Framework framework, Indicator indicator, ValueParsers.LevelText text)
      throws ParseFailure {
    ValueScale scale = framework.valueScale();
    Integer byName = null;
    if (text.name() != null) {
      byName = framework.levelByName(indicator.levelFamily(), text.name())
          .orElseThrow(() -> new ParseFailure(ReasonCode.UNKNOWN_LEVEL_NAME,
              Expectation.same(levelNames(framework, indicator))));
    }
    BigDecimal value = text.number() != null ? text.number() : BigDecimal.valueOf(byName);
    if (!scale.precise(value)) {
      throw scale.wholeLevels()
          ? new ParseFailure(ReasonCode.LEVEL_NOT_INTEGER, Expectation.of("(mis. 3)", "(e.g. 3)"))
          : new ParseFailure(ReasonCode.VALUE_TOO_PRECISE, Expectation.of(
              "paling banyak " + scale.decimals() + " angka desimal, mis. 1,26",
              "at most " + scale.decimals() + " decimal places, e.g. 1.26"));
    }
    if (!scale.contains(value)) {
      throw new ParseFailure(ReasonCode.LEVEL_OUT_OF_RANGE, Expectation.of(scale.range(','), scale.range('.')));
    }
    int reached = value.setScale(0, RoundingMode.FLOOR).intValueExact();
    if (byName != null && text.number() != null && reached != byName) {
      throw new ParseFailure(ReasonCode.LEVEL_NAME_MISMATCH, Expectation.same(reached + " - "
          + framework.levelName(indicator.levelFamily(), reached).orElse("?")));
    }
    return value.setScale(scale.decimals(), RoundingMode.UNNECESSARY);
  }

  private static String levelNames(Framework framework, Indicator indicator) {
    return framework.maturityLevels().stream()
        .filter(l -> l.levelFamily().equals(indicator.levelFamily()))
        .map(l -> l.level() + " " + l.levelName())
        .collect(Collectors.joining(", "));
  }

  private String knownYears() {
    return catalog.all().stream().map(f -> f.id() + " " + f.yearRange()).collect(Collectors.joining(", "));
  }

  private static String key(String text) {
    return NOT_ALPHANUMERIC.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  private static Optional<String> regulationNumber(String text) {
    Matcher m = REGULATION_NUMBER.matcher(text);
    return m.find() ? Optional.of(m.group(1) + "/" + m.group(2)) : Optional.empty();
  }
}
