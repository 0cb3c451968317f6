package id.spbe.analytics.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TableContractTest {
  private final TableContract contract = TableContract.published();

  @Test
  void theTableNamesAreThePagesSections() {
    assertThat(contract.tables().keySet())
        .containsExactlyElementsOf(Arrays.stream(PublishedTable.values()).map(PublishedTable::tableName).toList());
  }

  @Test
  void everyTableHasKeysAndColumnsAndItsKeysAreColumns() {
    contract.tables().values().forEach(spec -> {
      assertThat(spec.keys()).as("keys of %s", spec.name()).isNotEmpty();
      assertThat(spec.columns()).as("columns of %s", spec.name()).isNotEmpty();
      assertThat(spec.columns().stream().map(ColumnSpec::name).toList()).as("keys of %s", spec.name())
          .containsAll(spec.keys());
    });
  }

  @Test
  void readsKeysTypesAndNullability() {
    TableSpec trend = contract.table(PublishedTable.TREND);
    assertThat(trend.keys()).containsExactly("instansi_code", "year");
    assertThat(trend.columns()).extracting(ColumnSpec::name)
        .contains("target_comparable", "distance_to_target", "change_on_previous", "framework_break");
    assertThat(contract.table("framework").columns().get(0)).isEqualTo(new ColumnSpec("framework_id", "string", false));
    assertThat(contract.table("framework").columns()).contains(new ColumnSpec("year_to", "int", true));
  }

  @Test
  void parsesOnlyTheSectionsRowsAndKeys() {
    TableContract parsed = TableContract.parse(String.join("\n",
        "# Published tables", "| x | string | no | prose before any table |", "", "### score",
        "Grain: one row per thing.", "Keys: a, b", "", "| column | type | null | meaning |", "|---|---|---|---|",
        "| a | string | no | the a |", "| b | decimal(6,4) | yes | the b |", "", "### empty"));
    assertThat(parsed.tables().keySet()).containsExactly("score", "empty");
    assertThat(parsed.table("score")).isEqualTo(new TableSpec("score", java.util.List.of("a", "b"), java.util.List.of(
        new ColumnSpec("a", "string", false), new ColumnSpec("b", "decimal(6,4)", true))));
    assertThatThrownBy(() -> parsed.table("empty")).hasMessageContaining("no table empty");
  }

  @Test
  void versionNamesCountUp() {
    assertThat(WarehouseLayout.versionName(7)).isEqualTo("v-000007");
    assertThat(WarehouseLayout.versionNumber("v-000123")).hasValue(123);
    assertThat(WarehouseLayout.versionNumber("v-12")).isEmpty();
    assertThat(WarehouseLayout.isVersionName(".v-000001.tmp")).isFalse();
  }
}
