package id.spbe.analytics.pipeline.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.apache.spark.sql.functions.col;

import id.spbe.analytics.pipeline.SharedSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every published table of the sample run against its contract in docs/tables.md: the same columns with the
 * same types, unique keys, no nulls where the contract says none.
 */
class ContractTest {
  private static final Pattern SECTION = Pattern.compile("^### (\\w+)$");
  private static final Pattern KEYS = Pattern.compile("^Keys: (.+)$");
  private static final Pattern COLUMN = Pattern.compile("^\\| (\\w+) \\| ([a-z0-9(),]+) \\| (yes|no) \\| .*\\|$");

  record ColumnSpec(String name, String type, boolean nullable) {}

  record TableSpec(String name, List<String> keys, List<ColumnSpec> columns) {}

  static Map<String, TableSpec> contracts() throws IOException {
    Map<String, TableSpec> specs = new LinkedHashMap<>();
    String table = null;
    List<String> keys = List.of();
    List<ColumnSpec> columns = new ArrayList<>();
    for (String line : Files.readAllLines(SharedSpark.repoRoot().resolve("docs/tables.md"))) {
      Matcher section = SECTION.matcher(line);
      Matcher key = KEYS.matcher(line);
      Matcher column = COLUMN.matcher(line);
      if (section.matches()) {
        if (table != null) {
          specs.put(table, new TableSpec(table, keys, columns));
        }
        table = section.group(1);
        keys = List.of();
        columns = new ArrayList<>();
      } else if (key.matches()) {
        keys = List.of(key.group(1).split(",\\s*"));
      } else if (column.matches() && !column.group(1).equals("column")) {
        columns.add(new ColumnSpec(column.group(1), column.group(2), column.group(3).equals("yes")));
      }
    }
    if (table != null) {
      specs.put(table, new TableSpec(table, keys, columns));
    }
    return specs;
  }

  @Test
  void everyPublishedTableHasAContractAndEveryContractATable() throws IOException {
    Path version = PipelineRuns.publishedSample().resolve("versions").resolve(PipelineRuns.current(PipelineRuns.publishedSample()));
    try (Stream<Path> dirs = Files.list(version)) {
      List<String> published = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
      assertThat(published).containsExactlyInAnyOrderElementsOf(contracts().keySet());
    }
  }

  @TestFactory
  Stream<DynamicTest> publishedTablesKeepTheirContract() throws IOException {
    Path warehouse = PipelineRuns.publishedSample();
    return contracts().values().stream().map(spec -> DynamicTest.dynamicTest(spec.name(), () -> {
      Dataset<Row> table = PipelineRuns.table(warehouse, spec.name());
      List<String> actual = new ArrayList<>();
      for (StructField f : table.schema().fields()) {
        actual.add(f.name() + " " + f.dataType().simpleString());
      }
      assertThat(actual).as("columns of %s", spec.name())
          .containsExactlyElementsOf(spec.columns().stream().map(c -> c.name() + " " + c.type()).toList());
      assertThat(spec.keys()).as("keys of %s", spec.name()).isNotEmpty();
      Column[] keys = spec.keys().stream().map(k -> col(k)).toArray(Column[]::new);
      assertThat(table.groupBy(keys).count().where("count > 1").count()).as("duplicate keys in %s", spec.name()).isZero();
      for (ColumnSpec c : spec.columns()) {
        if (!c.nullable()) {
          assertThat(table.where(col(c.name()).isNull()).count()).as("nulls in %s.%s", spec.name(), c.name()).isZero();
        }
      }
    }));
  }
}
