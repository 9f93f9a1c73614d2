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
 * @param previousValues earlier values by KPI id (from an earlier scorecard or returns), used
 *     when the data does not hold the comparison period
 * @param suppressBelow counts greater than 0 and below this are suppressed in breakdowns; 0 for none
 */
public record ScorecardRequest(Period period, List<String> districts,
    Map<String, PreviousValue> previousValues, int suppressBelow) {

  public ScorecardRequest {
    districts = districts == null ? List.of() : List.copyOf(districts);
    previousValues = previousValues == null ? Map.of() : Map.copyOf(previousValues);
  }

  public static ScorecardRequest defaults() {
    return new ScorecardRequest(null, List.of(), Map.of(), 0);
  }

  public ScorecardRequest withPeriod(Period p) {
    return new ScorecardRequest(p, districts, previousValues, suppressBelow);
  }
}
