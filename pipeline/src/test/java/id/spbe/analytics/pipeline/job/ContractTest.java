package id.spbe.analytics.pipeline.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.apache.spark.sql.functions.col;

import id.spbe.analytics.contract.ColumnSpec;
import id.spbe.analytics.contract.TableContract;
import id.spbe.analytics.contract.WarehouseLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every published table of the sample run against its contract in docs/tables.md (read by the
 * warehouse-contract module, as the dashboard's fixture reads it): the same columns with the same types, unique
 * keys, no nulls where the contract says none.
 */
class ContractTest {
  private static final TableContract CONTRACT = TableContract.published();

  @Test
  void everyPublishedTableHasAContractAndEveryContractATable() throws IOException {
    Path version = WarehouseLayout.currentVersionDir(PipelineRuns.publishedSample());
    try (Stream<Path> dirs = Files.list(version)) {
      List<String> published = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
      assertThat(published).containsExactlyInAnyOrderElementsOf(CONTRACT.tables().keySet());
    }
  }

  @TestFactory
  Stream<DynamicTest> publishedTablesKeepTheirContract() {
    Path warehouse = PipelineRuns.publishedSample();
    return CONTRACT.tables().values().stream().map(spec -> DynamicTest.dynamicTest(spec.name(), () -> {
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
