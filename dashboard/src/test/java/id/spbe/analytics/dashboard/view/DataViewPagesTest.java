package id.spbe.analytics.dashboard.view;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.analytics.dashboard.export.Dataset;
import id.spbe.analytics.dashboard.language.Language;
import id.spbe.analytics.dashboard.query.RunQueries.Input;
import id.spbe.analytics.dashboard.query.RunQueries.Quarantined;
import id.spbe.analytics.dashboard.query.Selection;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The Data view's lists a page at a time, as a national run needs (hundreds of input files, a thousand refused
 * cells), while the exports of the same lists keep every row.
 */
class DataViewPagesTest {
  private static final DataView NATIONAL = new DataView("v-000009",
      new Choices(List.of(), List.of(), Choices.SOURCES, List.of(), List.of(), List.of()),
      new Selection(null, null, null, null, null, null, null, "run-1"), List.of(),
      IntStream.rangeClosed(1, 250).mapToObj(i -> new Input("file-" + i + ".csv", "official_result", "csv", null,
          "UTF-8", ";", 1, "ab".repeat(32), 100, 10, 10, 0)).toList(),
      IntStream.rangeClosed(1, 120).mapToObj(i -> new Quarantined("file-1.csv", null, i, "level", "9",
          "LEVEL_OUT_OF_RANGE", "pesan", "message")).toList(),
      120, false, Map.of());

  @Test
  void theListsComeAHundredRowsAPage() {
    assertThat(NATIONAL.pages()).isEqualTo(3);
    DataView first = NATIONAL.page(1);
    assertThat(first.inputs()).hasSize(100).first().extracting(Input::file).isEqualTo("file-1.csv");
    assertThat(first.quarantined()).hasSize(100);
    assertThat(first.inputsTotal()).isEqualTo(250);
    assertThat(first.quarantinedListed()).isEqualTo(120);
    DataView second = NATIONAL.page(2);
    assertThat(second.inputs()).hasSize(100).first().extracting(Input::file).isEqualTo("file-101.csv");
    assertThat(second.quarantined()).hasSize(20).first().extracting(Quarantined::sourceRow).isEqualTo(101L);
    DataView last = NATIONAL.page(3);
    assertThat(last.inputs()).hasSize(50).last().extracting(Input::file).isEqualTo("file-250.csv");
    assertThat(last.quarantined()).isEmpty();
    assertThat(last.page()).isEqualTo(3);
  }

  @Test
  void theExportsOfTheSameListsKeepEveryRow() {
    LocalDateTime now = LocalDateTime.of(2026, 12, 2, 15, 0);
    assertThat(Dataset.fromUrlName("input").orElseThrow().table(NATIONAL, Language.ID, now).rows()).hasSize(250);
    assertThat(Dataset.fromUrlName("karantina").orElseThrow().table(NATIONAL, Language.EN, now).rows()).hasSize(120);
  }
}
