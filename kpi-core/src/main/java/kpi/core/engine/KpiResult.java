package kpi.core.engine;

import java.util.List;
import kpi.core.catalog.KpiDefinition;
import kpi.core.comparator.ComparatorValue;
import kpi.core.comparator.Ranking;
import kpi.core.stats.Interval;
import kpi.core.stats.Level;
import kpi.core.stats.RecentTrend;
import kpi.core.stats.Significance;
import kpi.core.status.Direction;
import kpi.core.status.Status;

/**
 * One KPI on the scorecard: its value, target, status and direction, with everything needed to
 * explain them. Immutable.
 *
 * @param ranking the authority's rank among its peers in a published file, or null
 * @param trend Fingertips' recent trend over the last five annual points, when the KPI asks for
 *     one, else null
 * @param intervals the value's confidence intervals, 95% then 99.8%; empty when the value has none
 *     (a score, a hand-kept value without a denominator)
 * @param significance the value against each comparator with a value, at 95% then 99.8%
 * @param quintile where the authority sits among all areas of the comparator's level, or null
 * @param history earlier periods' values and statuses, oldest first, at most {@link
 *     #HISTORY_POINTS}
 */
public record KpiResult(
    KpiDefinition kpi,
    String period,
    Double value,
    Double numerator,
    Double denominator,
    TargetResult target,
    Status status,
    PreviousValue previous,
    Double change,
    Double noChangeBand,
    Direction direction,
    List<ComparatorValue> comparators,
    List<BreakdownRow> breakdown,
    List<String> notes,
    List<String> workings,
    Ranking ranking,
    RecentTrend.Outcome trend,
    List<Interval> intervals,
    List<SignificanceResult> significance,
    QuintileResult quintile,
    List<HistoryPoint> history) {

  /** The most earlier periods a result carries. */
  public static final int HISTORY_POINTS = 8;

  /** The start of the note a rate on a small base carries. */
  public static final String SMALL_BASE = "small base";

  /** The start of the note a yearly KPI carries in a monthly or quarterly scorecard. */
  public static final String MEASURED_YEARLY = "measured yearly";

  /** True when the value is the academic year's, shown in a monthly or quarterly scorecard. */
  public boolean measuredYearly() {
    return notes.stream().anyMatch(n -> n.startsWith(MEASURED_YEARLY));
  }

  /** True when the value is a rate on fewer than the catalog's min_denominator. */
  public boolean smallBase() {
    return notes.stream().anyMatch(n -> n.startsWith(SMALL_BASE));
  }

  public KpiResult {
    intervals = List.copyOf(intervals);
    significance = List.copyOf(significance);
    history = List.copyOf(history);
    comparators = List.copyOf(comparators);
    breakdown = List.copyOf(breakdown);
    notes = List.copyOf(notes);
    workings = List.copyOf(workings);
  }

  /**
   * The resolved target.
   *
   * @param threshold what the value was compared with, null when it could not be resolved
   * @param amberTolerance resolved, in the KPI's unit
   * @param exceedMargin resolved, in the KPI's unit
   */
  public record TargetResult(
      String rule,
      Double value,
      Double threshold,
      Double baselineValue,
      String baselinePeriod,
      String deadline,
      String text,
      Double amberTolerance,
      Double exceedMargin) {}

  /**
   * The comparison period's value and where it came from ({@code data}, {@code previous scorecard},
   * {@code returns}).
   */
  public record PreviousValue(String period, Double value, String source) {}

  /**
   * One breakdown row.
   *
   * @param quintile where the row's value would sit among the areas of the KPI's quintile
   *     distribution ("where we would sit"), or null
   */
  public record BreakdownRow(
      String dimension,
      String code,
      String label,
      Double value,
      Double numerator,
      Double denominator,
      boolean suppressed,
      Integer quintile) {
    /** A row without a quintile placement. */
    public BreakdownRow(
        String dimension,
        String code,
        String label,
        Double value,
        Double numerator,
        Double denominator,
        boolean suppressed) {
      this(dimension, code, label, value, numerator, denominator, suppressed, null);
    }
  }

  /** The 95% interval, or null. */
  public Interval ci() {
    return interval(Level.P95);
  }

  /** The interval at a level, or null. */
  public Interval interval(Level level) {
    return intervals.stream().filter(i -> i.level() == level).findFirst().orElse(null);
  }

  /** The verdicts against one comparator, 95% first. */
  public List<SignificanceResult> significanceAgainst(String name) {
    return significance.stream().filter(s -> s.against().equals(name)).toList();
  }

  /**
   * The KPI's interval against one comparator value by Fingertips' overlap rule.
   *
   * @param reference the comparator's value
   */
  public record SignificanceResult(
      String against, Level level, Double reference, Significance result) {}

  /**
   * Equal-count quintile among the areas of a published file.
   *
   * @param among the geographic level
   * @param n how many areas have a value
   * @param value the quintile, 1 = best by polarity
   * @param first which end quintile 1 is ({@code lowest value} or {@code highest value})
   * @param placed true when the authority is not in the file and its own value was placed
   * @param source the file, as named in the drop
   */
  public record QuintileResult(
      String among, int n, int value, String period, String first, boolean placed, String source) {}

  /**
   * One earlier period.
   *
   * @param source {@code data}, {@code previous scorecard} or {@code returns}
   * @param direction the direction of travel from the period before it (the same no-change band as
   *     the current direction), {@code NOT_COMPARABLE} when that period has no value
   */
  public record HistoryPoint(
      String period, Double value, Status status, String source, Direction direction) {
    /** A point whose direction is not known. */
    public HistoryPoint(String period, Double value, Status status, String source) {
      this(period, value, status, source, Direction.NOT_COMPARABLE);
    }
  }
}
