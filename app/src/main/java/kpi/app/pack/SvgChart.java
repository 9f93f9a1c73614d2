package kpi.app.pack;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kpi.app.write.Html;
import kpi.app.write.WrappedTable;
import kpi.core.catalog.Unit;
import kpi.core.pack.ChartPlan;
import kpi.core.pack.PackModel.Chart;
import kpi.core.pack.PackModel.Row;
import kpi.core.pack.PackModel.Table;

/**
 * Draws one part of a table's {@link ChartPlan} as an inline SVG line or bar chart: no scripts, no
 * external resources, a title and description for screen readers, series told apart by dash pattern
 * and legend text as well as colour (bar legends show filled swatches), category labels wrapped (or
 * turned) to fit and the space below the plot sized to them. Missing and suppressed points are
 * gaps.
 */
final class SvgChart {
  private static final String[] COLOURS = {
    "#1d70b8", "#d4351c", "#00703c", "#4c2c92", "#b58840", "#28a197", "#f499be", "#6f72af"
  };
  private static final String[] DASHES = {"", "6 3", "2 3", "8 3 2 3", "1 2"};
  private static final int W = 720;
  private static final int PLOT_H = 230;
  private static final int LEFT = 64;
  private static final int RIGHT = 16;
  private static final int TOP = 28;
  private static final double CHAR = 6.6;

  private SvgChart() {}

