package id.spbe.analytics.dashboard.api;

import java.sql.SQLException;

/** A piece of query work; an SQLException from it is a server failure (500), never a client's mistake. */
@FunctionalInterface
interface SqlWork<T> {
  T run() throws SQLException;

  static <T> T unchecked(SqlWork<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw new IllegalStateException("Query failed: " + e.getMessage(), e);
    }
  }
}
