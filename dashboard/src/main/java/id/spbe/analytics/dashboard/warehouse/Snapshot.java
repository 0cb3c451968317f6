package id.spbe.analytics.dashboard.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
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
  private final Set<String> tables;
  private final AtomicInteger leases = new AtomicInteger(1); // the holder's own reference
  private volatile boolean retired;

  Snapshot(String version, DuckDBConnection root, Set<String> tables) {
    this.version = version;
    this.root = root;
    this.tables = Set.copyOf(tables);
  }

  public String version() {
    return version;
  }

  public Set<String> tables() {
    return tables;
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
