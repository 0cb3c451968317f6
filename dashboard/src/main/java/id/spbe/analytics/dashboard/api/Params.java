package id.spbe.analytics.dashboard.api;

import id.spbe.analytics.dashboard.language.Language;
import io.javalin.http.Context;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Reads request parameters and checks them against what the published data holds, before any query runs. A bad
 * value is a {@link BadRequestException} naming the parameter, the value and what is accepted, in both languages.
 */
final class Params {
  /** Known values quoted in a message at most; enough to show the form of a valid value. */
  private static final int QUOTED_CHOICES = 12;

  private Params() {}

  /** A required parameter whose value must be one of {@code known}. */
  static String oneOf(Context ctx, String name, Collection<String> known) {
    String value = optionalOneOf(ctx, name, known);
    if (value == null) {
      throw new BadRequestException(name, "Parameter '" + name + "' wajib diisi.", "Parameter '" + name + "' is required.");
    }
    return value;
  }

  /** A required parameter whose value, in any letter case ({@code XLSX}, {@code Csv}), is one of {@code known}. */
  static String oneOfIgnoringCase(Context ctx, String name, Collection<String> known) {
    String value = ctx.queryParam(name);
    String lower = value == null ? null : value.toLowerCase(java.util.Locale.ROOT);
    if (lower == null || lower.isEmpty()) {
      throw new BadRequestException(name, "Parameter '" + name + "' wajib diisi.", "Parameter '" + name + "' is required.");
    }
    if (!known.contains(lower)) {
      throw unknown(name, value, known);
    }
    return lower;
  }

  /** An optional parameter (null when absent or empty) whose value must be one of {@code known}. */
  static String optionalOneOf(Context ctx, String name, Collection<String> known) {
    String value = ctx.queryParam(name);
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (!known.contains(value)) {
      throw unknown(name, value, known);
    }
    return value;
  }

  /** The {@code page} of a paged list: 1 when absent, else a whole number from 1. */
  static int page(Context ctx) {
    String value = ctx.queryParam("page");
    if (value == null || value.isEmpty()) {
      return 1;
    }
    if (!value.matches("[1-9]\\d{0,5}")) {
      throw new BadRequestException("page", "'" + shorten(value) + "' bukan nomor halaman (contoh: 2).",
          "'" + shorten(value) + "' is not a page number (e.g. 2).");
    }
    return Integer.parseInt(value);
  }

  /** An optional year that must be one of {@code known}. */
  static Integer optionalYear(Context ctx, String name, Collection<Integer> known) {
    String value = ctx.queryParam(name);
    if (value == null || value.isEmpty()) {
      return null;
    }
    int year;
    try {
      year = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new BadRequestException(name, "'" + shorten(value) + "' bukan tahun (contoh: 2025).",
          "'" + shorten(value) + "' is not a year (e.g. 2025).");
    }
    if (!known.contains(year)) {
      throw unknown(name, value, known);
    }
    return year;
  }

  /** The {@code lang} parameter: Bahasa Indonesia when absent; {@code in} is accepted as Indonesian too. */
  static Language language(Context ctx) {
    String value = ctx.queryParam("lang");
    if (value == null || value.isEmpty()) {
      return Language.ID;
    }
    return Language.fromTag(value).orElseThrow(() -> new BadRequestException("lang",
        "Bahasa '" + shorten(value) + "' tidak tersedia; pilih 'id' atau 'en'.",
        "Language '" + shorten(value) + "' is not available; choose 'id' or 'en'."));
  }

  static BadRequestException unknown(String name, String value, Collection<?> known) {
    String choices = known.isEmpty() ? "" : known.stream().limit(QUOTED_CHOICES).map(String::valueOf)
        .collect(Collectors.joining(", ")) + (known.size() > QUOTED_CHOICES ? ", …" : "");
    return new BadRequestException(name,
        "Nilai '" + shorten(value) + "' untuk '" + name + "' tidak dikenal."
            + (choices.isEmpty() ? " Tidak ada pilihan untuk data ini." : " Pilihan: " + choices + "."),
        "Unknown value '" + shorten(value) + "' for '" + name + "'."
            + (choices.isEmpty() ? " There is no choice for this data." : " Choices: " + choices + "."));
  }

  /** Echoed values are cut short: the message must not become a vehicle for whatever was sent. */
  static String shorten(String value) {
    String printable = value.replaceAll("[^\\p{L}\\p{N} ._:-]", "?");
    return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
  }
}