  static String draw(Table t, ChartPlan.Part p, String id) {
    List<Row> rows = t.rows().subList(0, p.rows());
    double max = 0;
    double min = 0;
    for (Row r : rows) {
      for (int c : p.columns()) {
        Double v = ChartPlan.value(r, c);
        if (v != null) {
          max = Math.max(max, v);
          min = Math.min(min, v);
        }
      }
    }
    if (max == min) {
      max = min + 1;
    }
    // A floor on the span so a near-flat series (Progress 8 around zero) is not magnified into
    // ticks finer than the values are shown.
    double floor =
        switch (p.unit()) {
          case SCORE -> 0.4;
          default -> 4;
        };
    double span = niceCeiling(Math.max(floor, Math.max(max, 0) - Math.min(min, 0)));
    double tick = span / 4;
    double top = Math.ceil(max / tick - 1e-9) * tick;
    double bottom = min < 0 ? -Math.ceil(-min / tick - 1e-9) * tick : 0;
    int ticks =
        BigDecimal.valueOf((top - bottom) / tick).setScale(0, RoundingMode.HALF_UP).intValue();
    int plotW = W - LEFT - RIGHT;
    int n = rows.size();
    double step = n == 0 ? 0 : (double) plotW / n;
    int every = Math.max(1, (int) Math.ceil(n / 12.0));

    // Category labels: wrapped under their slot when three lines suffice, else turned.
    int perLine = Math.max(4, (int) Math.floor(step * every / 6.0));
    boolean turn = false;
    int labelLines = 1;
    int longest = 0;
    for (int i = 0; i < n; i += every) {
      String label = rows.get(i).label();
      longest = Math.max(longest, label.length());
      int lines = WrappedTable.wrap(label, perLine).size();
      labelLines = Math.max(labelLines, lines);
      turn |= lines > 3;
    }
    int labelSpace = turn ? (int) Math.ceil(14 + longest * CHAR * 0.65) : 8 + 14 * labelLines;

    // Legend: one entry per series, wrapped onto as many rows as needed.
    List<int[]> legendAt = new ArrayList<>();
    int lx = LEFT;
    int legendRow = 0;
    for (int c : p.columns()) {
      int width = 34 + (int) Math.ceil(t.columns().get(c).length() * CHAR) + 16;
      if (lx + width > W - RIGHT && lx > LEFT) {
        lx = LEFT;
        legendRow++;
      }
      legendAt.add(new int[] {lx, legendRow});
      lx += width;
    }
    int legendTop = TOP + PLOT_H + labelSpace + 12;
    int h = legendTop + 20 * (legendRow + 1) + 4;

    StringBuilder b = new StringBuilder();
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(W)
        .append(' ')
        .append(h)
        .append("\" width=\"100%\" role=\"img\" aria-labelledby=\"")
        .append(id)
        .append("-t ")
        .append(id)
        .append("-d\">\n");
    b.append("<title id=\"")
        .append(id)
        .append("-t\">")
        .append(Html.escape(p.title()))
        .append("</title>\n<desc id=\"")
        .append(id)
        .append("-d\">")
        .append(
            Html.escape(
                (t.chart() == Chart.LINE ? "Line" : "Bar")
                    + " chart of "
                    + String.join(", ", p.columns().stream().map(t.columns()::get).toList())
                    + " by "
                    + t.firstColumn().toLowerCase(Locale.ROOT)
                    + "; the table after it gives every value."))
        .append("</desc>\n");
    b.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" font-size=\"12\"" + " fill=\"#0b0c0c\">%s</text>\n",
            4,
            TOP - 12,
            axisName(p.unit())));
    for (int i = 0; i <= ticks; i++) {
      double v = bottom + tick * i;
      double y = TOP + PLOT_H - PLOT_H * (v - bottom) / (top - bottom);
      b.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\""
                  + " stroke=\"%s\" stroke-width=\"1\"/>\n",
              LEFT,
              y,
              W - RIGHT,
              y,
              Math.abs(v) < tick / 1e6 ? "#0b0c0c" : "#b1b4b6"));
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%.1f\" font-size=\"12\""
                  + " text-anchor=\"end\" fill=\"#0b0c0c\">%s</text>\n",
              LEFT - 6,
              y + 4,
              label(v, tick, p.unit())));
    }
    for (int i = 0; i < n; i += every) {
      double x = LEFT + step * (i + 0.5);
      String label = rows.get(i).label();
      int y0 = TOP + PLOT_H + 16;
      if (turn) {
        b.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%d\" font-size=\"11\""
                    + " text-anchor=\"end\" fill=\"#0b0c0c\" transform=\"rotate(-40 %.1f %d)\">%s"
                    + "</text>\n",
                x,
                y0,
                x,
                y0,
                Html.escape(label)));
      } else {
        b.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%d\" font-size=\"11\""
                    + " text-anchor=\"middle\" fill=\"#0b0c0c\">",
                x,
                y0));
        List<String> lines = WrappedTable.wrap(label, perLine);
        for (int l = 0; l < lines.size(); l++) {
          b.append(
              String.format(
                  Locale.ROOT,
                  "<tspan x=\"%.1f\" dy=\"%d\">%s</tspan>",
                  x,
                  l == 0 ? 0 : 14,
                  Html.escape(lines.get(l))));
        }
        b.append("</text>\n");
      }
    }
    int series = p.columns().size();
    for (int s = 0; s < series; s++) {
      int c = p.columns().get(s);
      String colour = COLOURS[s % COLOURS.length];
      if (t.chart() == Chart.LINE) {
        StringBuilder pts = new StringBuilder();
        for (int i = 0; i < n; i++) {
          Double v = ChartPlan.value(rows.get(i), c);
          if (v == null) {
            b.append(polyline(pts, colour, DASHES[s % DASHES.length]));
            pts.setLength(0);
            continue;
          }
          double x = LEFT + step * (i + 0.5);
          double y = TOP + PLOT_H - PLOT_H * (v - bottom) / (top - bottom);
          pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        b.append(polyline(pts, colour, DASHES[s % DASHES.length]));
      } else {
        double barW = step * 0.8 / series;
        double zero = TOP + PLOT_H - PLOT_H * (0 - bottom) / (top - bottom);
        for (int i = 0; i < n; i++) {
          Double v = ChartPlan.value(rows.get(i), c);
          if (v == null) {
            continue;
          }
          double x = LEFT + step * i + step * 0.1 + barW * s;
          double y = TOP + PLOT_H - PLOT_H * (v - bottom) / (top - bottom);
          b.append(
              String.format(
                  Locale.ROOT,
                  "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\"" + " height=\"%.1f\" fill=\"%s\"/>\n",
                  x,
                  Math.min(y, zero),
                  barW,
                  Math.abs(zero - y),
                  colour));
        }
      }
    }
    for (int s = 0; s < series; s++) {
      String colour = COLOURS[s % COLOURS.length];
      int x = legendAt.get(s)[0];
      int y = legendTop + 20 * legendAt.get(s)[1];
      if (t.chart() == Chart.LINE) {
        b.append(
            String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\""
                    + " stroke=\"%s\" stroke-width=\"3\"%s/>\n",
                x,
                y + 6,
                x + 26,
                y + 6,
                colour,
                DASHES[s % DASHES.length].isEmpty()
                    ? ""
                    : " stroke-dasharray=\"" + DASHES[s % DASHES.length] + "\""));
      } else {
        b.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\"" + " fill=\"%s\"/>\n",
                x + 6,
                y - 1,
                colour));
      }
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" font-size=\"12\"" + " fill=\"#0b0c0c\">%s</text>\n",
              x + 32,
              y + 11,
              Html.escape(t.columns().get(p.columns().get(s)))));
    }
    return b.append("</svg>\n").toString();
  }

  private static String axisName(Unit unit) {
    return switch (unit) {
      case PERCENT -> "Per cent";
      case COUNT -> "Number";
      case SCORE -> "Score";
      case RATE_PER_100K -> "Rate per 100,000";
    };
  }

  private static String polyline(StringBuilder pts, String colour, String dash) {
    if (pts.length() == 0) {
      return "";
    }
    return "<polyline fill=\"none\" stroke=\""
        + colour
        + "\" stroke-width=\"2.5\""
        + (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"")
        + " points=\""
        + pts.toString().strip()
        + "\"/>\n";
  }

  static double niceCeiling(double v) {
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 2, 2.5, 4, 5, 8, 10}) {
      if (m * p >= v - 1e-12) {
        return m * p;
      }
    }
    return 10 * p;
  }

  /** A tick label with as many decimals as the tick step needs, never "-0". */
  static String label(double v, double tick, Unit unit) {
    int decimals = 0;
    while (decimals < 4
        && Math.abs(tick * Math.pow(10, decimals) - Math.rint(tick * Math.pow(10, decimals)))
            > 1e-6) {
      decimals++;
    }
    BigDecimal b = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP);
    if (b.signum() == 0) {
      b = b.abs();
    }
    String s = decimals == 0 ? String.format(Locale.UK, "%,d", b.longValue()) : b.toPlainString();
    return unit == Unit.PERCENT ? s + "%" : s;
  }
}
