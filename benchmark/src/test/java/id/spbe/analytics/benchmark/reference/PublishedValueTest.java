package id.spbe.analytics.benchmark.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The reference rounds an index as its framework's catalog row says, as the pipeline does: an exact 2.625 is 2.63
 * on the Indeks SPBE (half up) and 2.62 on the Indeks Pemdi (half even). On 2026-12-03 it rounded every framework
 * half up and disagreed with the pipeline on one national row.
 */
class PublishedValueTest {
  private static final Path REFERENCE = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize()
      .resolve("data/reference");

  @Test
  void roundsEachFrameworkAsItsCatalogSays() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = c.createStatement()) {
      DuckDbReference.execute(sql, "02-catalog.sql", REFERENCE);
      assertThat(published(sql, "PEMDI_2026", "2.625")).isEqualByComparingTo("2.62");
      assertThat(published(sql, "PEMDI_2026", "2.635")).isEqualByComparingTo("2.64");
      assertThat(published(sql, "PEMDI_2026", "2.6251")).isEqualByComparingTo("2.63");
      assertThat(published(sql, "PERMEN_59_2020", "2.625")).isEqualByComparingTo("2.63");
      assertThat(published(sql, "PERMEN_5_2018", "2.625")).isEqualByComparingTo("2.63");
    }
  }

  private static BigDecimal published(Statement sql, String framework, String exact) throws Exception {
    try (ResultSet rs = sql.executeQuery(
        "select published_value('" + framework + "', " + exact + "::decimal(10, 6))")) {
      rs.next();
      return rs.getBigDecimal(1);
    }
  }
}
