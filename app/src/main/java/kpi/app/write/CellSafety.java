package kpi.app.write;

/**
 * Neutralises spreadsheet formula injection: text that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe. Numbers are written
 * as numbers by the writers and never pass through here.
 */
public final class CellSafety {
  private CellSafety() {}

  public static String text(String s) {
    if (s == null || s.isEmpty()) {
      return s;
    }
    char c = s.charAt(0);
    if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
      return "'" + s;
    }
    return s;
  }
}
