package id.spbe.analytics.pipeline.generate;

import id.spbe.analytics.pipeline.catalog.Framework;
import id.spbe.analytics.pipeline.catalog.FrameworkCatalog;
import id.spbe.analytics.pipeline.catalog.Indicator;
import id.spbe.analytics.pipeline.generate.GeneratedTable.IndicatorCell;
import id.spbe.analytics.pipeline.ingest.InputKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One year's results of one group: penilaian mandiri, the evaluators' result, the OPD pengampu per indicator and,
 * in a framework's last year, per-indicator target levels.
 */
final class ResultTables {
  private static final String[] LEVEL_MEANING = {"belum ada kebijakan/layanan", "kebijakan/layanan masih dirintis",
      "diterapkan sebagian unit kerja", "diterapkan di seluruh unit kerja sesuai pedoman",
      "terpadu dan diukur melalui reviu", "ditingkatkan berkelanjutan"};

  private final GeneratorConfig config;
  private final FrameworkCatalog catalog;
  private final MaturityModel model;
  private final BadRowPlanter planter;

  ResultTables(GeneratorConfig config, FrameworkCatalog catalog) {
    this.config = config;
    this.catalog = catalog;
    this.model = new MaturityModel(config.seed());
    this.planter = new BadRowPlanter(config.seed(), config.badRowRate());
  }

  List<GeneratedTable> forYear(int year, Group group) {
    Framework framework = catalog.forYear(year)
        .orElseThrow(() -> new IllegalArgumentException("no framework in the catalog for year " + year));
    List<GeneratedTable> tables = new ArrayList<>();
    tables.add(selfAssessment(year, framework, group));
    tables.add(selfAssessedIndex(year, framework, group));
    OfficialRound round = OfficialRound.of(year, framework, config.yearTo());
    if (round == OfficialRound.INDICATORS) {
      tables.add(officialLevels(year, framework, group));
    } else if (round == OfficialRound.INDEX_ONLY) {
      tables.add(officialIndex(year, framework, group));
    }
    tables.add(owners(year, framework, group));
    int lastYearOfFramework = framework.yearTo() == null ? config.yearTo() : Math.min(framework.yearTo(), config.yearTo());
    if (year == lastYearOfFramework) {
      tables.add(indicatorTargets(year, framework, group));
    }
    return tables;
  }

  private GeneratedTable selfAssessment(int year, Framework framework, Group group) {
    String path = year + "/penilaian-mandiri-" + year + "-" + group.name();
    List<Column> columns = List.of(Columns.YEAR, Columns.INSTANSI, Columns.INDICATOR, Columns.LEVEL, Columns.OPD,
        Columns.JUSTIFICATION, Columns.EVIDENCE, Columns.SUBMITTED_ON, Columns.ILLUSTRATIVE);
    List<List<Object>> rows = new ArrayList<>();
    BadRows bad = new BadRows();
    for (Instansi i : group.members()) {
      if (!selfAssesses(i, year) || selfAssessesIndexOnly(i, year)) {
        continue;
      }
      List<Opd> opds = OpdRoster.of(config.seed(), i);
      for (IndicatorCell cell : cells(i, year, framework)) {
        Indicator indicator = framework.indicators().get(cell.code());
        int level = model.selfAssessed(i, year, framework, indicator, cell.item());
        List<Object> row = new ArrayList<>(List.of(year, i.code(), cell, level, opdAsWritten(i, opds, framework, indicator),
            "Level " + level + ": " + LEVEL_MEANING[level] + " (" + year + ")",
            "indikator" + cell.text() + "_" + year + ".pdf; SK-" + i.code() + "-" + year + ".pdf",
            Schedule.submittedOn(config.seed(), i, year, cell.text()), true));
        planter.add(row, columns, framework, path, bad, rows);
      }
    }
    return new GeneratedTable(InputKind.SELF_ASSESSMENT, path, "REKAPITULASI PENILAIAN MANDIRI " + year + " "
        + group.title(), columns, rows, bad);
  }

