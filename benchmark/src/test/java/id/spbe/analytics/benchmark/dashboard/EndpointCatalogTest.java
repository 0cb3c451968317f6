package id.spbe.analytics.benchmark.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in endpoint list names the dashboard's queries instead of copying them, and every name has its file. */
class EndpointCatalogTest {
  private static final Path DASHBOARD_RESOURCES = Path.of("../dashboard/src/main/resources");

  @Test
  void everyQueryTheListNamesIsADashboardSqlFile() throws Exception {
    EndpointCatalog catalog = EndpointCatalog.load(null);
    DashboardSql sql = DashboardSql.read(DASHBOARD_RESOURCES, catalog);
    assertThat(sql.sql("ringkasan/latest_official")).contains("from trend");
    assertThat(catalog.endpoints().stream().mapToLong(e -> e.queries().size()).sum()).isGreaterThan(40);
  }

  @Test
  void theListHoldsNoSqlText() throws Exception {
    String json = new String(EndpointCatalog.class.getResourceAsStream(EndpointCatalog.BUILT_IN).readAllBytes());
    assertThat(json).doesNotContainPattern("(?i)\"[^\"]*\\bselect\\b[^\"]*\\bfrom\\b");
  }

  @Test
  void aNameWithoutItsFileStopsTheBenchmarkNamingTheFile(@TempDir Path dir) throws Exception {
    Path list = dir.resolve("endpoints.json");
    Files.writeString(list, """
        {"endpoints": [{"name": "x", "path": "/api/x", "queries": [{"name": "ringkasan/no_such_query"}]}]}
        """);
    assertThatThrownBy(() -> DashboardSql.read(DASHBOARD_RESOURCES, EndpointCatalog.load(list)))
        .hasMessageContaining("sql/ringkasan/no_such_query.sql");
  }
}
