package id.spbe.analytics.pipeline.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.analytics.pipeline.SharedSpark;
import id.spbe.analytics.pipeline.job.PipelineRuns;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files for the metric SQL (as Spark's SQLQueryTestSuite and dbt tests do): every computed table of the
 * Blitar sample run, sorted, against {@code src/test/resources/golden/<table>.csv}. After an intended change,
 * regenerate with {@code mvn -pl pipeline test -Dtest=GoldenTablesTest -Dgolden.update=true} and review the diff.
 */
class GoldenTablesTest {
  private static final Path GOLDEN = SharedSpark.repoRoot().resolve("pipeline/src/test/resources/golden");

  @TestFactory
  Stream<DynamicTest> everyMetricTableMatchesItsGoldenFile() {
    boolean update = Boolean.parseBoolean(System.getProperty("golden.update", "false"));
    Path warehouse = PipelineRuns.publishedSample();
    return MetricTables.IN_ORDER.stream().filter(t -> !MetricTables.isJavaStep(t)).map(table ->
        DynamicTest.dynamicTest(table, () -> {
          String actual = render(PipelineRuns.table(warehouse, table));
          Path golden = GOLDEN.resolve(table + ".csv");
          if (update) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual);
          }
          assertThat(golden).as("golden file for %s (regenerate with -Dgolden.update=true)", table).exists();
          assertThat(actual).as("%s against %s", table, golden).isEqualTo(Files.readString(golden));
        }));
  }

  /**
   * Values worked out by hand, independent of the golden files: regenerating those with {@code -Dgolden.update=true}
   * cannot bless a wrong number here. One line per value in {@code golden/spot-values.csv}: table, the row (a SQL
   * condition naming exactly one row), column, expected value, and how it was worked out.
   */
  @TestFactory
  Stream<DynamicTest> handComputedSpotValuesHold() throws IOException {
    Path warehouse = PipelineRuns.publishedSample();
    return Files.readAllLines(GOLDEN.resolve("spot-values.csv")).stream().skip(1).filter(l -> !l.isBlank()).map(line -> {
      String[] f = line.split(";", 5);
      return DynamicTest.dynamicTest(f[0] + " " + f[2] + " where " + f[1], () -> {
        List<Row> rows = PipelineRuns.table(warehouse, f[0]).where(f[1]).select(f[2]).collectAsList();
        assertThat(rows).as("%s rows where %s", f[0], f[1]).hasSize(1);
        assertThat(new BigDecimal(String.valueOf(rows.get(0).get(0)))).as("%s.%s: %s", f[0], f[2], f[4])
            .isEqualByComparingTo(f[3]);
      });
    });
  }

  /** Header plus rows sorted as text; decimals written plainly so 0.000000 never turns into 0E-6. */
  static String render(Dataset<Row> table) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Row row : table.collectAsList()) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        Object v = row.get(i);
        line.append(i == 0 ? "" : ",").append(v == null ? "" : v instanceof BigDecimal d ? d.toPlainString()
            : v.toString().replace("\n", "\\n").replace(",", "\\,"));
      }
      lines.add(line.toString());
    }
    lines.sort(null);
    return String.join(",", table.columns()) + "\n" + String.join("\n", lines) + "\n";
  }
}
