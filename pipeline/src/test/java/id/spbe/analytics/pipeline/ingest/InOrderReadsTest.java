package id.spbe.analytics.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.spbe.analytics.pipeline.facts.FactTable;
import id.spbe.analytics.pipeline.quarantine.RowProblem;
import id.spbe.analytics.pipeline.staging.RowOrigin;
import id.spbe.analytics.pipeline.staging.StagingSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InOrderReadsTest {
  private static final int FILES = 12;

  /** Every row each file stages, in the order the run's sink received them, and whether two threads ever met. */
  private static final class Recording implements StagingSink {
    final List<String> rows = new ArrayList<>();
    final AtomicInteger inside = new AtomicInteger();
    volatile boolean overlapped;

    @Override
    public void accept(FactTable table, Map<String, Object> values, RowOrigin provenance) {
      if (inside.incrementAndGet() > 1) {
        overlapped = true;
      }
      rows.add(provenance.fileName() + ":" + provenance.rowNumber());
      inside.decrementAndGet();
    }

    @Override
    public void reject(RowProblem problem) {
      throw new AssertionError("no rejections here");
    }
  }

  /** File i has 10 + 7i rows; later files are read faster, so they finish before earlier ones if let. */
  private static String stageFile(int index, StagingSink sink) {
    String name = "file-" + index + ".csv";
    for (int row = 1; row <= 10 + 7 * index; row++) {
      sink.accept(FactTable.OPD, Map.of("row", row), new RowOrigin(name, "", row));
      if (row % 5 == 0) {
        sleep(FILES - index);
      }
    }
    return name;
  }

  private static List<String> sequentialRows() {
    Recording one = new Recording();
    InOrderReads.read(FILES, 1, 1, one, InOrderReadsTest::stageFile);
    return one.rows;
  }

  @Test
  void filesReadOnSeveralThreadsStageTheirRowsAsOneThreadWould() {
    Recording sink = new Recording();
    List<String> results = InOrderReads.read(FILES, 4, 3, sink, InOrderReadsTest::stageFile);

    assertThat(results).containsExactly("file-0.csv", "file-1.csv", "file-2.csv", "file-3.csv", "file-4.csv",
        "file-5.csv", "file-6.csv", "file-7.csv", "file-8.csv", "file-9.csv", "file-10.csv", "file-11.csv");
    assertThat(sink.rows).hasSize(10 * FILES + 7 * (FILES - 1) * FILES / 2).startsWith("file-0.csv:1", "file-0.csv:2")
        .endsWith("file-11.csv:87");
    assertThat(sink.rows).as("the order one thread stages them in").isEqualTo(sequentialRows());
    assertThat(sink.overlapped).as("two threads in the run's sink at once").isFalse();
  }

  @Test
  void aFileThatFailsStopsTheReadWithItsOwnException() {
    Recording sink = new Recording();
    assertThatThrownBy(() -> InOrderReads.read(FILES, 4, 3, sink, (index, fileSink) -> {
      if (index == 5 || index == 9) {
        throw new IllegalArgumentException("file " + index + " is broken");
      }
      return stageFile(index, fileSink);
    })).isInstanceOf(IllegalArgumentException.class).hasMessage("file 5 is broken");
    assertThat(sink.rows).as("the files before it, whole and in order").endsWith("file-4.csv:38")
        .doesNotContain("file-6.csv:1");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
