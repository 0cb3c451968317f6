package id.spbe.analytics.e2e.cluster;

import id.spbe.analytics.contract.WarehouseLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The tables of a warehouse's published version, compared row by row with DuckDB (every column, provenance
 * included) as multisets: a row present twice on one side must be present twice on the other.
 */
final class PublishedTables {
  /**
   * What legitimately differs between two runs: their ids and clocks, and the message naming the run's own
   * quarantine report path.
   */
  static final Map<String, List<String>> RUN_SPECIFIC = Map.of(
      "pipeline_run", List.of("run_id", "started_at", "finished_at", "duration_ms", "message"),
      "pipeline_run_input", List.of("run_id"),
      "quarantined_row", List.of("run_id"));

  private final Path versionDir;

  private PublishedTables(Path versionDir) {
    this.versionDir = versionDir;
  }

  static PublishedTables current(Path warehouse) throws IOException {
    return new PublishedTables(WarehouseLayout.currentVersionDir(warehouse));
  }

  TreeSet<String> names() throws IOException {
    try (Stream<Path> dirs = Files.list(versionDir)) {
      return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /** Differences per table (empty when equal): rows only on one side, as text, at most a few per table. */
  static List<String> differences(PublishedTables left, PublishedTables right, String table) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute("create view l as select * from read_parquet('" + left.glob(table) + "')");
      s.execute("create view r as select * from read_parquet('" + right.glob(table) + "')");
      List<String> problems = new ArrayList<>();
      String leftColumns = columns(s, "l");
      String rightColumns = columns(s, "r");
      if (!leftColumns.equals(rightColumns)) {
        problems.add(table + ": columns differ: " + leftColumns + " vs " + rightColumns);
        return problems;
      }
      String compared = RUN_SPECIFIC.containsKey(table)
          ? "* exclude (" + String.join(", ", RUN_SPECIFIC.get(table)) + ")" : "*";
      problems.addAll(onlyIn(s, table, "local", "select " + compared + " from l except all select " + compared + " from r"));
      problems.addAll(onlyIn(s, table, "cluster", "select " + compared + " from r except all select " + compared + " from l"));
      return problems;
    }
  }

  long rowCount(String table) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("select count(*) from read_parquet('" + glob(table) + "')")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The run's own row of pipeline_run, for its counts. */
  long latestRunRowsRejected() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("select rows_rejected from read_parquet('" + glob("pipeline_run")
             + "') where outcome = 'PUBLISHED' order by started_at desc limit 1")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private String glob(String table) {
    return versionDir.resolve(table).toAbsolutePath() + "/*.parquet";
  }

  private static String columns(Statement s, String view) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = s.executeQuery("describe " + view)) {
      while (rs.next()) {
        out.add(rs.getString("column_name") + " " + rs.getString("column_type"));
      }
    }
    return String.join(", ", out);
  }

  private static List<String> onlyIn(Statement s, String table, String side, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = s.executeQuery("select * from (" + sql + ") limit 5")) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder(table + ": only in the " + side + " run: ");
        for (int i = 1; i <= n; i++) {
          row.append(i > 1 ? " | " : "").append(rs.getString(i));
        }
        out.add(row.toString());
      }
    }
    return out;
  }
}
