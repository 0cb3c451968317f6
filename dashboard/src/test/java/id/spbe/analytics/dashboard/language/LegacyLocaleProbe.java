package id.spbe.analytics.dashboard.language;

import java.math.BigDecimal;
import java.util.Locale;

/** Run in a JVM of its own by {@link LegacyLocaleCodesTest}: prints what the dashboard makes of Indonesian there. */
public final class LegacyLocaleProbe {
  private LegacyLocaleProbe() {}

  public static void main(String[] args) {
    System.out.println(new Locale("id").getLanguage() + " " + Language.fromTag("id").orElseThrow() + " "
        + Language.of(new Locale("id", "ID")).orElseThrow() + " " + Language.fromTag("in").orElseThrow() + " "
        + Language.ID.number(new BigDecimal("2.76"), 2) + " "
        + Messages.of(Language.of(Locale.forLanguageTag("in-ID")).orElseThrow()).text("ringkasan.title"));
  }
}
