package kpi.core.pack;

import java.util.ArrayList;
import java.util.List;
import kpi.core.catalog.Unit;
import kpi.core.pack.PackModel.Chart;
import kpi.core.pack.PackModel.Row;
import kpi.core.pack.PackModel.Table;

/**
 * Which charts draw a table: every column (but a row-totals column) is a series of exactly one
 * chart, and columns on different scales get charts of their own, so percentages, Attainment 8 and
 * Progress 8 never share an axis. The XLSX and HTML packs draw the same plan. Pure.
 */
public final class ChartPlan {
  private ChartPlan() {}

  /**
   * One chart of a table.
   *
   * @param columns indexes into the table's columns, in order
   * @param rows how many rows are drawn (a totals row is left out)
   * @param empty true when no drawn cell has a value (the chart is replaced by a sentence)
   */
  public record Part(String title, Unit unit, List<Integer> columns, int rows, boolean empty) {}

  /** The charts of a table; none for a table that is not charted. */
  public static List<Part> of(Table t) {
    if (t.chart() == Chart.NONE) {
      return List.of();
    }
    int rows = t.rows().size();
    if (rows > 0 && t.rows().get(rows - 1).label().equals("Total")) {
      rows--;
    }
    int cols = t.columns().size();
    if (cols > 1 && t.columns().get(cols - 1).equals("Total")) {
      cols--;
    }
    List<Integer> percent = new ArrayList<>();
    List<Integer> other = new ArrayList<>();
    for (int c = 0; c < cols; c++) {
      (unitOf(t, c) == Unit.PERCENT ? percent : other).add(c);
    }
    List<List<Integer>> groups = new ArrayList<>();
    List<Unit> units = new ArrayList<>();
    if (!percent.isEmpty()) {
      groups.add(percent);
      units.add(Unit.PERCENT);
    }
    if (!other.isEmpty()) {
      Unit unit = t.unit() == Unit.PERCENT ? Unit.SCORE : t.unit();
      // A column far smaller than the largest (Progress 8 beside Attainment 8) gets its own
      // chart: on a shared axis it would read as a flat line at zero.
      double largest = other.stream().mapToDouble(c -> maxAbs(t, c, 0)).max().orElse(0);
      List<Integer> big = new ArrayList<>();
      List<Integer> small = new ArrayList<>();
      for (int c : other) {
        (largest > 0 && maxAbs(t, c, 0) * 10 < largest ? small : big).add(c);
      }
      for (List<Integer> g : List.of(big, small)) {
        if (!g.isEmpty()) {
          groups.add(g);
          units.add(unit);
        }
      }
    }
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      List<Integer> g = groups.get(i);
      String title =
          groups.size() == 1
              ? t.title()
              : t.title()
                  + ": "
                  + (units.get(i) == Unit.PERCENT
                      ? "percentages"
                      : String.join(", ", g.stream().map(t.columns()::get).toList()));
      parts.add(part(t, g, units.get(i), rows, title));
    }
    return parts;
  }

  /** The unit of a column: headers ending in % are percentages, others the table's unit. */
  public static Unit unitOf(Table t, int column) {
    String h = t.columns().get(column).strip();
    if (h.endsWith("%")) {
      return Unit.PERCENT;
    }
    return t.unit() == Unit.PERCENT
            && t.columns().stream().anyMatch(x -> !x.strip().endsWith("%"))
            && t.columns().stream().anyMatch(x -> x.strip().endsWith("%"))
        ? Unit.SCORE
        : t.unit();
  }

  private static Part part(Table t, List<Integer> cols, Unit unit, int rows, String title) {
    boolean empty = true;
    for (int r = 0; r < rows; r++) {
      for (int c : cols) {
        if (value(t.rows().get(r), c) != null) {
          empty = false;
        }
      }
    }
    return new Part(title, unit, List.copyOf(cols), rows, empty);
  }

  private static double maxAbs(Table t, int c, double start) {
    double m = start;
    for (Row r : t.rows()) {
      Double v = value(r, c);
      if (v != null && !r.label().equals("Total")) {
        m = Math.max(m, Math.abs(v));
      }
    }
    return m;
  }

  public static Double value(Row r, int c) {
    return c < r.cells().size() ? r.cells().get(c).value() : null;
  }

  /** The sentence shown instead of a chart with nothing to draw. */
  public static String emptySentence(Part p) {
    return "No chart for "
        + p.title()
        + ": every value is missing or suppressed (see the"
        + " table).";
  }
}
