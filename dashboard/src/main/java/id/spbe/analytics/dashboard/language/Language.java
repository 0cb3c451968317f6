package id.spbe.analytics.dashboard.language;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/**
 * The two languages of the dashboard. Bahasa Indonesia is the default. Java knows Indonesian under two codes:
 * {@code id} and the legacy {@code in} (what {@code Locale.getLanguage()} reports when
 * {@code java.locale.useOldISOCodes} is set, and on older JDKs), so both are accepted everywhere.
 */
public enum Language {
  ID("id", new Locale("id", "ID")),
  EN("en", Locale.UK);

  private final String code;
  private final Locale locale;

  Language(String code, Locale locale) {
    this.code = code;
    this.locale = locale;
  }

  /** The code used in URLs and file names: {@code id} or {@code en}. */
  public String code() {
    return code;
  }

  public Locale locale() {
    return locale;
  }

  /** Reads a language tag such as {@code id}, {@code in-ID}, {@code en-GB}; empty when it is neither language. */
  public static Optional<Language> fromTag(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    return of(Locale.forLanguageTag(tag.trim().replace('_', '-')));
  }

  /** The language of a locale, whichever of the two Indonesian codes the JDK reports for it. */
  public static Optional<Language> of(Locale locale) {
    String language = locale.getLanguage();
    if (language.equals("id") || language.equals("in")) {
      return Optional.of(ID);
    }
    if (language.equals("en")) {
      return Optional.of(EN);
    }
    return Optional.empty();
  }

  /** A number with exactly {@code digits} decimals in this language's notation, without grouping: 2,76 or 2.76. */
  public String number(BigDecimal value, int digits) {
    if (value == null) {
      return "";
    }
    DecimalFormat format = new DecimalFormat(digits == 0 ? "0" : "0." + "0".repeat(digits),
        DecimalFormatSymbols.getInstance(locale));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }

  /** The decimal separator of this language: ',' in Indonesian, '.' in English. */
  public char decimalSeparator() {
    return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
  }
}
