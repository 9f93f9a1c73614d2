package kpi.app.write;

import java.io.PrintWriter;
import java.util.List;

/** Plain-text tables: left-aligned columns separated by two spaces, LF line ends. */
public final class TextTable {
  private TextTable() {}

  /**
   * Prints rows (the first is the header); trailing spaces are trimmed; control characters from the
   * data are shown as {@code \x1b}, never sent to the terminal.
   */
  public static void print(PrintWriter out, List<List<String>> data) {
    List<List<String>> rows =
        data.stream().map(r -> r.stream().map(kpi.app.read.Printable::of).toList()).toList();
    int columns = rows.get(0).size();
    int[] width = new int[columns];
    for (List<String> r : rows) {
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], length(r.get(i)));
      }
    }
    for (List<String> r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        String cell = r.get(i);
        line.append(cell);
        if (i < columns - 1) {
          line.append(" ".repeat(width[i] - length(cell) + 2));
        }
      }
      out.print(line.toString().stripTrailing() + "\n");
    }
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /** Text cut to a width with an ellipsis; a width of 0 or less leaves it whole. */
  public static String shorten(String s, int width) {
    if (width <= 0 || s.length() <= width) {
      return s;
    }
    return s.substring(0, width - 1).stripTrailing() + "\u2026";
  }
}
