package id.spbe.analytics.dashboard.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.duckdb.DuckDBConnection;

/**
 * One published version loaded into an in-memory DuckDB with file access switched off, so no query can read
 * anything but these tables. Requests lease it; it closes when replaced and the last lease is returned.
 */
public final class Snapshot {
  private final String version;
  private final DuckDBConnection root;
  private final Map<String, Long> rowCounts;
  private final AtomicInteger leases = new AtomicInteger(1); // the holder's own reference
  private volatile boolean retired;

  Snapshot(String version, DuckDBConnection root, Map<String, Long> rowCounts) {
    this.version = version;
    this.root = root;
    this.rowCounts = Collections.unmodifiableMap(new LinkedHashMap<>(rowCounts));
  }

  public String version() {
    return version;
  }

  public Set<String> tables() {
    return rowCounts.keySet();
  }

  /** Rows per loaded table, in table-name order (the Data view shows them). */
  public Map<String, Long> rowCounts() {
    return rowCounts;
  }

  public boolean has(String table) {
    return rowCounts.containsKey(table);
  }

  /**
   * Fails with {@link TableMissingException} when this version lacks a table a view reads: a warehouse published
   * by an older pipeline, answered with a clear message instead of an SQL error.
   */
  public void require(String... tables) {
    List<String> missing = Arrays.stream(tables).filter(t -> !rowCounts.containsKey(t)).toList();
    if (!missing.isEmpty()) {
      throw new TableMissingException(version, missing);
    }
  }

  /** A connection of its own for one request: DuckDB statements must not be shared across threads. */
  public Connection connect() throws SQLException {
    return root.duplicate();
  }

  boolean tryLease() {
    while (true) {
      int n = leases.get();
      if (n == 0) {
        return false;
      }
      if (leases.compareAndSet(n, n + 1)) {
        return true;
      }
    }
  }

  void release() {
    if (leases.decrementAndGet() == 0) {
      close();
    }
  }

  void retire() {
    if (!retired) {
      retired = true;
      release();
    }
  }

  private void close() {
    try {
      root.close();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot close snapshot " + version, e);
    }
  }
}
