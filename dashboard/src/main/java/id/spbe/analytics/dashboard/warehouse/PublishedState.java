package id.spbe.analytics.dashboard.warehouse;

import id.spbe.analytics.contract.WarehouseLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The version the pipeline last published, as a loaded {@link Snapshot}. The pipeline's {@code CURRENT} pointer
 * is re-read (a few bytes) at most once per refresh interval; when it names a new version, that version is
 * loaded whole and swapped in. A request works on one snapshot from start to end, so it never sees half of
 * two states, and the old snapshot closes when its last request is done.
 */
public final class PublishedState implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PublishedState.class);

  private final Path warehouse;
  private final long refreshNanos;
  private final AtomicReference<Snapshot> current = new AtomicReference<>();
  private volatile long lastCheck;
  private final Object reloadLock = new Object();

  public PublishedState(Path warehouse, java.time.Duration refreshInterval) {
    this.warehouse = warehouse;
    this.refreshNanos = refreshInterval.toNanos();
  }

  /** Runs {@code work} against the current snapshot, holding a lease on it for the duration. */
  public <T> T withSnapshot(Function<Snapshot, T> work) {
    Snapshot snapshot = lease();
    try {
      return work.apply(snapshot);
    } finally {
      snapshot.release();
    }
  }

  /** The published version name, without loading it. */
  public Optional<String> pointer() {
    try {
      return WarehouseLayout.currentVersion(warehouse);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + WarehouseLayout.pointer(warehouse) + ": " + e.getMessage(), e);
    }
  }

  private Snapshot lease() {
    refreshIfDue();
    while (true) {
      Snapshot snapshot = current.get();
      if (snapshot == null) {
        throw new NothingPublishedException("Nothing published yet in " + warehouse);
      }
      if (snapshot.tryLease()) {
        return snapshot;
      }
      // retired between get() and tryLease(): the replacement is already in place, take that one
    }
  }

  private void refreshIfDue() {
    long now = System.nanoTime();
    if (current.get() != null && now - lastCheck < refreshNanos) {
      return;
    }
    synchronized (reloadLock) {
      if (current.get() != null && now - lastCheck < refreshNanos) {
        return;
      }
      lastCheck = now;
      Optional<String> version = pointer();
      Snapshot loaded = current.get();
      if (version.isEmpty() || loaded != null && loaded.version().equals(version.get())) {
        return;
      }
      Snapshot fresh = SnapshotLoader.load(WarehouseLayout.versionDir(warehouse, version.get()), version.get());
      Snapshot old = current.getAndSet(fresh);
      LOG.info("Serving published version {} ({} tables)", fresh.version(), fresh.tables().size());
      if (old != null) {
        old.retire();
      }
    }
  }

  /** Loads the published version now instead of at the next request (start-up, tests). */
  public void refreshNow() {
    lastCheck = System.nanoTime() - refreshNanos - 1;
    refreshIfDue();
  }

  @Override
  public void close() {
    Snapshot old = current.getAndSet(null);
    if (old != null) {
      old.retire();
    }
  }
}
