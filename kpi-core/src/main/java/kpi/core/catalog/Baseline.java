package kpi.core.catalog;

import java.util.Objects;
import kpi.core.period.Period;

/**
 * A target's baseline: a period whose value is computed from the data (or taken from returns),
 * or a given value. Immutable.
 *
 * @param period the baseline period
 * @param value the given value, or null to compute it
 */
public record Baseline(Period period, Double value) {
  public Baseline {
    Objects.requireNonNull(period, "baseline period");
    if (value != null && !Double.isFinite(value)) {
      throw new IllegalArgumentException("baseline value must be finite");
    }
  }
}
