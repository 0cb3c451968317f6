package id.spbe.analytics.dashboard.export;

/**
 * Neutralises text that a spreadsheet would run as a formula (CSV/formula injection): a cell beginning with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which Excel and LibreOffice show as text.
 * Only text cells pass through here; numbers, dates and booleans are written typed and stay numbers.
 */
public final class FormulaGuard {
  private FormulaGuard() {}

  public static boolean isRisky(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
  }

  public static String neutralise(String text) {
    return isRisky(text) ? "'" + text : text;
  }
}
