package kpi.app.write;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text tables whose long cells wrap at word boundaries instead of being cut: each column has
 * a width, a row takes as many lines as its tallest cell. Lines use LF and carry no trailing
 * spaces. Pure.
 */
public final class WrappedTable {
  private WrappedTable() {}

  /** The widest cell of each column over all rows, in code points. */
  public static int[] natural(List<List<String>> rows) {
    int[] w = new int[rows.get(0).size()];
    for (List<String> r : rows) {
      for (int i = 0; i < w.length; i++) {
        w[i] = Math.max(w[i], length(r.get(i)));
      }
    }
    return w;
  }

  /** One row as lines, each cell wrapped to its column's width, columns two spaces apart. */
  public static List<String> lines(List<String> row, int[] width) {
    List<List<String>> cells = new ArrayList<>();
    int height = 1;
    for (int i = 0; i < width.length; i++) {
      List<String> wrapped = wrap(row.get(i), width[i]);
      cells.add(wrapped);
      height = Math.max(height, wrapped.size());
    }
    List<String> out = new ArrayList<>();
    for (int line = 0; line < height; line++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < width.length; i++) {
        String part = line < cells.get(i).size() ? cells.get(i).get(line) : "";
        b.append(part);
        if (i < width.length - 1) {
          b.append(" ".repeat(Math.max(0, width[i] - length(part)) + 2));
        }
      }
      out.add(b.toString().stripTrailing());
    }
    return out;
  }

  /** Text wrapped at spaces to a width; a word longer than the width is split. */
  public static List<String> wrap(String text, int width) {
    List<String> out = new ArrayList<>();
    if (width <= 0 || length(text) <= width) {
      out.add(text);
      return out;
    }
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      while (length(word) > width) {
        if (line.length() > 0) {
          out.add(line.toString());
          line.setLength(0);
        }
        out.add(word.substring(0, width));
        word = word.substring(width);
      }
      if (line.length() == 0) {
        line.append(word);
      } else if (length(line.toString()) + 1 + length(word) <= width) {
        line.append(' ').append(word);
      } else {
        out.add(line.toString());
        line.setLength(0);
        line.append(word);
      }
    }
    if (line.length() > 0) {
      out.add(line.toString());
    }
    return out;
  }

  static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
