package id.spbe.analytics.pipeline.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The reference catalog as Spark tables, so the metric SQL joins weights and bands like any other table, and the
 * catalog's rounding rule as the SQL function {@code published_value}.
 */
public final class CatalogTables {
  private CatalogTables() {}

  public static Map<String, Dataset<Row>> create(SparkSession spark, FrameworkCatalog catalog) {
    registerFunctions(spark, catalog);
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    List<Framework> frameworks = List.copyOf(catalog.all());
    tables.put("framework", table(spark, frameworks,
        "framework_id string, framework_name string, regulation string, index_name string, index_scale string, "
            + "year_from int, year_to int, level_min int, level_max int, value_decimals int, index_rounding string, "
            + "has_domains boolean, enacted_on date, promulgated_on date, gazette string, status string",
        f -> RowFactory.create(f.id(), f.name(), f.regulation(), f.indexName(), f.indexScale(), f.yearFrom(),
            f.yearTo(), f.levelMin(), f.levelMax(), f.valueScale().decimals(),
            f.valueScale().indexRounding().name().toLowerCase(java.util.Locale.ROOT), f.hasDomains(),
            f.regulationDates().enactedOn(), f.regulationDates().promulgatedOn(),
            emptyToNull(f.regulationDates().gazette()), f.status())));
    tables.put("domain", table(spark, flat(frameworks, Framework::domains),
        "framework_id string, domain_code string, domain_name string, weight_pct decimal(7,4), status string, source string",
        d -> RowFactory.create(d.frameworkId(), d.code(), d.name(), d.weightPct(), d.status(), d.source())));
    tables.put("aspect", table(spark, flat(frameworks, Framework::aspects),
        "framework_id string, aspect_code string, domain_code string, aspect_name string, weight_pct decimal(7,4), "
            + "status string, source string",
        a -> RowFactory.create(a.frameworkId(), a.code(), a.domainCode().isEmpty() ? null : a.domainCode(), a.name(),
            a.weightPct(), a.status(), a.source())));
    tables.put("indicator", table(spark, flat(frameworks, f -> List.copyOf(f.indicators().values())),
        "framework_id string, indicator_code string, indicator_no int, indicator_name string, aspect_code string, "
            + "weight_pct decimal(7,4), level_family string, max_items int, external_index string, "
            + "is_externally_scored boolean, status string, source string",
        i -> RowFactory.create(i.frameworkId(), i.code(), Integer.valueOf(i.code()), i.name(), i.aspectCode(),
            i.weightPct(), i.levelFamily(), i.maxItems(), emptyToNull(i.externalIndex()), i.scoredFromExternalIndex(),
            i.status(), i.source())));
    tables.put("maturity_level", table(spark, flat(frameworks, Framework::maturityLevels),
        "framework_id string, level_family string, level int, level_name string, level_name_en string, "
            + "description string, status string",
        l -> RowFactory.create(l.frameworkId(), l.levelFamily(), l.level(), l.levelName(), l.levelNameEn(),
            l.description(), l.status())));
    tables.put("predikat_band", table(spark, flat(frameworks, Framework::predikatBands),
        "framework_id string, predikat string, predikat_en string, predikat_alias string, predikat_alias_en string, "
            + "lower_inclusive decimal(4,2), upper_exclusive decimal(4,2), predikat_rank int, status string",
        b -> RowFactory.create(b.frameworkId(), b.predikat(), b.predikatEn(), emptyToNull(b.alias()),
            emptyToNull(b.aliasEn()), b.lowerInclusive(), b.upperExclusive(), b.rank(), b.status())));
    tables.put("comparable_indicator", table(spark, catalog.comparableIndicators(),
        "comparable_key string, comparable_name string, permen_5_2018_indicator string, "
            + "permen_59_2020_indicator string, weight_pct decimal(7,4), status string",
        c -> RowFactory.create(c.comparableKey(), c.name(), c.permen52018(), c.permen592020(), c.weightPct(), c.status())));
    tables.put("published_national_index", table(spark, catalog.publishedNationalIndex(),
        "year int, framework_id string, scope string, domain_code string, index_value decimal(5,2), status string, source string",
        p -> RowFactory.create(p.year(), p.frameworkId(), p.scope(), p.domainCode().isEmpty() ? null : p.domainCode(),
            p.indexValue(), p.status(), p.source())));
    return tables;
  }

  /**
   * {@code published_value(framework_id, value)}: a value rounded to the two places the framework publishes, its
   * own way (half up for Indeks SPBE, half even for Indeks Pemdi). One function, so every aspect, domain, index and
   * plan value is rounded alike and the rule stays in the catalog.
   */
  private static void registerFunctions(SparkSession spark, FrameworkCatalog catalog) {
    Map<String, java.math.RoundingMode> rounding = new java.util.HashMap<>();
    catalog.all().forEach(f -> rounding.put(f.id(), f.valueScale().indexRounding()));
    spark.udf().register("published_value", (UDF2<String, java.math.BigDecimal, java.math.BigDecimal>)
        (frameworkId, value) -> value == null || frameworkId == null ? null
            : value.setScale(2, roundingOf(rounding, frameworkId)),
        DataTypes.createDecimalType(5, 2));
  }

  private static java.math.RoundingMode roundingOf(Map<String, java.math.RoundingMode> rounding, String frameworkId) {
    java.math.RoundingMode mode = rounding.get(frameworkId);
    if (mode == null) { // facts carry only catalog framework ids: another one is a bug, not data to round anyhow
      throw new IllegalArgumentException("published_value: framework " + frameworkId + " is not in the catalog");
    }
    return mode;
  }

  private static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  private static <T> Dataset<Row> table(SparkSession spark, List<T> items, String ddl, Function<T, Row> toRow) {
    List<Row> rows = new ArrayList<>(items.size());
    items.forEach(item -> rows.add(toRow.apply(item)));
    return spark.createDataFrame(rows, StructType.fromDDL(ddl));
  }

  private static <T> List<T> flat(List<Framework> frameworks, Function<Framework, List<T>> part) {
    return frameworks.stream().flatMap(f -> part.apply(f).stream()).toList();
  }
}
