package kpi.app.read;

import java.util.Locale;

/**
 * Text from the data made safe to show: control characters (which a terminal would obey, such as an
 * escape sequence that recolours or clears it) are shown as {@code \x1b}, and long values are cut,
 * so a message stays one readable line whatever the file holds.
 */
public final class Printable {
  /** How much of a value a message quotes. */
  public static final int QUOTED = 60;

  private Printable() {}

  /** Control characters (C0, DEL, C1, line and paragraph separators) shown as {@code \xNN}. */
  public static String of(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isControl(c)) {
        if (b == null) {
          b = new StringBuilder(s.length() + 8).append(s, 0, i);
        }
        b.append(
            c <= 0xFF
                ? String.format(Locale.ROOT, "\\x%02x", (int) c)
                : String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  /** As {@link #of}, keeping line breaks (for multi-line reports). */
  public static String lines(String s) {
    if (s == null) {
      return null;
    }
    String[] parts = s.split("\n", -1);
    for (int i = 0; i < parts.length; i++) {
      parts[i] = of(parts[i]);
    }
    return String.join("\n", parts);
  }

  /** A value for a message: printable and at most {@link #QUOTED} characters (with its length). */
  public static String quoted(String s) {
    if (s == null) {
      return null;
    }
    String cut =
        s.length() <= QUOTED ? s : s.substring(0, QUOTED) + "... (" + s.length() + " characters)";
    return of(cut);
  }

  static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
  }
}
