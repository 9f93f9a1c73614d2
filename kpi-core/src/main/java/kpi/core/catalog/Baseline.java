package kpi.core.catalog;

import kpi.core.InvalidRequestException;
import kpi.core.period.Period;

/**
 * A target's baseline: a period whose value is computed from the data (or taken from returns), or a
 * given value. Immutable.
 *
 * @param period the baseline period
 * @param value the given value, or null to compute it
 */
public record Baseline(Period period, Double value) {
  public Baseline {
    InvalidRequestException.require(period, "baseline period");
    if (value != null && !Double.isFinite(value)) {
      throw new InvalidRequestException("baseline value must be finite");
    }
  }
}
