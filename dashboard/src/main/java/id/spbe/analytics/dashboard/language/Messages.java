package id.spbe.analytics.dashboard.language;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;

/**
 * The dashboard's texts in one language, read from the same {@code /public/i18n/<lang>.json} files the page uses,
 * so export headers and the PDF report say exactly what the page says.
 */
public final class Messages {
  private static final Map<Language, Messages> LOADED = new EnumMap<>(Language.class);

  private final Language language;
  private final Map<String, String> texts;

  private Messages(Language language, Map<String, String> texts) {
    this.language = language;
    this.texts = Map.copyOf(texts);
  }

  public static synchronized Messages of(Language language) {
    return LOADED.computeIfAbsent(language, Messages::load);
  }

  private static Messages load(Language language) {
    String resource = "/public/i18n/" + language.code() + ".json";
    try (InputStream in = Messages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + resource + " on the classpath");
      }
      return new Messages(language, new ObjectMapper().readValue(in, new TypeReference<Map<String, String>>() {}));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + resource + ": " + e.getMessage(), e);
    }
  }

  public Language language() {
    return language;
  }

  /** The text for {@code key}; a missing key is a programming error, not something to show as a raw key. */
  public String text(String key) {
    String text = texts.get(key);
    if (text == null) {
      throw new IllegalArgumentException("No " + language.code() + " text for '" + key + "'");
    }
    return text;
  }

  /** The text with {@code {name}} placeholders filled in. */
  public String text(String key, Map<String, String> values) {
    String text = text(key);
    for (Map.Entry<String, String> value : values.entrySet()) {
      text = text.replace("{" + value.getKey() + "}", value.getValue());
    }
    return text;
  }

  public boolean has(String key) {
    return texts.containsKey(key);
  }

  /**
   * A code as people say it ({@code code.<value>}: PERMEN_59_2020 is "SPBE 2020 (PermenPANRB 59/2020)"), else the
   * value as is.
   */
  public String code(Object value) {
    String key = "code." + value;
    return has(key) ? text(key) : String.valueOf(value);
  }
}
