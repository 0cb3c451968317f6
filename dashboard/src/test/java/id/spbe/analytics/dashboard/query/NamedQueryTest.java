package id.spbe.analytics.dashboard.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's SQL files and the names the query classes use are the same set, and each file is one
 * lowercase select with bound parameters, saying on its first line what it answers.
 */
class NamedQueryTest {
  private static final Path FILES = Path.of("src/main/resources/sql");
  private static final Path QUERY_CLASSES = Path.of("src/main/java/id/spbe/analytics/dashboard/query");

  @Test
  void everyFileIsNamedAndEveryNameHasItsFile() throws IOException {
    NamedQuery.requireAll();
    List<String> files;
    try (Stream<Path> all = Files.walk(FILES)) {
      files = all.filter(Files::isRegularFile).map(p -> FILES.relativize(p).toString().replace('\\', '/'))
          .sorted().toList();
    }
    List<String> named = Arrays.stream(NamedQuery.values()).map(q -> q.queryName() + ".sql").sorted().toList();
    assertThat(files).isEqualTo(named);
  }

  @Test
  void everyNameIsUsedByAQueryClass() throws IOException {
    StringBuilder sources = new StringBuilder();
    try (Stream<Path> all = Files.list(QUERY_CLASSES)) {
      for (Path p : all.filter(p -> !p.getFileName().toString().equals("NamedQuery.java")).toList()) {
        sources.append(Files.readString(p));
      }
    }
    for (NamedQuery q : NamedQuery.values()) {
      assertThat(sources).as(q.file() + " used").contains("NamedQuery." + q.name() + ".sql()");
    }
  }

  @Test
  void eachFileIsOneLowercaseSelectWithBoundParametersAndSaysWhatItAnswers() {
    for (NamedQuery q : NamedQuery.values()) {
      String sql = q.sql();
      assertThat(sql).as(q.file()).startsWith("-- ");
      assertThat(sql.lines().findFirst().orElseThrow().length()).as(q.file() + " first line").isGreaterThan(10);
      String code = sql.replaceAll("--[^\n]*", "").replaceAll("'[^']*'", "''").strip();
      assertThat(code).as(q.file()).matches("(?s)(select|with) .*");
      assertThat(code).as(q.file() + ": one statement").doesNotContain(";");
      assertThat(code).as(q.file() + ": lowercase, no placeholders but ?").doesNotContainPattern("[A-Z{}$]");
    }
  }
}
