package kpi.app.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kpi.core.engine.KpiResult;
import kpi.core.engine.KpiResult.HistoryPoint;

/**
 * A small inline SVG line of a KPI's history and current value for the HTML scorecard: no scripts,
 * a text alternative naming every point, the latest point marked.
 */
final class Sparkline {
  private static final int WIDTH = 120;
  private static final int HEIGHT = 28;
  private static final int PAD = 3;

  private Sparkline() {}

  /** The chart, or empty text when there are fewer than two points. */
  static String svg(KpiResult k) {
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (HistoryPoint h : k.history()) {
      if (h.value() != null) {
        labels.add(h.period());
        values.add(h.value());
      }
    }
    if (k.value() != null) {
      labels.add(k.period());
      values.add(k.value());
    }
    if (values.size() < 2) {
      return "";
    }
    double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    double span = max - min == 0 ? 1 : max - min;
    StringBuilder pts = new StringBuilder();
    StringBuilder alt = new StringBuilder("Trend: ");
    double lastX = 0;
    double lastY = 0;
    for (int i = 0; i < values.size(); i++) {
      lastX = PAD + (WIDTH - 2.0 * PAD) * i / (values.size() - 1);
      lastY = PAD + (HEIGHT - 2.0 * PAD) * (max - values.get(i)) / span;
      pts.append(i == 0 ? "" : " ").append(fmt(lastX)).append(',').append(fmt(lastY));
      alt.append(i == 0 ? "" : ", ")
          .append(labels.get(i))
          .append(' ')
          .append(Display.value(values.get(i), k.kpi().unit()));
    }
    return "<svg class=\"spark\" role=\"img\" width=\""
        + WIDTH
        + "\" height=\""
        + HEIGHT
        + "\" viewBox=\"0 0 "
        + WIDTH
        + " "
        + HEIGHT
        + "\"><title>"
        + Html.escape(alt.toString())
        + "</title><polyline fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"1.5\" points=\""
        + pts
        + "\"/><circle cx=\""
        + fmt(lastX)
        + "\" cy=\""
        + fmt(lastY)
        + "\" r=\"2.5\" fill=\"#0b0c0c\"/></svg>";
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }
}
