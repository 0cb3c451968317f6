package id.spbe.analytics.dashboard.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.duckdb.DuckDBConnection;

/**
 * Loads every table of a version folder into a fresh in-memory DuckDB, then disables file access and locks the
 * configuration: from then on the database can only answer from what was loaded.
 *
 * <p>The tables live in a compressed in-memory catalog ({@value #CATALOG}), seen through views of the same names
 * in the default one: uncompressed, the national set took 250 MiB of native memory for 13 MB of Parquet, and
 * DuckDB kept its load buffers without a memory limit; compressed and bounded, it takes about 35 MiB.
 */
public final class SnapshotLoader {
  /** Table folders are written by the pipeline; anything else in a version folder is not a table. */
  private static final Pattern TABLE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
  static final String CATALOG = "snapshot";
  private static final long MIB = 1024 * 1024;
  private static final Path SPILL_DIR = Path.of(System.getProperty("java.io.tmpdir"), "spbe-dashboard-duckdb");

  private SnapshotLoader() {}

  public static Snapshot load(Path versionDir, String version) {
    DuckDBConnection root = null;
    try {
      root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
      Map<String, Long> tables = new LinkedHashMap<>();
      try (Statement s = root.createStatement(); Stream<Path> entries = Files.list(versionDir)) {
        List<Path> tableDirs = entries.filter(d -> Files.isDirectory(d) && TABLE_NAME.matcher(name(d)).matches())
            .sorted().toList();
        // one loading thread: a reader per thread holds its own buffers, and loading is not what users wait on
        s.execute("SET threads = 1");
        s.execute("SET memory_limit = '" + memoryLimitMib(tableDirs) + "MiB'");
        s.execute("SET allocator_flush_threshold = '16MiB'"); // hand freed load buffers back to the system
        // over the limit DuckDB spills, by default into .tmp/ under the working directory: keep it out of there
        s.execute("SET temp_directory = '" + SPILL_DIR.toString().replace("'", "''") + "'");
        s.execute("ATTACH ':memory:' AS " + CATALOG + " (COMPRESS)");
        for (Path dir : tableDirs) {
          // the name matched TABLE_NAME, so it is safe to use as an identifier
          String name = name(dir);
          s.execute("create table " + CATALOG + ".main." + name + " as select * from read_parquet('" + glob(dir) + "')");
          s.execute("create view " + name + " as select * from " + CATALOG + ".main." + name);
          tables.put(name, count(s, name));
        }
        s.execute("SET threads = 2");
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

  private static String name(Path dir) {
    return dir.getFileName().toString();
  }

  /**
   * Room for the compressed tables (about 2.6 times their Parquet size) and for query working memory, never
   * below 512 MiB: a fixed limit would refuse a warehouse ten times the national set, and at 192 MiB PDF reports
   * drawn by concurrent clients were refused (quick benchmark, 16 clients).
   */
  static long memoryLimitMib(List<Path> tableDirs) throws IOException {
    long parquetBytes = 0;
    for (Path dir : tableDirs) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".parquet")).toList()) {
          parquetBytes += Files.size(f);
        }
      }
    }
    return Math.max(512, (4 * parquetBytes) / MIB + 128);
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
