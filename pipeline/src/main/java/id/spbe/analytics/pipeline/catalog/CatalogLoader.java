package id.spbe.analytics.pipeline.catalog;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads {@code data/reference}: {@code frameworks.csv} lists the frameworks and the folder holding each one's
 * domains, aspects, indicators, maturity levels and predikat bands. The catalog is checked on load so a typo
 * in a weight fails the run with the file and row, instead of skewing every index.
 */
public final class CatalogLoader {
  private static final BigDecimal WEIGHT_TOLERANCE = new BigDecimal("0.01");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final String VERIFIED = "verified";

  private CatalogLoader() {}

  public static FrameworkCatalog load(Path referenceDir) {
    if (!Files.isDirectory(referenceDir)) {
      throw new CatalogException("Reference catalog folder not found: " + referenceDir);
    }
    List<String> warnings = new ArrayList<>();
    Map<String, Framework> frameworks = new LinkedHashMap<>();
    for (CsvRow row : read(referenceDir.resolve("frameworks.csv"))) {
      Framework framework = loadFramework(referenceDir, row, warnings);
      if (frameworks.put(framework.id(), framework) != null) {
        throw row.error("framework_id", "a unique framework id, found a duplicate");
      }
    }
    checkYearRangesDisjoint(frameworks);
    List<ComparableIndicator> comparable = read(referenceDir.resolve("comparable_indicators.csv")).stream()
        .map(r -> new ComparableIndicator(r.get("comparable_key"), r.get("name"), r.get("permen_5_2018"),
            r.get("permen_59_2020"), r.decimal("weight_pct"), r.get("status"), r.get("source")))
        .toList();
    List<PublishedIndex> national = read(referenceDir.resolve("published_national_index.csv")).stream()
        .map(r -> new PublishedIndex(r.get("scope_instansi"), r.integer("year"), r.get("framework_id"), r.get("scope"),
            r.get("domain_code"), r.decimal("index_value"), r.get("status"), r.get("source")))
        .toList();
    return new FrameworkCatalog(Map.copyOf(frameworks), comparable, national, List.copyOf(warnings));
  }

  private static Framework loadFramework(Path referenceDir, CsvRow row, List<String> warnings) {
    String id = row.get("framework_id");
    Path dir = referenceDir.resolve(row.get("catalog_dir"));
    List<Domain> domains = read(dir.resolve("domains.csv")).stream()
        .map(r -> new Domain(id, r.get("domain_code"), r.get("domain_name"), r.positiveDecimal("weight_pct"),
            r.get("status"), r.get("source")))
        .toList();
    List<Aspect> aspects = read(dir.resolve("aspects.csv")).stream()
        .map(r -> new Aspect(id, r.get("aspect_code"), r.get("domain_code"), r.get("aspect_name"),
            r.positiveDecimal("weight_pct"), r.get("status"), r.get("source")))
        .toList();
    Map<String, Indicator> indicators = new LinkedHashMap<>();
    for (CsvRow r : read(dir.resolve("indicators.csv"))) {
      Indicator indicator = new Indicator(id, r.get("indicator_code"), r.get("indicator_name"), r.get("aspect_code"),
          r.positiveDecimal("weight_pct"), r.get("level_family"), r.integer("max_items"), r.get("external_index"),
          r.get("status"), r.get("source"));
      if (indicators.put(indicator.code(), indicator) != null) {
        throw r.error("indicator_code", "a unique indicator code, found a duplicate " + indicator.code());
      }
    }
    List<MaturityLevel> levels = read(dir.resolve("maturity_levels.csv")).stream()
        .map(r -> new MaturityLevel(id, r.get("level_family"), r.integer("level"), r.get("level_name"),
            r.get("level_name_en"), r.get("description"), r.get("status"), r.get("source")))
        .toList();
    List<PredikatBand> bands = read(dir.resolve("predikat_bands.csv")).stream()
        .map(r -> new PredikatBand(id, r.get("predikat"), r.get("predikat_en"), r.get("alias"), r.get("alias_en"),
            r.decimal("lower_inclusive"),
            r.optionalDecimal("upper_exclusive"), r.integer("rank"), r.get("status"), r.get("source")))
        .toList();
    String yearTo = row.get("year_to");
    Framework framework = new Framework(id, row.get("name"), row.get("regulation"), row.get("index_name"),
        row.get("index_scale"), row.integer("year_from"), yearTo.isEmpty() ? null : Integer.valueOf(yearTo),
        valueScale(row), new Regulation(row.date("enacted_on"), row.date("promulgated_on"), row.get("gazette")),
        row.get("status"), domains, aspects,
        Map.copyOf(indicators), levels, bands);
    checkStructure(framework, dir);
    checkWeights(framework, dir, warnings);
    return framework;
  }

