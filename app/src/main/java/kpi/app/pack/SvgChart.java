package kpi.app.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kpi.app.pack.PackModel.Chart;
import kpi.app.pack.PackModel.Row;
import kpi.app.pack.PackModel.Table;
import kpi.app.write.Html;

/**
 * Draws a table as an inline SVG line or bar chart: no scripts, no external resources, a title
 * and description for screen readers, and series told apart by dash pattern and legend text as
 * well as by colour. Missing and suppressed points are gaps.
 */
final class SvgChart {
  private static final String[] COLOURS = {"#1d70b8", "#d4351c", "#00703c", "#4c2c92",
      "#b58840"};
  private static final String[] DASHES = {"", "6 3", "2 3", "8 3 2 3", "1 2"};
  private static final int W = 720;
  private static final int H = 320;
  private static final int LEFT = 56;
  private static final int RIGHT = 16;
  private static final int TOP = 16;
  private static final int BOTTOM = 70;

  private SvgChart() {}

  static String draw(Table t, String id) {
    List<Row> rows = new ArrayList<>(t.rows());
    if (!rows.isEmpty() && rows.get(rows.size() - 1).label().equals("Total")) {
      rows.remove(rows.size() - 1);
    }
    int series = t.columns().size()
        - (t.columns().get(t.columns().size() - 1).equals("Total") ? 1 : 0);
    if (t.chart() == Chart.LINE) {
      series = Math.min(series, 2 + (t.columns().size() >= 4 ? 2 : 0));
    }
    double max = 0;
    double min = 0;
    for (Row r : rows) {
      for (int s = 0; s < series && s < r.cells().size(); s++) {
        Double v = r.cells().get(s).value();
        if (v != null) {
          max = Math.max(max, v);
          min = Math.min(min, v);
        }
      }
    }
    if (max == min) {
      max = min + 1;
    }
    double top = niceCeiling(max);
    double bottom = min < 0 ? -niceCeiling(-min) : 0;
    StringBuilder b = new StringBuilder();
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(W).append(' ')
        .append(H).append("\" width=\"100%\" role=\"img\" aria-labelledby=\"").append(id)
        .append("-t ").append(id).append("-d\">\n");
    b.append("<title id=\"").append(id).append("-t\">").append(Html.escape(t.title()))
        .append("</title>\n<desc id=\"").append(id).append("-d\">").append(Html.escape(
            (t.chart() == Chart.LINE ? "Line" : "Bar") + " chart; the table after it gives every"
                + " value.")).append("</desc>\n");
    int plotW = W - LEFT - RIGHT;
    int plotH = H - TOP - BOTTOM;
    for (int i = 0; i <= 4; i++) {
      double v = bottom + (top - bottom) * i / 4;
      double y = TOP + plotH - plotH * (v - bottom) / (top - bottom);
      b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\""
          + " stroke=\"#b1b4b6\" stroke-width=\"1\"/>\n", LEFT, y, W - RIGHT, y));
      b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"12\""
          + " text-anchor=\"end\" fill=\"#0b0c0c\">%s</text>\n", LEFT - 6, y + 4, label(v)));
    }
    int n = rows.size();
    double step = n == 0 ? 0 : (double) plotW / n;
    int every = Math.max(1, (int) Math.ceil(n / 12.0));
    for (int i = 0; i < n; i += every) {
      double x = LEFT + step * (i + 0.5);
      b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\""
          + " text-anchor=\"end\" fill=\"#0b0c0c\" transform=\"rotate(-40 %.1f %d)\">%s</text>\n",
          x, TOP + plotH + 16, x, TOP + plotH + 16, Html.escape(rows.get(i).label())));
    }
    for (int s = 0; s < series; s++) {
      String colour = COLOURS[s % COLOURS.length];
      if (t.chart() == Chart.LINE) {
        StringBuilder pts = new StringBuilder();
        for (int i = 0; i < n; i++) {
          Double v = value(rows.get(i), s);
          if (v == null) {
            b.append(polyline(pts, colour, DASHES[s % DASHES.length]));
            pts.setLength(0);
            continue;
          }
          double x = LEFT + step * (i + 0.5);
          double y = TOP + plotH - plotH * (v - bottom) / (top - bottom);
          pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        b.append(polyline(pts, colour, DASHES[s % DASHES.length]));
      } else {
        double barW = step * 0.8 / series;
        double zero = TOP + plotH - plotH * (0 - bottom) / (top - bottom);
        for (int i = 0; i < n; i++) {
          Double v = value(rows.get(i), s);
          if (v == null) {
            continue;
          }
          double x = LEFT + step * i + step * 0.1 + barW * s;
          double y = TOP + plotH - plotH * (v - bottom) / (top - bottom);
          b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
              + " height=\"%.1f\" fill=\"%s\"/>\n", x, Math.min(y, zero), barW,
              Math.abs(zero - y), colour));
        }
      }
    }
    int lx = LEFT;
    for (int s = 0; s < series; s++) {
      String colour = COLOURS[s % COLOURS.length];
      b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\""
          + " stroke=\"%s\" stroke-width=\"3\" stroke-dasharray=\"%s\"/>\n", lx, H - 10, lx + 24,
          H - 10, colour, DASHES[s % DASHES.length]));
      String name = t.columns().get(s);
      b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\""
          + " fill=\"#0b0c0c\">%s</text>\n", lx + 28, H - 6, Html.escape(name)));
      lx += 40 + name.length() * 7;
    }
    return b.append("</svg>\n").toString();
  }

  private static Double value(Row r, int s) {
    return s < r.cells().size() ? r.cells().get(s).value() : null;
  }

  private static String polyline(StringBuilder pts, String colour, String dash) {
    if (pts.length() == 0) {
      return "";
    }
    return "<polyline fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2.5\""
        + (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"") + " points=\""
        + pts.toString().strip() + "\"/>\n";
  }

  private static double niceCeiling(double v) {
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * p >= v) {
        return m * p;
      }
    }
    return 10 * p;
  }

  private static String label(double v) {
    if (Math.abs(v - Math.rint(v)) < 1e-9) {
      return String.format(Locale.ROOT, "%,d", (long) Math.rint(v));
    }
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