  /** In 2020 half the instansi kept only the index of their penilaian mandiri. */
  private GeneratedTable selfAssessedIndex(int year, Framework framework, Group group) {
    List<List<Object>> rows = new ArrayList<>();
    for (Instansi i : group.members()) {
      if (selfAssesses(i, year) && selfAssessesIndexOnly(i, year)) {
        Map<String, Double> levels = levels(i, year, framework, false);
        rows.add(List.of(year, i.code(), "indeks", "", MaturityModel.index(framework, levels), true,
            "indeks penilaian mandiri saja (ILUSTRATIF)"));
      }
    }
    return indexTable(InputKind.SELF_ASSESSMENT, year + "/penilaian-mandiri-indeks-" + year + "-" + group.name(),
        "INDEKS PENILAIAN MANDIRI " + year + " " + group.title(), rows);
  }

  private GeneratedTable officialLevels(int year, Framework framework, Group group) {
    String path = year + "/hasil-resmi-" + year + "-" + group.name();
    List<Column> columns = List.of(Columns.YEAR, Columns.INSTANSI, Columns.INDICATOR, Columns.LEVEL, Columns.ILLUSTRATIVE);
    List<List<Object>> rows = new ArrayList<>();
    BadRows bad = new BadRows();
    for (Instansi i : group.members()) {
      if (evaluated(i, year)) {
        for (IndicatorCell cell : cells(i, year, framework)) {
          int level = model.official(i, year, framework, framework.indicators().get(cell.code()), cell.item());
          planter.add(new ArrayList<>(List.of(year, i.code(), cell, level, true)), columns, framework, path, bad, rows);
        }
      }
    }
    return new GeneratedTable(InputKind.OFFICIAL_RESULT, path, "HASIL EVALUASI SPBE " + year + " " + group.title(),
        columns, rows, bad);
  }

  /** The published index, and for a third of the instansi the domain values too. */
  private GeneratedTable officialIndex(int year, Framework framework, Group group) {
    List<List<Object>> rows = new ArrayList<>();
    for (Instansi i : group.members()) {
      if (!evaluated(i, year)) {
        continue;
      }
      Map<String, Double> levels = levels(i, year, framework, true);
      rows.add(List.of(year, i.code(), "indeks", "", MaturityModel.index(framework, levels), true,
          "indeks resmi (ILUSTRATIF)"));
      if (Keyed.uniform(config.seed(), "reports-domains", i.code(), year) < 1.0 / 3) {
        for (var domain : framework.domains()) {
          Map<String, Double> inDomain = new LinkedHashMap<>();
          levels.forEach((code, level) -> {
            if (domainOf(framework, code).equals(domain.code())) {
              inDomain.put(code, level);
            }
          });
          rows.add(List.of(year, i.code(), "domain", domain.code(), MaturityModel.index(framework, inDomain), true,
              "nilai domain resmi (ILUSTRATIF)"));
        }
      }
    }
    return indexTable(InputKind.OFFICIAL_RESULT, year + "/hasil-resmi-indeks-" + year + "-" + group.name(),
        "INDEKS SPBE HASIL EVALUASI " + year + " " + group.title(), rows);
  }

  private GeneratedTable owners(int year, Framework framework, Group group) {
    List<List<Object>> rows = new ArrayList<>();
    for (Instansi i : group.members()) {
      List<Opd> opds = OpdRoster.of(config.seed(), i);
      for (String code : indicatorCodes(framework)) {
        rows.add(List.of(i.code(), year, framework.id(), code,
            owner(i, opds, framework, framework.indicators().get(code)).code(), true));
      }
    }
    return new GeneratedTable(InputKind.INDICATOR_OWNER, year + "/pengampu-indikator-" + year + "-" + group.name(),
        "OPD PENGAMPU INDIKATOR " + year + " " + group.title(), List.of(Columns.INSTANSI, Columns.YEAR,
            Columns.FRAMEWORK, Columns.INDICATOR, Columns.OPD, Columns.ILLUSTRATIVE), rows, new BadRows());
  }

