package kpi.core.catalog;

import kpi.core.InvalidRequestException;

/**
 * Disclosure control settings. Immutable.
 *
 * @param suppressBelow counts greater than 0 and below this are suppressed
 * @param complement whether a rate is also suppressed when the people it leaves out (denominator
 *     minus numerator) are that few: 25 of 26 participating tells that 1 is not
 */
public record Suppression(int suppressBelow, boolean complement) {
  public Suppression {
    if (suppressBelow < 0) {
      throw new InvalidRequestException("suppress_below must be >= 0");
    }
  }

  /** The complement rule on, as by default. */
  public Suppression(int suppressBelow) {
    this(suppressBelow, true);
  }

  public static Suppression standard() {
    return new Suppression(5);
  }

  /** True when a count must be shown as {@code c}. */
  public boolean suppresses(double count) {
    return count > 0 && count < suppressBelow;
  }
}
