package kpi.core.catalog;

import java.math.BigDecimal;
import kpi.core.InvalidRequestException;

/**
 * The band within which a change counts as no change: percentage points for percent KPIs, a
 * fraction of |previous| for others, unless a KPI sets its own. Immutable.
 *
 * @param percentPoints band for percent units, in percentage points
 * @param otherRelative band for other units, as a fraction of |previous|
 * @param override a KPI's own band, or null
 * @param inclusive true for the older wording (a change equal to the band is no change); false, the
 *     default, for DfE's current wording (a change of at least the band is a change)
 */
public record NoChangeBand(
    double percentPoints, double otherRelative, Tolerance override, boolean inclusive) {
  public NoChangeBand {
    if (percentPoints < 0 || otherRelative < 0) {
      throw new InvalidRequestException("no-change band must be >= 0");
    }
  }

  /** A band with DfE's current boundary: only a change smaller than the band is no change. */
  public NoChangeBand(double percentPoints, double otherRelative, Tolerance override) {
    this(percentPoints, otherRelative, override, false);
  }

  /** DfE's NEET convention: 0.5 percentage points; 1% for other units. */
  public static NoChangeBand standard() {
    return new NoChangeBand(0.5, 0.01, null);
  }

  /** The band for a KPI of this unit, given the previous value. */
  public double resolve(Unit unit, double previous) {
    if (override != null) {
      return override.resolve(previous);
    }
    // decimal arithmetic, as in Tolerance.Relative: 1% of 0.7 is 0.007, not 0.006999999999999999
    return unit == Unit.PERCENT
        ? percentPoints
        : BigDecimal.valueOf(otherRelative)
            .multiply(BigDecimal.valueOf(Math.abs(previous)))
            .doubleValue();
  }

  /** The same defaults with a KPI's own band. */
  public NoChangeBand withOverride(Tolerance kpiBand) {
    return new NoChangeBand(percentPoints, otherRelative, kpiBand, inclusive);
  }

  /** True when a change of this size (non-negative) is no change. */
  public boolean isNoChange(BigDecimal size, BigDecimal band) {
    int c = size.compareTo(band);
    return inclusive ? c <= 0 : c < 0;
  }
}
