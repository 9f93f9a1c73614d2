package kpi.app.write;

/**
 * HTML text escaping for the project's hand-written, script-free pages: markup characters as
 * entities, control characters dropped.
 */
public final class Html {
  private Html() {}

  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        case '\t', '\n', '\r' -> b.append(c);
        default -> {
          // Control characters are not allowed in HTML text; they are dropped.
          if (c >= 0x20 && (c < 0x7F || c > 0x9F)) {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
