package kpi.app.diff;

import java.util.ArrayList;
import java.util.List;
import kpi.app.write.Display;
import kpi.core.catalog.Unit;
import kpi.core.diff.CellChange;
import kpi.core.diff.Diff;
import kpi.core.diff.KpiChange;
import kpi.core.diff.KpiFigures;

/** Wording and rounding shared by the human formats (text, Markdown, annotations). Pure. */
final class DiffText {
  private DiffText() {}

  /** A value rounded for its unit; {@code none} for no value, {@code absent} for no KPI. */
  static String value(KpiFigures f, Double v) {
    if (f == null) {
      return "absent";
    }
    if (v == null) {
      return "none";
    }
    Unit unit = unit(f.unit());
    return unit == null ? Display.decimal(v, 2) : Display.value(v, unit);
  }

  /** A count (numerator, denominator) to 1 dp when it is not whole (Dec-Feb means). */
  static String count(Double v) {
    if (v == null) {
      return "none";
    }
    return v == Math.rint(v) ? Display.decimal(v, 0) : Display.decimal(v, 1);
  }

  /** The change in the unit's terms, signed ({@code +0.3 pp}). */
  static String change(KpiChange k) {
    if (k.change() == null) {
      return "";
    }
    Unit unit = unit(k.after().unit());
    String shown = unit == null ? signed(k.change(), 2) : Display.change(k.change(), unit);
    if (k.change() != 0 && !shown.matches(".*[1-9].*")) {
      // a restatement smaller than the unit's rounding still shows, one place finer
      int scale = unit == Unit.COUNT ? 1 : unit == Unit.SCORE ? 3 : 2;
      shown = signed(k.change(), scale) + (unit == Unit.PERCENT ? " pp" : "");
    }
    return shown;
  }

  private static String signed(double d, int scale) {
    String s = Display.decimal(d, scale);
    return s.startsWith("-") ? s : "+" + s;
  }

  static String status(KpiFigures f) {
    return f == null ? "absent" : f.status();
  }

  static String direction(KpiFigures f) {
    return f == null ? "absent" : f.direction();
  }

  /** {@code A -> B} when they differ, else {@code A}. */
  static String fromTo(String before, String after) {
    return before.equals(after) ? before : before + " -> " + after;
  }

  /** The other things that changed about a KPI besides value, status and direction. */
  static List<String> details(KpiChange k) {
    List<String> out = new ArrayList<>();
    KpiFigures a = k.before();
    KpiFigures b = k.after();
    if (a == null) {
      out.add("new on this scorecard");
      return out;
    }
    if (b == null) {
      out.add("no longer on the scorecard");
      return out;
    }
    if (k.countsChanged()) {
      out.add(
          "numerator "
              + fromTo(count(a.numerator()), count(b.numerator()))
              + ", denominator "
              + fromTo(count(a.denominator()), count(b.denominator())));
    }
    if (k.rankChanged()) {
      out.add("rank " + text(a.rank()) + " -> " + text(b.rank()));
    }
    if (k.quintileChanged()) {
      out.add("quintile " + text(a.quintile()) + " -> " + text(b.quintile()));
    }
    List<String> suppressed = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (CellChange c : k.cells()) {
      (c instanceof CellChange.Suppressed ? suppressed : shown)
          .add(c.label() + " (" + c.code() + ")");
    }
    if (!suppressed.isEmpty()) {
      out.add("newly suppressed: " + String.join(", ", suppressed));
    }
    if (!shown.isEmpty()) {
      out.add("no longer suppressed: " + String.join(", ", shown));
    }
    return out;
  }

  /** {@code 2 of 37 KPIs changed; 1 of 9 files changed}. */
  static String summary(DiffReport r) {
    Diff d = r.diff();
    if (d.noChanges()) {
      return "no changes";
    }
    String s = d.changedKpis().size() + " of " + d.kpis().size() + " KPIs changed";
    if (r.filesCompared()) {
      s += "; " + d.changedFiles().size() + " of " + d.files().size() + " files changed";
    }
    return s;
  }

  private static String text(Integer i) {
    return i == null ? "none" : i.toString();
  }

  private static Unit unit(String id) {
    for (Unit u : Unit.values()) {
      if (u.id().equals(id)) {
        return u;
      }
    }
    return null;
  }
}