  /** Six in ten instansi set a target level per indicator: one or two above the evaluators' expected level. */
  private GeneratedTable indicatorTargets(int year, Framework framework, Group group) {
    List<List<Object>> rows = new ArrayList<>();
    for (Instansi i : group.members()) {
      if (Keyed.uniform(config.seed(), "sets-indicator-targets", i.code(), year) >= 0.6) {
        continue;
      }
      for (String code : indicatorCodes(framework)) {
        int current = model.official(i, year, framework, framework.indicators().get(code), 1);
        int raise = 1 + Keyed.random(config.seed(), "target-raise", i.code(), year, code).nextInt(2);
        rows.add(List.of(i.code(), year, framework.id(), code, Math.min(framework.levelMax(), current + raise), true));
      }
    }
    return new GeneratedTable(InputKind.INDICATOR_TARGET, year + "/target-level-indikator-" + year + "-" + group.name(),
        "TARGET LEVEL INDIKATOR " + year + " " + group.title(), List.of(Columns.INSTANSI, Columns.YEAR,
            Columns.FRAMEWORK, Columns.INDICATOR, Columns.TARGET_LEVEL, Columns.ILLUSTRATIVE), rows, new BadRows());
  }

  private GeneratedTable indexTable(InputKind kind, String path, String title, List<List<Object>> rows) {
    return new GeneratedTable(kind, path, title, List.of(Columns.YEAR, Columns.INSTANSI, Columns.SCOPE,
        Columns.SCOPE_CODE, Columns.INDEX_VALUE, Columns.ILLUSTRATIVE, Columns.NOTE), rows, new BadRows());
  }

  /** Each indicator once, multi-item indicators once per item scored (one to three public services). */
  private List<IndicatorCell> cells(Instansi instansi, int year, Framework framework) {
    List<IndicatorCell> cells = new ArrayList<>();
    for (String code : indicatorCodes(framework)) {
      int items = framework.indicators().get(code).maxItems();
      if (items == 1) {
        cells.add(new IndicatorCell(code, 0));
      } else {
        int scored = 1 + Keyed.random(config.seed(), "items", instansi.code(), year, code).nextInt(items);
        for (int item = 1; item <= scored; item++) {
          cells.add(new IndicatorCell(code, item));
        }
      }
    }
    return cells;
  }

  /** Each indicator's level, the items' mean where several are scored. */
  private Map<String, Double> levels(Instansi instansi, int year, Framework framework, boolean official) {
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (IndicatorCell cell : cells(instansi, year, framework)) {
      Indicator indicator = framework.indicators().get(cell.code());
      int level = official ? model.official(instansi, year, framework, indicator, cell.item())
          : model.selfAssessed(instansi, year, framework, indicator, cell.item());
      double[] sum = sums.computeIfAbsent(cell.code(), c -> new double[2]);
      sum[0] += level;
      sum[1]++;
    }
    Map<String, Double> levels = new LinkedHashMap<>();
    sums.forEach((code, sum) -> levels.put(code, sum[0] / sum[1]));
    return levels;
  }

  static List<String> indicatorCodes(Framework framework) {
    return framework.indicators().keySet().stream().sorted(Comparator.comparingInt(Integer::parseInt)).toList();
  }

  private Opd owner(Instansi instansi, List<Opd> opds, Framework framework, Indicator indicator) {
    return OpdRoster.owner(config.seed(), instansi, opds, model.profile(framework, indicator).role(),
        framework.id() + "/" + indicator.code());
  }

  /** The owner as the planner wrote it: usually its code, one time in ten its short name. */
  private String opdAsWritten(Instansi instansi, List<Opd> opds, Framework framework, Indicator indicator) {
    Opd opd = owner(instansi, opds, framework, indicator);
    return Keyed.uniform(config.seed(), "opd-as-name", instansi.code(), indicator.code()) < 0.1 ? opd.shortName() : opd.code();
  }

  private boolean selfAssesses(Instansi instansi, int year) {
    return Keyed.uniform(config.seed(), "self-assesses", instansi.code(), year) >= 0.03;
  }

  private boolean selfAssessesIndexOnly(Instansi instansi, int year) {
    return year == 2020 && Keyed.uniform(config.seed(), "self-index-only", instansi.code()) < 0.5;
  }

  private boolean evaluated(Instansi instansi, int year) {
    return Keyed.uniform(config.seed(), "evaluated", instansi.code(), year) >= 0.05;
  }

  private static String domainOf(Framework framework, String indicatorCode) {
    String aspect = framework.indicators().get(indicatorCode).aspectCode();
    return framework.aspects().stream().filter(a -> a.code().equals(aspect)).findFirst().orElseThrow().domainCode();
  }
}
