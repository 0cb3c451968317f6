package id.spbe.analytics.pipeline.ingest;

import id.spbe.analytics.pipeline.quarantine.ReasonCode;
import id.spbe.analytics.pipeline.staging.StagingSink;

import id.spbe.analytics.pipeline.catalog.Framework;
import id.spbe.analytics.pipeline.catalog.FrameworkCatalog;
import id.spbe.analytics.pipeline.catalog.Indicator;
import id.spbe.analytics.pipeline.catalog.MaturityLevel;
import id.spbe.analytics.pipeline.facts.FactTable;
import id.spbe.analytics.pipeline.facts.OpdNames;
import id.spbe.analytics.pipeline.ingest.FrameworkResolver.ResolvedIndicator;
import id.spbe.analytics.pipeline.ingest.ValueParsers.Scope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns one data row of each input kind into a staged fact, or into quarantined cells. Every cell of the
 * row is checked, so a planner sees all of a row's problems at once.
 */
public final class RowNormalizers {
  private static final BigDecimal MAX_EFFORT = new BigDecimal("999999.99");
  private final FrameworkCatalog catalog;
  private final FrameworkResolver frameworks;
  private final Set<String> indexScales;
  private final EvidenceRows evidence;

  public RowNormalizers(FrameworkCatalog catalog) {
    this.catalog = catalog;
    this.frameworks = new FrameworkResolver(catalog);
    this.evidence = new EvidenceRows(catalog);
    this.indexScales = catalog.all().stream().map(Framework::indexScale).collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  public void normalize(InputKind kind, RowContext row, StagingSink sink) {
    Staged staged = switch (kind) {
      case OFFICIAL_RESULT -> assessment(row, "official");
      case SELF_ASSESSMENT -> assessment(row, "self_assessment");
      case RPJMD_TARGET -> rpjmdTarget(row);
      case INDICATOR_OWNER -> indicatorOwner(row);
      case INDICATOR_TARGET -> indicatorTarget(row);
      case OPD -> opd(row);
      case INSTANSI -> instansi(row);
      case SELF_ASSESSMENT_DEADLINE -> deadline(row);
      case EXTERNAL_INDEX_VALUE -> externalIndexValue(row);
      case EVIDENCE -> evidenceItem(row);
      case IMPROVEMENT_EFFORT -> effort(row);
    };
    if (row.ok()) {
      sink.accept(staged.table(), staged.values(), row.origin());
    } else {
      row.problems().forEach(sink::reject);
    }
  }

  private record Staged(FactTable table, Map<String, Object> values) {}

  private Staged assessment(RowContext row, String source) {
    Map<String, Object> v = common(row);
    Integer year = row.parse(Field.YEAR, Expectation.of("tahun evaluasi", "the evaluation year"), ValueParsers::year);
    Framework framework = year == null ? null : framework(row, year);
    Scope scope = IndexTable.is(row.mapping()) ? Scope.INDEX : row.parseOptional(Field.SCOPE, ValueParsers::scope);
    v.put("year", year);
    v.put("framework_id", framework == null ? null : framework.id());
    v.put("source", source);
    v.put("is_illustrative", flag(row));
    v.put("note", row.optionalText(Field.NOTE));
    if (scope == null && row.has(Field.SCOPE)) {
      return new Staged(FactTable.REPORTED_INDEX, v); // an unknown scope: what the other cells mean is unknown too
    }
    if (scope == null || scope == Scope.INDICATOR) {
      indicatorLevel(row, framework, v);
      v.put("opd_raw", "self_assessment".equals(source) ? row.required(Field.OPD, Expectation.of("OPD pengampu", "the OPD pengampu")) : row.optionalText(Field.OPD));
      v.put("justification", row.optionalText(Field.JUSTIFICATION));
      v.put("evidence", row.optionalText(Field.EVIDENCE));
      v.put("submitted_on", row.parseOptional(Field.SUBMITTED_ON, ValueParsers::date));
      assessorVerdict(row, v);
      return new Staged(FactTable.INDICATOR_ASSESSMENT, v);
    }
    v.put("scope", scope.name().toLowerCase(Locale.ROOT));
    v.put("scope_code", scope == Scope.INDEX ? "" : scopeCode(row, framework, scope));
    BigDecimal value = framework == null ? null : row.parse(Field.VALUE, Expectation.of("nilai indeks", "an index value"),
        t -> inRange(ValueParsers.decimal(t, Expectation.of("nilai indeks, mis. 2,76", "an index value such as 2,76")), framework.levelMin(), framework.levelMax()));
    v.put("value", value);
    if (scope == Scope.INDEX) {
      IndexTable.checkPredikat(row, framework, value);
    }
    return new Staged(FactTable.REPORTED_INDEX, v);
  }

  /** What the assessors wrote beside an official value: finding, recommendation and the verification flags. */
  private static void assessorVerdict(RowContext row, Map<String, Object> v) {
    v.put("assessor_note", row.optionalText(Field.ASSESSOR_NOTE));
    v.put("recommendation", row.optionalText(Field.RECOMMENDATION));
    v.put("is_uploaded", row.parseOptional(Field.UPLOADED, ValueParsers::verification));
    v.put("is_interviewed", row.parseOptional(Field.INTERVIEWED, ValueParsers::verification));
    v.put("is_approved", row.parseOptional(Field.APPROVED, ValueParsers::verification));
    v.put("has_no_evidence", row.parseOptional(Field.NO_EVIDENCE, ValueParsers::verification));
  }

  private void indicatorLevel(RowContext row, Framework framework, Map<String, Object> v) {
    ValueParsers.IndicatorRef ref = row.parse(Field.INDICATOR, Expectation.of("nomor indikator", "an indicator number"), ValueParsers::indicator);
    ResolvedIndicator indicator = null;
    if (ref != null && framework != null) {
      try {
        indicator = FrameworkResolver.indicator(framework, ref);
      } catch (ParseFailure failure) {
        row.problem(Field.INDICATOR, failure);
      }
    }
    ValueParsers.LevelText text = row.parse(Field.VALUE, Expectation.of("tingkat kematangan", "a maturity level"), ValueParsers::level);
    BigDecimal level = null;
    if (text != null && indicator != null) {
      try {
        level = FrameworkResolver.value(framework, indicator.indicator(), text);
      } catch (ParseFailure failure) {
        level = otherFamilyLevel(row, framework, indicator, text, failure);
      }
    }
    v.put("indicator_code", indicator == null ? null : indicator.indicator().code());
    v.put("item_no", indicator == null ? null : indicator.item());
    v.put("maturity_level", level);
  }

  /** A name of the other level family is taken with a warning (see {@link LevelWordings}); else the failure stands. */
  private static BigDecimal otherFamilyLevel(RowContext row, Framework framework, ResolvedIndicator indicator,
      ValueParsers.LevelText text, ParseFailure failure) {
    Optional<MaturityLevel> other = failure.reason() == ReasonCode.UNKNOWN_LEVEL_NAME
        ? LevelWordings.otherFamily(framework, indicator.indicator(), text.name()) : Optional.empty();
    if (other.isEmpty()) {
      row.problem(Field.VALUE, failure);
      return null;
    }
    int level = other.get().level();
    if (text.number() != null && text.number().compareTo(BigDecimal.valueOf(level)) != 0) {
      row.problem(Field.VALUE, ReasonCode.LEVEL_NAME_MISMATCH, Expectation.same(level + " - " + text.name()));
      return null;
    }
    row.warn(Field.VALUE, LevelWordings.OTHER_FAMILY,
        "nama tingkat keluarga " + other.get().levelFamily() + " diambil sebagai tingkat " + level,
        "a level name of the " + other.get().levelFamily() + " family, taken as level " + level);
    return BigDecimal.valueOf(level);
  }

  private String scopeCode(RowContext row, Framework framework, Scope scope) {
    String code = row.parse(Field.SCOPE_CODE, scope == Scope.DOMAIN ? Expectation.of("kode domain (D1)", "a domain code (D1)") : Expectation.of("kode aspek (A1)", "an aspect code (A1)"),
        t -> ValueParsers.scopeCode(t, scope));
    if (code == null || framework == null) {
      return code;
    }
    boolean known = scope == Scope.DOMAIN
        ? framework.domains().stream().anyMatch(d -> d.code().equals(code))
        : framework.aspects().stream().anyMatch(a -> a.code().equals(code));
    if (!known) {
      row.problem(Field.SCOPE_CODE, ReasonCode.UNKNOWN_SCOPE_CODE, Expectation.same(framework.id()));
    }
    return code;
  }

  private Staged rpjmdTarget(RowContext row) {
    Map<String, Object> v = common(row);
    Integer year = row.parse(Field.YEAR, Expectation.of("tahun target", "the target year"), ValueParsers::year);
    v.put("year", year);
    v.put("target_index", row.parse(Field.TARGET_INDEX, Expectation.of("target indeks, mis. 3,5", "a target index such as 3,5"),
        t -> inRange(ValueParsers.decimal(t, Expectation.of("target indeks, mis. 3,5", "a target index such as 3,5")), 1, 5)));
    v.put("rpjmd_period", row.optionalText(Field.RPJMD_PERIOD));
    v.put("index_scale", indexScale(row, year));
    v.put("is_illustrative", flag(row));
    v.put("note", row.optionalText(Field.NOTE));
    return new Staged(FactTable.RPJMD_TARGET, v);
  }

  /** A target's scale defaults to the index in force that year; SPBE targets for 2026 must say INDEKS_SPBE. */
  private String indexScale(RowContext row, Integer year) {
    String named = row.text(Field.INDEX_SCALE).toUpperCase(Locale.ROOT).replace(' ', '_');
    if (!named.isEmpty()) {
      if (!indexScales.contains(named)) {
        row.problem(Field.INDEX_SCALE, ReasonCode.UNKNOWN_INDEX_SCALE, Expectation.same(String.join(", ", indexScales)));
      }
      return named;
    }
    return year == null ? null : catalog.forYear(year).map(Framework::indexScale).orElse(null);
  }

  private Staged indicatorOwner(RowContext row) {
    Map<String, Object> v = yearFrameworkIndicator(row);
    v.put("opd_raw", row.required(Field.OPD, Expectation.of("OPD pengampu", "the OPD pengampu")));
    v.put("is_illustrative", flag(row));
    return new Staged(FactTable.INDICATOR_OWNER, v);
  }

  private Staged indicatorTarget(RowContext row) {
    Map<String, Object> v = yearFrameworkIndicator(row);
    Framework framework = v.get("framework_id") == null ? null : catalog.byId((String) v.get("framework_id")).orElse(null);
    v.put("target_level", framework == null ? null : row.parse(Field.TARGET_LEVEL, Expectation.of("target tingkat kematangan", "a target level"),
        t -> levelInRange(ValueParsers.level(t), framework)));
    v.put("is_illustrative", flag(row));
    return new Staged(FactTable.INDICATOR_TARGET, v);
  }

  private Map<String, Object> yearFrameworkIndicator(RowContext row) {
    Map<String, Object> v = common(row);
    Integer year = row.parse(Field.YEAR, Expectation.of("tahun", "the year"), ValueParsers::year);
    Framework framework = year == null ? null : framework(row, year);
    v.put("year", year);
    v.put("framework_id", framework == null ? null : framework.id());
    v.put("indicator_code", framework == null ? null : indicatorCode(row, framework));
    return v;
  }

  private Staged opd(RowContext row) {
    Map<String, Object> v = common(row);
    v.put("opd_code", code(row.required(Field.OPD_CODE, Expectation.of("kode OPD", "the OPD code"))));
    v.put("opd_name", row.required(Field.OPD_NAME, Expectation.of("nama OPD", "the OPD name")));
    v.put("opd_short", row.optionalText(Field.OPD_SHORT));
    v.put("opd_alias", RowContext.nullIfEmpty(OpdNames.joinAliases(row.text(Field.OPD_ALIAS))));
    v.put("is_illustrative", flag(row));
    v.put("note", row.optionalText(Field.NOTE));
    return new Staged(FactTable.OPD, v);
  }

  private Staged instansi(RowContext row) {
    Map<String, Object> v = common(row);
    v.put("instansi_name", row.required(Field.INSTANSI_NAME, Expectation.of("nama instansi", "the instansi name")));
    v.put("instansi_kind", row.parse(Field.INSTANSI_KIND, Expectation.same("provinsi, kabupaten, kota, pusat"), ValueParsers::instansiKind));
    v.put("province_code", code(row.optionalText(Field.PROVINCE_CODE)));
    v.put("province_name", row.optionalText(Field.PROVINCE_NAME));
    v.put("note", row.optionalText(Field.NOTE));
    return new Staged(FactTable.INSTANSI, v);
  }

  private Staged deadline(RowContext row) {
    Map<String, Object> v = common(row);
    v.put("year", row.parse(Field.YEAR, Expectation.of("tahun", "the year"), ValueParsers::year));
    LocalDate deadline = row.parse(Field.DEADLINE, Expectation.of("tenggat penilaian mandiri", "the self-assessment deadline"), ValueParsers::date);
    v.put("deadline", deadline);
    v.put("is_illustrative", flag(row));
    v.put("note", row.optionalText(Field.NOTE));
    return new Staged(FactTable.SELF_ASSESSMENT_DEADLINE, v);
  }

  /**
   * An indicator value taken from another national index (Pemdi 2026 I5 from Indeks SDI, ...), which the assessors
   * assume to be 1 while it is missing: only indicators the catalog marks as externally scored take one.
   */
  private Staged externalIndexValue(RowContext row) {
    Map<String, Object> v = yearFrameworkIndicator(row);
    Framework framework = v.get("framework_id") == null ? null : catalog.byId((String) v.get("framework_id")).orElse(null);
    Indicator indicator = framework == null || v.get("indicator_code") == null ? null
        : framework.indicator((String) v.get("indicator_code")).orElseThrow();
    if (indicator != null && !indicator.scoredFromExternalIndex()) {
      row.problem(Field.INDICATOR, ReasonCode.NOT_EXTERNALLY_SCORED, Expectation.of(
          "yang dinilai dari indeks eksternal dalam " + framework.id() + ": " + externallyScored(framework),
          "those scored from an external index in " + framework.id() + ": " + externallyScored(framework)));
    }
    v.put("value", indicator == null ? null : row.parse(Field.VALUE, Expectation.of("nilai indikator", "the indicator value"),
        t -> FrameworkResolver.value(framework, indicator, ValueParsers.level(t))));
    String named = row.text(Field.EXTERNAL_INDEX);
    v.put("external_index", named.isEmpty() && indicator != null ? indicator.externalIndex() : named);
    v.put("is_illustrative", flag(row));
    v.put("note", row.optionalText(Field.NOTE));
    return new Staged(FactTable.EXTERNAL_INDEX_VALUE, v);
  }

  private Staged evidenceItem(RowContext row) {
    Map<String, Object> v = yearFrameworkIndicator(row);
    evidence.item(row, v);
    v.put("is_illustrative", flag(row));
    return new Staged(FactTable.EVIDENCE_ITEM, v);
  }

  private static String externallyScored(Framework framework) {
    String codes = framework.indicators().values().stream().filter(Indicator::scoredFromExternalIndex)
        .map(Indicator::code).sorted(java.util.Comparator.comparingInt(Integer::parseInt)).collect(Collectors.joining(", "));
    return codes.isEmpty() ? "-" : codes;
  }

  private Staged effort(RowContext row) {
    Map<String, Object> v = common(row);
    Framework framework = row.parse(Field.FRAMEWORK, Expectation.of("kerangka, mis. PERMEN_59_2020", "a framework such as PERMEN_59_2020"), frameworks::resolveNamed);
    v.put("framework_id", framework == null ? null : framework.id());
    v.put("indicator_code", framework == null ? null : indicatorCode(row, framework));
    v.put("from_level", framework == null ? null : row.parse(Field.FROM_LEVEL, Expectation.of("tingkat awal kenaikan", "the level raised from"),
        t -> fromLevel(ValueParsers.level(t), framework)));
    v.put("effort", row.parse(Field.EFFORT, Expectation.of("upaya di atas nol", "an effort above zero"),
        t -> effort(ValueParsers.decimal(t, Expectation.of("upaya di atas nol", "an effort above zero")))));
    v.put("is_illustrative", flag(row));
    return new Staged(FactTable.IMPROVEMENT_EFFORT, v);
  }

  private Map<String, Object> common(RowContext row) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("instansi_code", code(row.required(Field.INSTANSI_CODE, Expectation.of("kode instansi", "the kode instansi"))));
    return v;
  }