  private static ValueScale valueScale(CsvRow row) {
    int min = row.integer("level_min");
    int max = row.integer("level_max");
    if (min < 0 || max <= min) {
      throw row.error("level_max", "a range 0 <= level_min < level_max, found " + min + "-" + max);
    }
    int decimals = row.integer("value_decimals");
    if (decimals < 0 || decimals > 2) {
      throw row.error("value_decimals", "0 (whole levels) to 2 decimal places, found " + decimals);
    }
    return new ValueScale(min, max, decimals, row.rounding("index_rounding"));
  }

  private static void checkStructure(Framework f, Path dir) {
    Set<String> domainCodes = f.domains().stream().map(Domain::code).collect(Collectors.toSet());
    for (Aspect a : f.aspects()) {
      if (!a.domainCode().isEmpty() && !domainCodes.contains(a.domainCode())) {
        throw new CatalogException(dir.resolve("aspects.csv") + ": aspect " + a.code() + " names domain "
            + a.domainCode() + ", which domains.csv does not list");
      }
    }
    Set<String> aspectCodes = f.aspects().stream().map(Aspect::code).collect(Collectors.toSet());
    Set<String> families = f.maturityLevels().stream().map(MaturityLevel::levelFamily).collect(Collectors.toSet());
    for (Indicator i : f.indicators().values()) {
      if (!aspectCodes.contains(i.aspectCode())) {
        throw new CatalogException(dir.resolve("indicators.csv") + ": indicator " + i.code() + " names aspect "
            + i.aspectCode() + ", which aspects.csv does not list");
      }
      if (!families.contains(i.levelFamily())) {
        throw new CatalogException(dir.resolve("indicators.csv") + ": indicator " + i.code()
            + " uses level family '" + i.levelFamily() + "', which maturity_levels.csv does not define");
      }
    }
    checkBandsContiguous(f, dir);
  }

  private static void checkBandsContiguous(Framework f, Path dir) {
    List<PredikatBand> sorted = f.predikatBands().stream()
        .sorted((a, b) -> a.lowerInclusive().compareTo(b.lowerInclusive())).toList();
    for (int i = 0; i + 1 < sorted.size(); i++) {
      BigDecimal upper = sorted.get(i).upperExclusive();
      if (upper == null || upper.compareTo(sorted.get(i + 1).lowerInclusive()) != 0) {
        throw new CatalogException(dir.resolve("predikat_bands.csv") + ": band " + sorted.get(i).predikat()
            + " must end where " + sorted.get(i + 1).predikat() + " starts (half-open bands without gaps)");
      }
    }
    if (sorted.isEmpty() || sorted.get(sorted.size() - 1).upperExclusive() != null) {
      throw new CatalogException(dir.resolve("predikat_bands.csv") + ": the top band must have an empty upper_exclusive");
    }
  }

