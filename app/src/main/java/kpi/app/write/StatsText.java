package kpi.app.write;

import java.util.ArrayList;
import java.util.List;
import kpi.core.catalog.Unit;
import kpi.core.engine.KpiResult;
import kpi.core.engine.KpiResult.HistoryPoint;
import kpi.core.engine.KpiResult.QuintileResult;
import kpi.core.engine.KpiResult.SignificanceResult;
import kpi.core.stats.Interval;
import kpi.core.stats.Level;
import kpi.core.stats.RecentTrend;
import kpi.core.stats.Significance;
import kpi.core.status.Rag;

/**
 * Words for the statistics in human outputs: the interval, the significance mark beside each
 * comparator, the quintile, the recent trend and the compact history. Pure.
 */
public final class StatsText {
  private StatsText() {}

  /** The 95% interval, e.g. {@code 5.54-6.04%}; empty when there is none. */
  public static String ci(KpiResult k) {
    Interval ci = k.ci();
    return ci == null ? "" : range(ci, k.kpi().unit());
  }

  /** An interval's limits in the unit, one decimal finer than the value for percentages. */
  public static String range(Interval ci, Unit unit) {
    return switch (unit) {
      case PERCENT -> Display.decimal(ci.lower(), 2) + "-" + Display.decimal(ci.upper(), 2) + "%";
      case COUNT ->
          Display.count(Math.floor(ci.lower() * 10) / 10)
              + "-"
              + Display.count(Math.ceil(ci.upper() * 10) / 10);
      default -> Display.decimal(ci.lower(), 1) + "-" + Display.decimal(ci.upper(), 1);
    };
  }

  /**
   * The mark after a comparator's value: {@code (worse at 99.8%)} when significant at both levels,
   * {@code (worse at 95%)} at 95% only, {@code (similar)}; empty when not compared.
   */
  public static String mark(KpiResult k, String comparator) {
    List<SignificanceResult> s = k.significanceAgainst(comparator);
    Significance at95 = result(s, Level.P95);
    Significance at998 = result(s, Level.P99_8);
    if (at95 == Significance.NOT_COMPARED) {
      return "";
    }
    if (at95 == Significance.SIMILAR) {
      return " (similar)";
    }
    return " (" + at95.words() + " at " + (at998 == at95 ? "99.8" : "95") + "%)";
  }

  private static Significance result(List<SignificanceResult> s, Level level) {
    return s.stream()
        .filter(r -> r.level() == level)
        .map(SignificanceResult::result)
        .findFirst()
        .orElse(Significance.NOT_COMPARED);
  }

  /** {@code 4 of 5 (1 = best; 150 local authorities)}; empty when there is none. */
  public static String quintile(KpiResult k) {
    QuintileResult q = k.quintile();
    if (q == null) {
      return "";
    }
    return q.value() + " of 5" + (q.placed() ? " (placed)" : "");
  }

  /** The recent trend in words: {@code decreasing, getting better}; empty when not asked for. */
  public static String trend(KpiResult k) {
    RecentTrend.Outcome t = k.trend();
    if (t == null) {
      return "";
    }
    RecentTrend.Judgement j = t.judgement(k.kpi().polarity());
    return t.result() == RecentTrend.Result.INCREASING
            || t.result() == RecentTrend.Result.DECREASING
        ? t.result().words() + ", " + j.words()
        : t.result().words();
  }

  /** The compact history: {@code 2014/15 6.1% R, 2015/16 5.9% G}, oldest first. */
  public static String history(KpiResult k) {
    List<String> parts = new ArrayList<>();
    for (HistoryPoint h : k.history()) {
      parts.add(
          h.period()
              + " "
              + Display.value(h.value(), k.kpi().unit())
              + (h.status() == null ? "" : " " + initial(h.status().rag())));
    }
    return String.join(", ", parts);
  }

  private static String initial(Rag rag) {
    return switch (rag) {
      case BLUE -> "B";
      case GREEN -> "G";
      case AMBER -> "A";
      case RED -> "R";
      case GREY -> "-";
    };
  }
}
