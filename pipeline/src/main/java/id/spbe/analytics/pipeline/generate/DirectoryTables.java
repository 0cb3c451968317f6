package id.spbe.analytics.pipeline.generate;

import id.spbe.analytics.pipeline.catalog.Framework;
import id.spbe.analytics.pipeline.catalog.FrameworkCatalog;
import id.spbe.analytics.pipeline.ingest.InputKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The lists a planner keeps beside the results: instansi, OPD, RPJMD targets, deadlines, effort per raise. */
final class DirectoryTables {
  private static final int RPJMD_FIRST_PERIOD = 2016;
  private static final int RPJMD_YEARS = 5;
  private static final double[] EFFORT_FROM_LEVEL = {1, 1, 1, 2, 3, 4};

  private final GeneratorConfig config;
  private final FrameworkCatalog catalog;

  DirectoryTables(GeneratorConfig config, FrameworkCatalog catalog) {
    this.config = config;
    this.catalog = catalog;
  }

  GeneratedTable instansiList(List<Instansi> all) {
    List<List<Object>> rows = new ArrayList<>();
    for (Instansi i : all) {
      rows.add(List.of(i.code(), i.name(), i.kind().label(), i.province() == null ? "" : i.province().code(),
          i.province() == null ? "" : i.province().name(), Columns.ILLUSTRATIVE_NOTE));
    }
    return new GeneratedTable(InputKind.INSTANSI, "daftar/instansi", "DAFTAR INSTANSI",
        List.of(Columns.INSTANSI, Columns.INSTANSI_NAME, Columns.INSTANSI_KIND, Columns.PROVINCE_CODE,
            Columns.PROVINCE_NAME, Columns.NOTE), rows, new BadRows());
  }

  GeneratedTable opdLists(Group group) {
    List<List<Object>> rows = new ArrayList<>();
    for (Instansi i : group.members()) {
      for (Opd opd : OpdRoster.of(config.seed(), i)) {
        rows.add(List.of(i.code(), opd.code(), opd.name(), opd.shortName(), true, Columns.ILLUSTRATIVE_NOTE));
      }
    }
    return new GeneratedTable(InputKind.OPD, "daftar/opd-" + group.name(), "DAFTAR OPD " + group.title(),
        List.of(Columns.INSTANSI, Columns.OPD_CODE, Columns.OPD_NAME, Columns.OPD_SHORT, Columns.ILLUSTRATIVE,
            Columns.NOTE), rows, new BadRows());
  }

  /** A target per year on a straight path to the period's final target, on the scale the RPJMD was set on. */
  GeneratedTable rpjmdTargets(Group group) {
    List<List<Object>> rows = new ArrayList<>();
    for (Instansi i : group.members()) {
      for (int year = config.yearFrom(); year <= config.yearTo(); year++) {
        int start = RPJMD_FIRST_PERIOD + RPJMD_YEARS * ((year - RPJMD_FIRST_PERIOD) / RPJMD_YEARS);
        double from = typicalIndex(i, start);
        double to = Math.min(4.8, typicalIndex(i, start + RPJMD_YEARS)
            + 0.1 + 0.5 * Keyed.uniform(config.seed(), "ambition", i.code(), start));
        double target = Math.max(1, Math.min(5, from + (to - from) * (year - start) / RPJMD_YEARS));
        rows.add(List.of(i.code(), year, decimal(target, 2), start + "-" + (start + RPJMD_YEARS),
            scaleSetFor(i, start, year), true, "jalur target ILUSTRATIF"));
      }
    }
    return new GeneratedTable(InputKind.RPJMD_TARGET, "daftar/target-rpjmd-" + group.name(),
        "TARGET INDEKS DALAM RPJMD " + group.title(), List.of(Columns.INSTANSI, Columns.YEAR, Columns.TARGET_INDEX,
            Columns.RPJMD_PERIOD, Columns.INDEX_SCALE, Columns.ILLUSTRATIVE, Columns.NOTE), rows, new BadRows());
  }

  GeneratedTable deadlines(Group group) {
    List<List<Object>> rows = new ArrayList<>();
    for (Instansi i : group.members()) {
      for (int year = config.yearFrom(); year <= config.yearTo(); year++) {
        rows.add(List.of(i.code(), year, Schedule.deadline(config.seed(), i, year), true, "ILUSTRATIF"));
      }
    }
    return new GeneratedTable(InputKind.SELF_ASSESSMENT_DEADLINE, "daftar/tenggat-penilaian-mandiri-" + group.name(),
        "TENGGAT PENILAIAN MANDIRI " + group.title(),
        List.of(Columns.INSTANSI, Columns.YEAR, Columns.DEADLINE, Columns.ILLUSTRATIVE, Columns.NOTE), rows,
        new BadRows());
  }

  /** Half the instansi estimate the effort of each level raise, for the frameworks of the last two years. */
  GeneratedTable efforts(Group group) {
    List<Framework> frameworks = catalog.all().stream()
        .filter(f -> f.appliesTo(config.yearTo()) || f.appliesTo(Math.max(config.yearFrom(), config.yearTo() - 1)))
        .toList();
    List<List<Object>> rows = new ArrayList<>();
    for (Instansi i : group.members()) {
      if (Keyed.uniform(config.seed(), "plans-effort", i.code()) >= 0.5) {
        continue;
      }
      for (Framework f : frameworks) {
        for (String code : ResultTables.indicatorCodes(f)) {
          for (int from = f.levelMin(); from < f.levelMax(); from++) {
            double factor = 0.8 + 0.7 * Keyed.uniform(config.seed(), "effort", i.code(), f.id(), code, from);
            double effort = Math.round(2 * EFFORT_FROM_LEVEL[Math.min(from, EFFORT_FROM_LEVEL.length - 1)] * factor) / 2.0;
            rows.add(List.of(i.code(), f.id(), code, from, decimal(Math.max(0.5, effort), 1), true));
          }
        }
      }
    }
    return new GeneratedTable(InputKind.IMPROVEMENT_EFFORT, "daftar/upaya-kenaikan-level-" + group.name(),
        "UPAYA KENAIKAN LEVEL " + group.title(), List.of(Columns.INSTANSI, Columns.FRAMEWORK, Columns.INDICATOR,
            Columns.FROM_LEVEL, Columns.EFFORT, Columns.ILLUSTRATIVE), rows, new BadRows());
  }

  /** An RPJMD set before a framework with a new index scale keeps its old scale for half the instansi. */
  private String scaleSetFor(Instansi instansi, int periodStart, int year) {
    String yearScale = framework(year).indexScale();
    String startScale = framework(Math.max(periodStart, GeneratorConfig.FIRST_YEAR)).indexScale();
    boolean keepsOld = !yearScale.equals(startScale)
        && Keyed.uniform(config.seed(), "keeps-old-scale", instansi.code(), periodStart) < 0.5;
    return keepsOld ? startScale : yearScale;
  }

  private Framework framework(int year) {
    return catalog.forYear(year).orElseThrow(() -> new IllegalArgumentException("no framework for year " + year));
  }

  private static double typicalIndex(Instansi instansi, int year) {
    return instansi.level2018() + instansi.yearlyGain() * (year - GeneratorConfig.FIRST_YEAR) + 0.15;
  }

  static BigDecimal decimal(double value, int scale) {
    return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
  }
}
