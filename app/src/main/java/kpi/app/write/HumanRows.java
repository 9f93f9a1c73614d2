package kpi.app.write;

import java.util.ArrayList;
import java.util.List;
import kpi.core.catalog.Unit;
import kpi.core.engine.KpiResult;
import kpi.core.engine.KpiResult.BreakdownRow;

/** The rounded, worded cells shared by the table and Markdown scorecards. */
final class HumanRows {
  static final List<String> KPI_HEADER = List.of(
      "ID", "KPI", "Value", "Target", "Status", "Previous", "Change", "Direction", "Comparators");
  static final List<String> BREAKDOWN_HEADER = List.of(
      "ID", "Breakdown", "Area / group", "Value", "Numerator", "Denominator");

  private HumanRows() {}

  static List<String> kpi(KpiResult k, int titleWidth) {
    Unit unit = k.kpi().unit();
    String previous = k.previous() == null ? ""
        : Display.value(k.previous().value(), unit) + " (" + k.previous().period() + ")";
    return List.of(
        k.kpi().id(),
        TextTable.shorten(k.kpi().title(), titleWidth),
        k.value() == null ? "no data"
            : Display.value(k.value(), unit) + (k.measuredYearly() ? " (" + k.period() + ")" : "")
                + (k.smallBase() ? " [small base]" : ""),
        k.target().text(),
        k.status().name().replace('_', ' '),
        previous,
        Display.change(k.change(), unit),
        k.direction().arrow() + " " + k.direction().words(),
        comparators(k));
  }

  /** The published figures beside the KPI: {@code England 6.0%, SN 47.10}. */
  private static String comparators(KpiResult k) {
    return String.join(", ", k.comparators().stream()
        .map(c -> (c.name().equalsIgnoreCase("Statistical neighbours") ? "SN" : c.name()) + " "
            + (c.value() != null ? Display.value(c.value(), k.kpi().unit())
                : c.symbol() != null ? c.symbol() : "x"))
        .toList());
  }

  static List<List<String>> breakdown(KpiResult k) {
    List<List<String>> rows = new ArrayList<>();
    Unit unit = k.kpi().unit();
    for (BreakdownRow b : k.breakdown()) {
      rows.add(List.of(k.kpi().id(), b.dimension(), b.label(),
          b.suppressed() ? "c" : b.value() == null ? "x" : Display.value(b.value(), unit),
          b.suppressed() ? "c" : Display.count(b.numerator()),
          b.suppressed() ? "c" : Display.count(b.denominator())));
    }
    return rows;
  }
}
