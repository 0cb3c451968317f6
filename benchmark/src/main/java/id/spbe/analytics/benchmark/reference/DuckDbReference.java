package id.spbe.analytics.benchmark.reference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBConnection;

/**
 * The single-machine reference: the pipeline's core computations (typed and checked facts, indicator_score,
 * aspect/domain/instansi index with predikat, gap_to_target, trend) in DuckDB SQL alone, over the same generated
 * files, written as Parquet. The benchmark runs it as its own process, like the pipeline, to time it and
 * measure its memory; its instansi_index is compared with the pipeline's.
 *
 * <p>Usage: {@code DuckDbReference INPUT_DIR REFERENCE_DIR OUTPUT_DIR}
 */
public final class DuckDbReference {
  static final List<String> SCRIPTS = List.of("01-raw.sql", "02-catalog.sql", "03-facts.sql", "04-indices.sql",
      "05-analytics.sql");
  public static final List<String> OUTPUTS = List.of("indicator_score", "aspect_index", "domain_index", "instansi_index",
      "gap_to_target", "trend");

  private DuckDbReference() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("Usage: DuckDbReference INPUT_DIR REFERENCE_DIR OUTPUT_DIR (got " + args.length + " arguments)");
      System.exit(2);
    }
    Map<String, Long> rows = run(GeneratedSet.read(Path.of(args[0])), Path.of(args[1]), Path.of(args[2]));
    rows.forEach((table, n) -> System.out.println(table + " " + n));
  }

  /** Loads, computes and writes; returns the rows of each output table. */
  public static Map<String, Long> run(GeneratedSet set, Path referenceDir, Path outputDir)
      throws SQLException, IOException {
    Files.createDirectories(outputDir);
    try (DuckDBConnection db = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
         Statement sql = db.createStatement()) {
      execute(sql, "01-raw.sql", referenceDir);
      CsvLoader.load(sql, set.dir(), set.files());
      WorkbookLoader.load(db, set.dir(), set.files());
      for (String script : SCRIPTS.subList(1, SCRIPTS.size())) {
        execute(sql, script, referenceDir);
      }
      Map<String, Long> rows = new LinkedHashMap<>();
      for (String table : OUTPUTS) {
        Path file = outputDir.resolve(table + ".parquet");
        sql.execute("copy " + table + " to '" + file.toString().replace("'", "''") + "' (format parquet)");
        try (ResultSet rs = sql.executeQuery("select count(*) from " + table)) {
          rs.next();
          rows.put(table, rs.getLong(1));
        }
      }
      return rows;
    }
  }

  static void execute(Statement sql, String script, Path referenceDir) throws IOException, SQLException {
    String text;
    try (InputStream in = DuckDbReference.class.getResourceAsStream("/reference/" + script)) {
      if (in == null) {
        throw new IllegalStateException("reference script " + script + " missing from the class path");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String reference = referenceDir.toAbsolutePath().toString().replace("'", "''");
    for (String statement : text.replace("${reference}", reference).split(";\\s*(?:\\n|$)")) {
      if (!statement.lines().allMatch(l -> l.isBlank() || l.trim().startsWith("--"))) {
        sql.execute(statement);
      }
    }
  }
}