  /**
   * Indicator weights must add up to their aspect's weight and all of them to 100 %. A verified framework that does
   * not is refused (a typo would skew every index); a provisional one is loaded with a warning, since the index
   * uses indicator weights and the run prints the discrepancy.
   */
  private static void checkWeights(Framework f, Path dir, List<String> warnings) {
    Map<String, BigDecimal> byAspect = f.indicators().values().stream().collect(
        Collectors.groupingBy(Indicator::aspectCode, Collectors.reducing(BigDecimal.ZERO, Indicator::weightPct, BigDecimal::add)));
    List<String> problems = new ArrayList<>();
    for (Aspect a : f.aspects()) {
      BigDecimal sum = byAspect.getOrDefault(a.code(), BigDecimal.ZERO);
      if (sum.subtract(a.weightPct()).abs().compareTo(WEIGHT_TOLERANCE) > 0) {
        problems.add("aspect " + a.code() + ": indicator weights sum to " + plain(sum) + " but aspects.csv gives "
            + plain(a.weightPct()));
      }
    }
    BigDecimal total = byAspect.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.subtract(HUNDRED).abs().compareTo(WEIGHT_TOLERANCE) > 0) {
      problems.add("indicator weights sum to " + plain(total) + " %, not 100");
    }
    for (String problem : problems) {
      if (VERIFIED.equals(f.status())) {
        throw new CatalogException(dir.resolve("indicators.csv") + ": " + f.id() + " " + problem);
      }
      warnings.add(f.id() + " " + problem + " (framework status " + f.status() + "; the index uses indicator weights)");
    }
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static void checkYearRangesDisjoint(Map<String, Framework> frameworks) {
    for (int year = 1990; year <= 2100; year++) {
      int y = year;
      List<String> matching = frameworks.values().stream().filter(f -> f.appliesTo(y)).map(Framework::id).toList();
      if (matching.size() > 1) {
        throw new CatalogException("frameworks.csv: year " + y + " falls in more than one framework: " + matching);
      }
    }
  }

  static List<CsvRow> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new CatalogException("Reference file missing: " + file);
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
      List<CsvRow> rows = new ArrayList<>();
      for (CSVRecord record : format.parse(reader)) {
        rows.add(new CsvRow(file, record.getRecordNumber() + 1, record.toMap()));
      }
      return rows;
    } catch (IOException e) {
      throw new CatalogException("Cannot read reference file " + file + ": " + e.getMessage(), e);
    }
  }

  /** One catalog row with typed getters whose errors name the file, line and column. */
  record CsvRow(Path file, long line, Map<String, String> values) {
    String get(String column) {
      String value = values.get(column);
      if (value == null) {
        throw error(column, "a column named " + column);
      }
      return value.trim();
    }

    int integer(String column) {
      return parse(column, Integer::valueOf, "a whole number");
    }

    BigDecimal decimal(String column) {
      return parse(column, BigDecimal::new, "a decimal number");
    }

    BigDecimal positiveDecimal(String column) {
      BigDecimal value = decimal(column);
      if (value.signum() <= 0) {
        throw error(column, "a weight above zero, found " + value);
      }
      return value;
    }

    /** An ISO date (2026-06-01), or null when the cell is empty. */
    LocalDate date(String column) {
      String raw = get(column);
      try {
        return raw.isEmpty() ? null : LocalDate.parse(raw);
      } catch (DateTimeParseException e) {
        throw error(column, "a date written 2026-06-01, found '" + raw + "'");
      }
    }

    RoundingMode rounding(String column) {
      String raw = get(column);
      return switch (raw) {
        case "half_up" -> RoundingMode.HALF_UP;
        case "half_even" -> RoundingMode.HALF_EVEN;
        default -> throw error(column, "half_up or half_even, found '" + raw + "'");
      };
    }

    BigDecimal optionalDecimal(String column) {
      return get(column).isEmpty() ? null : decimal(column);
    }

    private <T> T parse(String column, Function<String, T> parser, String expected) {
      String raw = get(column);
      try {
        return parser.apply(raw);
      } catch (NumberFormatException e) {
        throw error(column, expected + ", found '" + raw + "'");
      }
    }

    CatalogException error(String column, String expected) {
      return new CatalogException(file + " line " + line + ", column " + column + ": expected " + expected);
    }
  }
}
