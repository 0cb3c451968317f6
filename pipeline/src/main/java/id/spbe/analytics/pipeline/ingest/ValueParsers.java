package id.spbe.analytics.pipeline.ingest;

import id.spbe.analytics.pipeline.quarantine.ReasonCode;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How cells are read, Indonesian locale first: decimal comma ("2,76"), dates as "02/07/2023" or "2 Juli 2023",
 * levels as "3", "3,0", "Level 3", "3 - Terdefinisi" or "Terdefinisi", indicators as "12", "I-12",
 * "Indikator 12", "12. Nama indikator" or, under 5/2018, "35-2".
 */
public final class ValueParsers {
  private static final BigDecimal MAX_LEVEL_WRITTEN = BigDecimal.valueOf(1000);
  private static final Pattern WHOLE_NUMBER_WITH_ZEROS = Pattern.compile("\\d+\\.0+");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:[.,]0+)?");
  private static final Pattern INDICATOR = Pattern.compile(
      "(?:indikator|indicator|ind|no|i)?\\s*[.\\-:#]?\\s*(\\d{1,3})(?:[.,]0+)?(?:\\s*[-/.]\\s*(\\d{1,2})|\\s*\\((\\d{1,2})\\))?"
          // portal exports put the name after the number: "12. Tingkat Kematangan Kebijakan ..."
          + "(?:(?:\\s*[-\u2013:.)]\\s*|\\s+)\\p{L}.*)?",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern LEVEL_PREFIX = Pattern.compile(
      "^(?:tingkat\\s+kematangan|tingkat|level|lvl|lv)\\s*[.:\\-]?\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern LEVEL_NUMBER = Pattern.compile("^(\\d+(?:[.,]\\d+)?)\\s*(?:[-–:.)]\\s*)?(.*)$");
  private static final Map<String, Integer> LEVEL_WORDS = Map.of("nol", 0, "satu", 1, "dua", 2, "tiga", 3, "empat", 4,
      "lima", 5);
  private static final Pattern SCOPE_CODE = Pattern.compile(
      "^(?:domain|aspek|aspect|d|a)?\\s*[.\\-]?\\s*(\\d{1,2})$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?$");
  private static final Pattern DMY_DATE = Pattern.compile("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})$");
  private static final Pattern TEXT_DATE = Pattern.compile("^(\\d{1,2})\\s+([A-Za-z]+)\\.?\\s+(\\d{4})$");
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("januari", 1), Map.entry("january", 1), Map.entry("jan", 1),
      Map.entry("februari", 2), Map.entry("february", 2), Map.entry("feb", 2), Map.entry("pebruari", 2),
      Map.entry("maret", 3), Map.entry("march", 3), Map.entry("mar", 3),
      Map.entry("april", 4), Map.entry("apr", 4),
      Map.entry("mei", 5), Map.entry("may", 5),
      Map.entry("juni", 6), Map.entry("june", 6), Map.entry("jun", 6),
      Map.entry("juli", 7), Map.entry("july", 7), Map.entry("jul", 7),
      Map.entry("agustus", 8), Map.entry("august", 8), Map.entry("agu", 8), Map.entry("agt", 8), Map.entry("aug", 8),
      Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
      Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("okt", 10), Map.entry("oct", 10),
      Map.entry("november", 11), Map.entry("nopember", 11), Map.entry("nov", 11),
      Map.entry("desember", 12), Map.entry("december", 12), Map.entry("des", 12), Map.entry("dec", 12));

  private ValueParsers() {}

  public static int year(String raw) throws ParseFailure {
    Matcher m = YEAR.matcher(raw.trim());
    if (!m.matches()) {
      throw new ParseFailure(ReasonCode.BAD_YEAR, Expectation.of("tahun empat angka, mis. 2023", "a four-digit year such as 2023"));
    }
    int year = Integer.parseInt(m.group(1));
    if (year < 2000 || year > 2100) {
      throw new ParseFailure(ReasonCode.BAD_YEAR, Expectation.of("tahun antara 2000 dan 2100", "a year between 2000 and 2100"));
    }
    return year;
  }

  /**
   * A decimal written either way: "2,76" and "2.76" are both 2.76. With both marks present, the last one is
   * the decimal mark ("1.234,5" Indonesian, "1,234.5" English).
   */
  public static BigDecimal decimal(String raw, Expectation expected) throws ParseFailure {
    String text = raw.trim().replace(" ", "").replace("\u00A0", "");
    int comma = text.lastIndexOf(',');
    int dot = text.lastIndexOf('.');
    if (comma >= 0 && dot >= 0) {
      text = comma > dot ? text.replace(".", "").replace(',', '.') : text.replace(",", "");
    } else if (comma >= 0) {
      text = text.replace(',', '.');
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new ParseFailure(ReasonCode.BAD_NUMBER, expected);
    }
  }

  public static LocalDate date(String raw) throws ParseFailure {
    String text = raw.trim();
    try {
      Matcher iso = ISO_DATE.matcher(text);
      if (iso.matches()) {
        return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
      }
      Matcher dmy = DMY_DATE.matcher(text);
      if (dmy.matches()) { // Indonesian order: day first
        return LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)), Integer.parseInt(dmy.group(1)));
      }
      Matcher words = TEXT_DATE.matcher(text);
      if (words.matches()) {
        Integer month = MONTHS.get(words.group(2).toLowerCase(Locale.ROOT));
        if (month != null) {
          return LocalDate.of(Integer.parseInt(words.group(3)), month, Integer.parseInt(words.group(1)));
        }
      }
    } catch (DateTimeException e) {
      throw new ParseFailure(ReasonCode.BAD_DATE, Expectation.of("tanggal yang ada di kalender", "a calendar date"));
    }
    throw new ParseFailure(ReasonCode.BAD_DATE, Expectation.of("tanggal", "a date"));
  }

  /** Empty means "no". */
  public static boolean flag(String raw) throws ParseFailure {
    String text = raw.trim().toLowerCase(Locale.ROOT);
    return switch (text) {
      case "", "tidak", "t", "no", "n", "false", "0", "bukan" -> false;
      case "ya", "y", "iya", "yes", "true", "1", "benar" -> true;
      default -> throw new ParseFailure(ReasonCode.BAD_FLAG, Expectation.same("ya/tidak"));
    };
  }

  /** An indicator reference: its number and the item (0 when none was written). */
  public record IndicatorRef(String number, int item) {
    public String display() {
      return item == 0 ? number : number + "-" + item;
    }
  }

  public static IndicatorRef indicator(String raw) throws ParseFailure {
    Matcher m = INDICATOR.matcher(raw.trim());
    if (!m.matches()) {
      throw new ParseFailure(ReasonCode.UNKNOWN_INDICATOR, Expectation.of(
          "tulis nomor indikator, mis. 12, I-12 atau Indikator 12", "write an indicator number such as 12, I-12 or Indikator 12"));
    }
    String number = String.valueOf(Integer.parseInt(m.group(1)));
    String item = m.group(2) != null ? m.group(2) : m.group(3);
    return new IndicatorRef(number, item == null ? 0 : Integer.parseInt(item));
  }

  /**
   * A level or value as written: the number, the name, or both ("3 - Terdefinisi", "1,26 - Rintisan"). Either part
   * may be null. Whether a fraction is allowed is the framework's to say ({@link FrameworkResolver#value}).
   */
  public record LevelText(BigDecimal number, String name) {}

  public static LevelText level(String raw) throws ParseFailure {
    String text = LEVEL_PREFIX.matcher(raw.trim()).replaceFirst("").trim();
    Integer word = LEVEL_WORDS.get(text.toLowerCase(Locale.ROOT)); // "tiga", "Level Tiga"
    if (word != null) {
      return new LevelText(BigDecimal.valueOf(word), null);
    }
    Matcher m = LEVEL_NUMBER.matcher(text);
    if (m.matches()) {
      BigDecimal value = decimal(m.group(1), Expectation.of("tingkat kematangan", "a maturity level"));
      if (value.compareTo(MAX_LEVEL_WRITTEN) > 0) { // "99999999999" is no level, and no decimal(5,2) either
        throw new ParseFailure(ReasonCode.LEVEL_OUT_OF_RANGE, Expectation.same("(0-5)"));
      }
      String name = m.group(2).trim();
      return new LevelText(value, name.isEmpty() ? null : name);
    }
    if (text.matches("[\\p{L} ]+")) {
      return new LevelText(null, text.replaceAll("\\s+", " "));
    }
    throw new ParseFailure(ReasonCode.BAD_NUMBER, Expectation.of("tingkat kematangan, mis. 3, Level 3 atau 3 - Terdefinisi",
        "a maturity level such as 3, Level 3 or 3 - Terdefinisi"));
  }

  /** A whole level where only whole levels make sense (targets, the level a raise starts from). */
  public static int wholeLevel(LevelText text) throws ParseFailure {
    if (text.number() == null) {
      throw new ParseFailure(ReasonCode.BAD_NUMBER, Expectation.of("angka tingkat, mis. 3", "a level number such as 3"));
    }
    if (text.number().stripTrailingZeros().scale() > 0) {
      throw new ParseFailure(ReasonCode.LEVEL_NOT_INTEGER, Expectation.of("(mis. 3)", "(e.g. 3)"));
    }
    return text.number().intValueExact();
  }

  /**
   * Verification flags of an assessor's result (uploaded, interviewed, approved): yes, no, or not applicable
   * ("na", "-", empty), which is null: an externally scored indicator is neither verified nor not.
   */
  public static Boolean verification(String raw) throws ParseFailure {
    String text = raw.trim().toLowerCase(Locale.ROOT);
    return switch (text) {
      case "", "na", "n/a", "-", "tidak berlaku" -> null;
      default -> flag(text);
    };
  }

  public enum Scope { INDEX, DOMAIN, ASPECT, INDICATOR }

  public static Scope scope(String raw) throws ParseFailure {
    return switch (raw.trim().toLowerCase(Locale.ROOT)) {
      case "indeks", "index", "indeks spbe", "indeks pemdi", "spbe", "pemdi", "total" -> Scope.INDEX;
      case "domain" -> Scope.DOMAIN;
      case "aspek", "aspect" -> Scope.ASPECT;
      case "", "indikator", "indicator" -> Scope.INDICATOR;
      default -> throw new ParseFailure(ReasonCode.UNKNOWN_SCOPE, Expectation.same("indeks, domain, aspek, indikator"));
    };
  }

  /** "D1", "Domain 1" and "1" under scope domain are all D1. */
  public static String scopeCode(String raw, Scope scope) throws ParseFailure {
    Matcher m = SCOPE_CODE.matcher(raw.trim());
    if (!m.matches()) {
      throw new ParseFailure(ReasonCode.UNKNOWN_SCOPE_CODE, Expectation.same(scope == Scope.DOMAIN ? "D1, D2, ..." : "A1, A2, ..."));
    }
    return (scope == Scope.DOMAIN ? "D" : "A") + Integer.parseInt(m.group(1));
  }

  /** Codes typed into Excel often come back as numbers: 6521.0 is 6521. */
  public static String code(String raw) {
    String text = raw.trim();
    return WHOLE_NUMBER_WITH_ZEROS.matcher(text).matches() ? text.substring(0, text.indexOf('.')) : text;
  }

  public static String instansiKind(String raw) throws ParseFailure {
    return switch (raw.trim().toLowerCase(Locale.ROOT)) {
      case "provinsi", "province", "prov", "pemprov" -> "provinsi";
      case "kabupaten", "kab", "kab.", "regency", "pemkab" -> "kabupaten";
      case "kota", "city", "pemkot" -> "kota";
      case "pusat", "kementerian", "lembaga", "k/l", "kl", "central", "instansi pusat" -> "pusat";
      default -> throw new ParseFailure(ReasonCode.UNKNOWN_INSTANSI_KIND, Expectation.same("provinsi, kabupaten, kota, pusat"));
    };
  }
}
