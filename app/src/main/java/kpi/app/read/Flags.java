package kpi.app.read;

import java.util.Locale;

/** Yes/no flags: Y/N, Yes/No, true/false, 1/0; blank means unknown, never "no". */
public final class Flags {
  private Flags() {}

  /**
   * Parses a flag: null for blank.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static Boolean parse(String text) {
    if (text != null && text.length() == 1) {
      switch (text.charAt(0)) {
        case 'Y', 'y', '1', 'T', 't':
          return Boolean.TRUE;
        case 'N', 'n', '0', 'F', 'f':
          return Boolean.FALSE;
        default:
          break;
      }
    }
    String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return switch (s) {
      case "" -> null;
      case "y", "yes", "true", "1", "t" -> Boolean.TRUE;
      case "n", "no", "false", "0", "f" -> Boolean.FALSE;
      default ->
          throw new IllegalArgumentException(
              "'" + text.strip() + "' is not a yes/no flag; use Y/N, Yes/No, true/false or 1/0");
    };
  }
}
