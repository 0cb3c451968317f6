package id.spbe.analytics.dashboard.export;

/**
 * Neutralises text that a spreadsheet would run as a formula (CSV/formula injection): a cell beginning with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which Excel and LibreOffice show as text.
 * So does one whose first character after leading whitespace (spaces, tabs, line breaks, non-breaking and other
 * Unicode spaces) is {@code = + - @}: spreadsheets trim that whitespace when they read a cell, and " =1+2" would
 * run. Only text cells pass through here; numbers, dates and booleans are written typed and stay numbers.
 */
public final class FormulaGuard {
  private FormulaGuard() {}

  public static boolean isRisky(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    if (first == '\t' || first == '\r') {
      return true;
    }
    int i = 0;
    while (i < text.length() && blank(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return c == '=' || c == '+' || c == '-' || c == '@';
  }

  public static String neutralise(String text) {
    return isRisky(text) ? "'" + text : text;
  }

  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}
