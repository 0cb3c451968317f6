package id.spbe.analytics.benchmark.pipeline;

import id.spbe.analytics.benchmark.report.Check;
import id.spbe.analytics.contract.WarehouseLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Checks on what the pipeline published, so a fast run that computed something else cannot pass: it quarantined
 * exactly the rows the generator planted, and the DuckDB reference computes the same indices and analytics.
 */
final class PublishedChecks {
  private PublishedChecks() {}

  static Check quarantined(String set, Path warehouse, long expected) {
    String id = "pipeline." + set + ".quarantine";
    try {
      long rejected = single("select rows_rejected from read_parquet('" + table(warehouse, "pipeline_run")
          + "') where outcome = 'PUBLISHED' order by started_at limit 1");
      return new Check(id, "the " + set + " run quarantined exactly the rows the generator planted", rejected == expected,
          rejected + " rows quarantined, " + expected + " planted");
    } catch (SQLException | IOException e) {
      return new Check(id, "the " + set + " run's quarantine could be read", false, e.getMessage());
    }
  }

  /**
   * The re-runs with unchanged inputs published nothing: {@code CURRENT} still names the version the last full run
   * published, and no later version folder exists.
   */
  static Check unchangedPublishedNothing(Path warehouse, String versionBefore) {
    String id = "pipeline.unchanged.nothing_published";
    String description = "a re-run of the sample with unchanged inputs publishes nothing";
    try (var versions = Files.list(warehouse.resolve(WarehouseLayout.VERSIONS))) {
      String current = WarehouseLayout.currentVersion(warehouse).orElse("(nothing)");
      List<String> later = versions.map(p -> p.getFileName().toString()).filter(v -> v.compareTo(versionBefore) > 0)
          .sorted().toList();
      return new Check(id, description, current.equals(versionBefore) && later.isEmpty(),
          "CURRENT " + current + " (was " + versionBefore + "), later versions " + later);
    } catch (IOException e) {
      return new Check(id, description, false, e.getMessage());
    }
  }

  /** Row-for-row agreement of three tables, on the columns both compute. */
  static List<Check> referenceAgrees(Path warehouse, Path referenceOutput) {
    return List.of(
        agrees(warehouse, referenceOutput, "instansi_index",
            "instansi_code, year, framework_id, source, index_value, predikat, basis"),
        agrees(warehouse, referenceOutput, "gap_to_target",
            "instansi_code, year, framework_id, indicator_code, current_level, level_source, target_level, "
                + "index_points_at_stake, opd_code"),
        agrees(warehouse, referenceOutput, "trend",
            "instansi_code, year, official_index, self_assessment_index, rpjmd_target, distance_to_target, "
                + "change_on_previous, framework_break"));
  }

  private static Check agrees(Path warehouse, Path referenceOutput, String table, String columns) {
    String id = "reference.agrees." + table;
    try {
      String pipeline = "select " + columns + " from read_parquet('" + table(warehouse, table) + "')";
      String reference = "select " + columns + " from read_parquet('" + referenceOutput.resolve(table + ".parquet") + "')";
      long pipelineRows = single("select count(*) from (" + pipeline + ")");
      long referenceRows = single("select count(*) from (" + reference + ")");
      long common = single("select count(*) from (" + pipeline + " intersect all " + reference + ")");
      return new Check(id, "DuckDB reference computes the pipeline's " + table,
          pipelineRows > 0 && common == pipelineRows && common == referenceRows,
          "pipeline " + pipelineRows + " rows, reference " + referenceRows + ", identical " + common);
    } catch (SQLException | IOException e) {
      return new Check(id, "DuckDB reference computes the pipeline's " + table, false, e.getMessage());
    }
  }

  private static String table(Path warehouse, String table) throws IOException {
    return WarehouseLayout.currentVersionDir(warehouse).resolve(table).toAbsolutePath() + "/*.parquet";
  }

  private static long single(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
