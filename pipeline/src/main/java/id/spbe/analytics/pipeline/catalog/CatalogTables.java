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
import org.apache.spark.sql.types.StructType;

/** The reference catalog as Spark tables, so the metric SQL joins weights and bands like any other table. */
public final class CatalogTables {
  private CatalogTables() {}

  public static Map<String, Dataset<Row>> create(SparkSession spark, FrameworkCatalog catalog) {
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    List<Framework> frameworks = List.copyOf(catalog.all());
    tables.put("framework", table(spark, frameworks,
        "framework_id string, framework_name string, regulation string, index_name string, index_scale string, "
            + "year_from int, year_to int, level_min int, level_max int, status string",
        f -> RowFactory.create(f.id(), f.name(), f.regulation(), f.indexName(), f.indexScale(), f.yearFrom(),
            f.yearTo(), f.levelMin(), f.levelMax(), f.status())));
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
            + "weight_pct decimal(7,4), level_family string, max_items int, status string, source string",
        i -> RowFactory.create(i.frameworkId(), i.code(), Integer.valueOf(i.code()), i.name(), i.aspectCode(),
            i.weightPct(), i.levelFamily(), i.maxItems(), i.status(), i.source())));
    tables.put("maturity_level", table(spark, flat(frameworks, Framework::maturityLevels),
        "framework_id string, level_family string, level int, level_name string, level_name_en string, "
            + "description string, status string",
        l -> RowFactory.create(l.frameworkId(), l.levelFamily(), l.level(), l.levelName(), l.levelNameEn(),
            l.description(), l.status())));
    tables.put("predikat_band", table(spark, flat(frameworks, Framework::predikatBands),
        "framework_id string, predikat string, predikat_en string, lower_inclusive decimal(4,2), "
            + "upper_exclusive decimal(4,2), predikat_rank int, status string",
        b -> RowFactory.create(b.frameworkId(), b.predikat(), b.predikatEn(), b.lowerInclusive(), b.upperExclusive(),
            b.rank(), b.status())));
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

  private static <T> Dataset<Row> table(SparkSession spark, List<T> items, String ddl, Function<T, Row> toRow) {
    List<Row> rows = new ArrayList<>(items.size());
    items.forEach(item -> rows.add(toRow.apply(item)));
    return spark.createDataFrame(rows, StructType.fromDDL(ddl));
  }

  private static <T> List<T> flat(List<Framework> frameworks, Function<Framework, List<T>> part) {
    return frameworks.stream().flatMap(f -> part.apply(f).stream()).toList();
  }
}
