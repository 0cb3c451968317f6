package id.spbe.analytics.dashboard.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.spbe.analytics.contract.TableContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text key the pages, the exports and the report use exists in both languages. */
class I18nKeysTest {
  private static final Path MAIN = Path.of("src/main");
  private static final Pattern HTML = Pattern.compile("data-i18n=\"([a-zA-Z.]+)\"");
  private static final Pattern JS = Pattern.compile("(?:I18n\\.t\\(|label: |i18n: |exportLinks\\('[a-z]+', )'([a-zA-Z]+\\.[a-zA-Z.]+)'");
  private static final Pattern JAVA = Pattern.compile("\"((?:col|report|rencana|ringkasan|domain|indikator|series|"
      + "export|filter|footer|dataset|code)\\.[a-zA-Z_]+)\"");

  private static Map<String, String> texts(String lang) throws IOException {
    // a key written twice is a text edited in one place while the other wins: refused
    return new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readValue(MAIN.resolve("resources/public/i18n/" + lang + ".json").toFile(),
        new TypeReference<Map<String, String>>() {});
  }

  @Test
  void bothLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
    Map<String, String> id = texts("id");
    Map<String, String> en = texts("en");
    assertThat(en.keySet()).isEqualTo(id.keySet());
    assertThat(id.values()).allMatch(v -> !v.isBlank());
    assertThat(en.values()).allMatch(v -> !v.isBlank());
  }

  @Test
  void everyKeyUsedInPagesScriptsAndJavaExists() throws IOException {
    Set<String> known = texts("id").keySet();
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = file.toString();
        Pattern pattern = name.endsWith(".html") ? HTML : name.endsWith(".js") ? JS : name.endsWith(".java") ? JAVA
            : null;
        if (pattern == null) {
          continue;
        }
        Matcher m = pattern.matcher(Files.readString(file));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).hasSizeGreaterThan(150);
    assertThat(known).containsAll(used);
  }

  /** The Data view and its export name every published table in words (code.table.<name>), in both languages. */
  @Test
  void everyPublishedTableHasItsContentsInWords() throws IOException {
    Set<String> tables = TableContract.published().tables().keySet();
    assertThat(tables).hasSizeGreaterThan(40);
    for (String lang : new String[] {"id", "en"}) {
      Map<String, String> texts = texts(lang);
      for (String table : tables) {
        assertThat(texts.get("code.table." + table)).as(lang + " " + table).isNotBlank().isNotEqualTo(table);
      }
    }
  }
}
