package id.spbe.analytics.pipeline.ingest;

import id.spbe.analytics.pipeline.facts.FactTable;
import id.spbe.analytics.pipeline.quarantine.RowProblem;
import id.spbe.analytics.pipeline.staging.RowOrigin;
import id.spbe.analytics.pipeline.staging.StagingSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads files on several threads and stages their rows in the files' order, exactly as one thread reading them one
 * after another would: parsing (a workbook's XML, a CSV's cells, the normalising) is most of the national set's
 * reading, and one core did it while the other waited. Each file stages through its own {@link InOrder} sink: the
 * file first in line writes straight into the run's sink; a file read ahead keeps its rows until it is first in
 * line, and past {@code maxHeld} rows waits for that, so a file of any size is never held whole.
 */
final class InOrderReads {
  /** Reads one file into the sink it is given; what it returns is handed back in the files' order. */
  @FunctionalInterface
  interface FileReader<T> {
    T read(int index, StagingSink sink);
  }

  private InOrderReads() {}

  /** The readers' results in the files' order; the first exception a reader threw is rethrown as it was. */
  static <T> List<T> read(int files, int threads, int maxHeld, StagingSink downstream, FileReader<T> reader) {
    if (threads <= 1 || files <= 1) {
      List<T> results = new ArrayList<>();
      for (int i = 0; i < files; i++) {
        results.add(reader.read(i, downstream));
      }
      return results;
    }
    List<InOrder> sinks = new ArrayList<>();
    for (int i = 0; i < files; i++) {
      sinks.add(new InOrder(downstream, maxHeld, i == 0));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "read-inputs");
      t.setDaemon(true);
      return t;
    });
    try {
      // a fixed pool starts its tasks in the order given: a file being read means every earlier one has started,
      // so the file first in line is always being read or done, and a file waiting for its turn cannot wait forever
      List<Future<T>> reads = new ArrayList<>();
      for (int i = 0; i < files; i++) {
        int index = i;
        reads.add(pool.submit(() -> reader.read(index, sinks.get(index))));
      }
      List<T> results = new ArrayList<>();
      for (int i = 0; i < files; i++) {
        results.add(await(reads.get(i)));
        if (i + 1 < files) {
          sinks.get(i + 1).takeTurn();
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T await(Future<T> read) {
    try {
      return read.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while reading the input files", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause.getMessage(), cause);
    }
  }

  /**
   * One file's view of the run's sink: straight through on its turn, held until then. Each file has its own lock,
   * shared only with the hand-over of its turn: one lock for all files had the file on its turn and the file read
   * ahead contend for it on every row.
   */
  static final class InOrder implements StagingSink {
    private final StagingSink downstream;
    private final int maxHeld;
    private final List<Runnable> held = new ArrayList<>();
    private volatile boolean turn;

    InOrder(StagingSink downstream, int maxHeld, boolean turn) {
      this.downstream = downstream;
      this.maxHeld = maxHeld;
      this.turn = turn;
    }

    @Override
    public void accept(FactTable table, Map<String, Object> values, RowOrigin provenance) {
      pass(() -> downstream.accept(table, values, provenance));
    }

    @Override
    public void reject(RowProblem problem) {
      pass(() -> downstream.reject(problem));
    }

    /**
     * The run's sink is written by one thread at a time, in the files' order: this file's reader once it has its turn
     * (set only after the file before it ended and what this one held was staged), the hand-over before that.
     */
    private void pass(Runnable staging) {
      if (!turn) {
        synchronized (this) {
          while (!turn && held.size() >= maxHeld) {
            try {
              wait();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new IllegalStateException("Interrupted while waiting to stage rows", e);
            }
          }
          if (!turn) {
            held.add(staging);
            return;
          }
        }
      }
      staging.run();
    }

    /** The file before this one is done: what this one holds goes to the run's sink, and the rest goes straight. */
    synchronized void takeTurn() {
      held.forEach(Runnable::run);
      held.clear();
      turn = true;
      notifyAll();
    }
  }
}
