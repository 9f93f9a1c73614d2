package kpi.app.read;

import java.util.regex.Pattern;

/**
 * Numbers as spreadsheets and European-locale systems export them: thousands separators ({@code
 * 1,234}, {@code 1 234}, {@code 1.234} with a decimal comma), a decimal comma ({@code 12,5}) where
 * the file uses one, and a trailing {@code %} on a rate ({@code 32.2%} is 32.2). Anything else that
 * is not a plain number stays unreadable, never guessed.
 */
final class Numbers {
  /** Longer texts are not numbers any extract holds; refused before any parsing work. */
  static final int MAX_CHARS = 40;

  private static final Pattern PLAIN =
      Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
  private static final Pattern COMMA_THOUSANDS =
      Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern SPACE_THOUSANDS =
      Pattern.compile("[-+]?\\d{1,3}([ \\u00A0\\u202F]\\d{3})+([.,]\\d+)?");
  private static final Pattern POINT_THOUSANDS =
      Pattern.compile("[-+]?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
  private static final Pattern COMMA_DECIMAL = Pattern.compile("[-+]?\\d*,\\d+");

  private Numbers() {}

  /** Whether a text is too long to be any number (refused before parsing: no quadratic work). */
  static boolean tooLong(String text) {
    return text.length() > MAX_CHARS;
  }

  /**
   * The text as a plain number Java can parse ({@code -1234.5}), or null when it is not a number in
   * the file's convention.
   *
   * @param decimalComma whether the file writes {@code 12,5} for twelve and a half
   */
  static String plain(String text, boolean decimalComma) {
    String t = text.strip();
    if (t.length() > MAX_CHARS) {
      return null;
    }
    if (t.endsWith("%")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    if (t.isEmpty()) {
      return null;
    }
    if (decimalComma) {
      if (POINT_THOUSANDS.matcher(t).matches()) {
        return t.replace(".", "").replace(',', '.');
      }
      if (SPACE_THOUSANDS.matcher(t).matches()) {
        return t.replaceAll("[ \\u00A0\\u202F]", "").replace(',', '.');
      }
      if (COMMA_DECIMAL.matcher(t).matches()) {
        return t.replace(',', '.');
      }
      return PLAIN.matcher(t).matches() ? t : null;
    }
    if (PLAIN.matcher(t).matches()) {
      return t;
    }
    if (COMMA_THOUSANDS.matcher(t).matches()) {
      return t.replace(",", "");
    }
    if (SPACE_THOUSANDS.matcher(t).matches() && t.indexOf(',') < 0) {
      return t.replaceAll("[ \\u00A0\\u202F]", "");
    }
    return null;
  }

  /** A hint for a number that could not be read. */
  static String hint(String text, boolean decimalComma) {
    String t = text.strip();
    if (t.length() > MAX_CHARS) {
      return " (longer than " + MAX_CHARS + " characters)";
    }
    if (!decimalComma && COMMA_DECIMAL.matcher(t.replace("%", "").strip()).matches()) {
      return " (a decimal comma? this file is read with a decimal point; save it with points,"
          + " or say \"decimal\": \",\" in kpi-mapping.json)";
    }
    return "";
  }

  /** A range bound for messages: no trailing {@code .0}. */
  static String show(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
