package id.spbe.analytics.benchmark.dashboard;

import id.spbe.analytics.benchmark.report.Stats;
import id.spbe.analytics.contract.WarehouseLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.duckdb.DuckDBConnection;

/**
 * The dashboard's SQL on DuckDB alone: the published version loaded the way the dashboard loads a snapshot (every
 * table into an in-memory DuckDB, two threads), each statement prepared, bound, executed and read to the last
 * column of the last row, as the dashboard does, without HTTP, JSON or Javalin.
 */
final class BareQueries implements AutoCloseable {
  private static final int WARM_UP = 5;

  /** A parameter that is a value of the first row of another named query: "first_row:data/runs.run_id". */
  static final String FIRST_ROW = "first_row:";

  private final DuckDBConnection db;
  private final DashboardSql sql;
  /** The values of "first_row:" parameters, by parameter. */
  private final Map<String, String> derived = new HashMap<>();

  private BareQueries(DuckDBConnection db, DashboardSql sql) {
    this.db = db;
    this.sql = sql;
  }

  static BareQueries load(Path warehouse, DashboardSql sql) throws SQLException, IOException {
    Path versionDir = WarehouseLayout.currentVersionDir(warehouse);
    DuckDBConnection db = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = db.createStatement(); Stream<Path> dirs = Files.list(versionDir)) {
      // the layout the dashboard's SnapshotLoader builds: compressed tables seen through views, same threads
      s.execute("SET threads = 2");
      s.execute("ATTACH ':memory:' AS snapshot (COMPRESS)");
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        String name = dir.getFileName().toString();
        if (name.matches("[a-z][a-z0-9_]{0,62}")) {
          s.execute("create table snapshot.main." + name + " as select * from read_parquet('"
              + dir.toAbsolutePath().resolve("*.parquet").toString().replace("'", "''") + "')");
          s.execute("create view " + name + " as select * from snapshot.main." + name);
        }
      }
    } catch (SQLException | IOException | RuntimeException e) {
      db.close();
      throw e;
    }
    return new BareQueries(db, sql);
  }

  /** The median time of the queries run one after the other, summed, in milliseconds. */
  double medianMillis(List<EndpointSpec.Query> queries, Selection selection, int iterations)
      throws SQLException {
    double total = 0;
    for (EndpointSpec.Query statement : queries) {
      List<Double> millis = new ArrayList<>();
      for (int i = 0; i < WARM_UP + iterations; i++) {
        long start = System.nanoTime();
        execute(statement, selection);
        if (i >= WARM_UP) {
          millis.add((System.nanoTime() - start) / 1e6);
        }
      }
      total += Stats.median(millis);
    }
    return total;
  }

  /**
   * A statement's parameters, bound as the dashboard binds them: "{instansi}" binds text, "int:{year}" a number,
   * "bool:true" a boolean, "null" SQL NULL (a filter not picked), "varchar[]:13,20" and "int[]:3,4" arrays (the
   * what-if's picks), and "first_row:data/runs.run_id" the text of a column of the first row of another named
   * query without parameters (a value the server takes from an earlier query and the URL cannot name, such as the
   * latest pipeline run), read once.
   */
  private void execute(EndpointSpec.Query statement, Selection selection) throws SQLException {
    try (java.sql.Connection c = db.duplicate(); PreparedStatement ps = c.prepareStatement(sql.sql(statement.name()))) {
      for (int p = 0; p < statement.params().size(); p++) {
        String spec = statement.params().get(p);
        if (spec.startsWith("int:")) {
          ps.setInt(p + 1, Integer.parseInt(selection.fill(spec.substring(4))));
        } else if (spec.startsWith("bool:")) {
          ps.setBoolean(p + 1, Boolean.parseBoolean(selection.fill(spec.substring(5))));
        } else if (spec.equals("null")) {
          ps.setObject(p + 1, null);
        } else if (spec.startsWith("varchar[]:")) {
          ps.setObject(p + 1, c.createArrayOf("VARCHAR", items(selection.fill(spec.substring(10))).toArray()));
        } else if (spec.startsWith("int[]:")) {
          ps.setObject(p + 1, c.createArrayOf("INTEGER",
              items(selection.fill(spec.substring(6))).stream().map(Integer::valueOf).toArray()));
        } else if (spec.startsWith(FIRST_ROW)) {
          String value = derived.get(spec);
          if (value == null) {
            value = firstRow(firstRowQuery(spec), spec.substring(spec.lastIndexOf('.') + 1));
            derived.put(spec, value);
          }
          ps.setString(p + 1, value);
        } else {
          ps.setString(p + 1, selection.fill(spec));
        }
      }
      try (ResultSet rs = ps.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int col = 1; col <= columns; col++) {
            rs.getObject(col);
          }
        }
      }
    }
  }

  private static List<String> items(String list) {
    return list.isEmpty() ? List.of() : List.of(list.split(","));
  }

  /** The query a "first_row:" parameter reads: "data/runs" of "first_row:data/runs.run_id". */
  static String firstRowQuery(String spec) {
    return spec.substring(FIRST_ROW.length(), spec.lastIndexOf('.'));
  }

  private String firstRow(String name, String column) throws SQLException {
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql.sql(name))) {
      if (!rs.next()) {
        throw new IllegalStateException("no row from " + name);
      }
      return rs.getString(column);
    }
  }

  /** One value, for choosing the instansi and year the endpoints are asked for. */
  String single(String sql) throws SQLException {
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      if (!rs.next()) {
        throw new IllegalStateException("no row for: " + sql);
      }
      return rs.getString(1);
    }
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }
}
