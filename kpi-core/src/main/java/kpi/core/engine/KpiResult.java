package kpi.core.engine;

import java.util.List;
import kpi.core.catalog.KpiDefinition;
import kpi.core.comparator.Ranking;
import kpi.core.status.Direction;
import kpi.core.status.Status;
import kpi.core.status.TrendTest;

/**
 * One KPI on the scorecard: its value, target, status and direction, with everything needed to
 * explain them. Immutable.
 *
 * @param ranking the authority's rank among its peers in a published file, or null
 * @param trend the trend test over the last points, when the KPI asks for one, else null
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
    TrendTest.Result trend) {

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
  public record TargetResult(String rule, Double value, Double threshold, Double baselineValue,
      String baselinePeriod, String deadline, String text, Double amberTolerance,
      Double exceedMargin) {}

  /** The comparison period's value and where it came from ({@code data}, {@code previous scorecard}, {@code returns}). */
  public record PreviousValue(String period, Double value, String source) {}

  /** A published comparator value; {@code symbol} is the EES symbol when there is no value. */
  public record ComparatorValue(String name, String period, Double value, String symbol) {}

  /** One breakdown row. */
  public record BreakdownRow(String dimension, String code, String label, Double value,
      Double numerator, Double denominator, boolean suppressed) {}
}
