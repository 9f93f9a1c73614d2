package kpi.app.write;

import java.util.ArrayList;
import java.util.List;
import kpi.core.catalog.Unit;
import kpi.core.engine.KpiResult;
import kpi.core.engine.KpiResult.BreakdownRow;

/** The rounded, worded breakdown cells shared by the table and Markdown scorecards. */
final class HumanRows {
  static final List<String> BREAKDOWN_HEADER =
      List.of("ID", "Breakdown", "Area / group", "Value", "Numerator", "Denominator", "Would sit");

  private HumanRows() {}

  static List<List<String>> breakdown(KpiResult k) {
    List<List<String>> rows = new ArrayList<>();
    Unit unit = k.kpi().unit();
    for (BreakdownRow b : k.breakdown()) {
      rows.add(
          List.of(
              k.kpi().id(),
              b.dimension(),
              b.label(),
              b.suppressed() ? "c" : b.value() == null ? "x" : Display.value(b.value(), unit),
              b.suppressed() ? "c" : Display.count(b.numerator()),
              b.suppressed() ? "c" : Display.count(b.denominator()),
              b.suppressed() || b.quintile() == null ? "" : "quintile " + b.quintile()));
    }
    return rows;
  }
}
