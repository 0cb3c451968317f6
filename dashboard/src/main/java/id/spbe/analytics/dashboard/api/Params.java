package id.spbe.analytics.dashboard.api;

import io.javalin.http.Context;
import java.util.Collection;

/** Reads request parameters and checks them against what the published data holds, before any query runs. */
final class Params {
  private Params() {}

  /** A required parameter whose value must be one of {@code known}. */
  static String oneOf(Context ctx, String name, Collection<String> known) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      throw new BadRequestException(name, "Parameter '" + name + "' wajib diisi.", "Parameter '" + name + "' is required.");
    }
    if (!known.contains(value)) {
      throw new BadRequestException(name, "Nilai '" + shorten(value) + "' untuk '" + name + "' tidak dikenal.",
          "Unknown value '" + shorten(value) + "' for '" + name + "'.");
    }
    return value;
  }

  /** Echoed values are cut short: the message must not become a vehicle for whatever was sent. */
  private static String shorten(String value) {
    String printable = value.replaceAll("[^\\p{L}\\p{N} ._-]", "?");
    return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
  }
}
