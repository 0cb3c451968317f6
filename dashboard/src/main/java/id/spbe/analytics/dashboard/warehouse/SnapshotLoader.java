package id.spbe.analytics.dashboard.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.duckdb.DuckDBConnection;

/**
 * Loads every table of a version folder into a fresh in-memory DuckDB, then disables file access and locks the
 * configuration: from then on the database can only answer from what was loaded.
 */
public final class SnapshotLoader {
  /** Table folders are written by the pipeline; anything else in a version folder is not a table. */
  private static final Pattern TABLE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  private SnapshotLoader() {}

  public static Snapshot load(Path versionDir, String version) {
    DuckDBConnection root = null;
    try {
      root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
      Map<String, Long> tables = new LinkedHashMap<>();
      try (Statement s = root.createStatement(); Stream<Path> entries = Files.list(versionDir)) {
        s.execute("SET threads = 2");
        for (Path dir : entries.sorted().toList()) {
          String name = dir.getFileName().toString();
          if (Files.isDirectory(dir) && TABLE_NAME.matcher(name).matches()) {
            // the name matched TABLE_NAME, so it is safe to use as an identifier
            s.execute("create table " + name + " as select * from read_parquet('" + glob(dir) + "')");
            tables.put(name, count(s, name));
          }
        }
        s.execute("SET enable_external_access = false");
        s.execute("SET lock_configuration = true");
      }
      return new Snapshot(version, root, tables);
    } catch (SQLException | IOException e) {
      closeQuietly(root);
      throw new IllegalStateException("Cannot load published version " + version + " from " + versionDir + ": "
          + e.getMessage(), e);
    }
  }

  private static long count(Statement s, String table) throws SQLException {
    try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Spark writes part files plus _SUCCESS and .crc files: only the Parquet parts, never a recursive glob. */
  private static String glob(Path dir) {
    return dir.toAbsolutePath().resolve("*.parquet").toString().replace("'", "''");
  }

  private static void closeQuietly(DuckDBConnection root) {
    if (root != null) {
      try {
        root.close();
      } catch (SQLException suppressed) {
        // already failing with the load error; that one is reported
      }
    }
  }
}
