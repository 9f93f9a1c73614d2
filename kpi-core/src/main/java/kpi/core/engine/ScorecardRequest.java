package kpi.core.engine;

import java.util.List;
import java.util.Map;
import kpi.core.engine.KpiResult.PreviousValue;
import kpi.core.period.Period;

/**
 * What to compute. Immutable.
 *
 * @param period null for the latest academic year with any KPI value
 * @param districts district codes to break down by; empty for all
 * @param previousValues earlier values by KPI id (from an earlier scorecard or returns), used when
 *     the data does not hold the comparison period
 * @param suppressBelow counts greater than 0 and below this are suppressed in breakdowns; 0 for
 *     none
 * @param earlier every earlier value by KPI id from earlier scorecards (repeated {@code --previous}
 *     files), any period: the comparison period's value and the history where the data lacks them
 */
public record ScorecardRequest(
    Period period,
    List<String> districts,
    Map<String, PreviousValue> previousValues,
    int suppressBelow,
    Map<String, List<PreviousValue>> earlier) {

  public ScorecardRequest {
    districts = districts == null ? List.of() : List.copyOf(districts);
    previousValues = previousValues == null ? Map.of() : Map.copyOf(previousValues);
    earlier = earlier == null ? Map.of() : Map.copyOf(earlier);
  }

  /** A request without earlier scorecards' histories. */
  public ScorecardRequest(
      Period period,
      List<String> districts,
      Map<String, PreviousValue> previousValues,
      int suppressBelow) {
    this(period, districts, previousValues, suppressBelow, Map.of());
  }

  public static ScorecardRequest defaults() {
    return new ScorecardRequest(null, List.of(), Map.of(), 0);
  }

  public ScorecardRequest withPeriod(Period p) {
    return new ScorecardRequest(p, districts, previousValues, suppressBelow, earlier);
  }

  /** An earlier scorecard's value for a KPI in a period, or null. */
  public PreviousValue earlierValue(String kpiId, String period) {
    PreviousValue given = previousValues.get(kpiId);
    if (given != null && given.value() != null && given.period().equals(period)) {
      return given;
    }
    for (PreviousValue v : earlier.getOrDefault(kpiId, List.of())) {
      if (v.value() != null && v.period().equals(period)) {
        return v;
      }
    }
    return null;
  }
}