  private Framework framework(RowContext row, int year) {
    try {
      return frameworks.resolve(year, row.text(Field.FRAMEWORK));
    } catch (ParseFailure failure) {
      row.problem(row.has(Field.FRAMEWORK) ? Field.FRAMEWORK : Field.YEAR, failure);
      return null;
    }
  }

  private String indicatorCode(RowContext row, Framework framework) {
    return row.parse(Field.INDICATOR, Expectation.of("nomor indikator", "an indicator number"),
        t -> FrameworkResolver.indicator(framework, ValueParsers.indicator(t)).indicator().code());
  }

  private static boolean flag(RowContext row) {
    Boolean flag = row.parseOptional(Field.ILLUSTRATIVE, ValueParsers::flag);
    return flag != null && flag;
  }

  private static String code(String raw) {
    return raw == null ? null : ValueParsers.code(raw);
  }

  private static BigDecimal inRange(BigDecimal value, int min, int max) throws ParseFailure {
    if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new ParseFailure(ReasonCode.VALUE_OUT_OF_RANGE, Expectation.same("(" + min + "-" + max + ")"));
    }
    return value;
  }

  /** Above zero, and within the published column's decimal(8,2): a larger value would fail the whole run later. */
  private static BigDecimal effort(BigDecimal value) throws ParseFailure {
    if (value.signum() <= 0 || value.compareTo(MAX_EFFORT) > 0) {
      throw new ParseFailure(ReasonCode.VALUE_OUT_OF_RANGE,
          Expectation.of("(di atas 0 sampai " + MAX_EFFORT + ")", "(above 0 up to " + MAX_EFFORT + ")"));
    }
    return value;
  }

  private static int levelInRange(ValueParsers.LevelText text, Framework framework) throws ParseFailure {
    int level = ValueParsers.wholeLevel(text);
    if (level < framework.levelMin() || level > framework.levelMax()) {
      throw new ParseFailure(ReasonCode.LEVEL_OUT_OF_RANGE,
          Expectation.same("(" + framework.levelMin() + "-" + framework.levelMax() + ")"));
    }
    return level;
  }

  /** A raise goes from a level to the next, so the top level cannot be raised from. */
  private static int fromLevel(ValueParsers.LevelText text, Framework framework) throws ParseFailure {
    int level = levelInRange(text, framework);
    if (level >= framework.levelMax()) {
      throw new ParseFailure(ReasonCode.LEVEL_OUT_OF_RANGE,
          Expectation.same("(" + framework.levelMin() + "-" + (framework.levelMax() - 1) + ")"));
    }
    return level;
  }
}
