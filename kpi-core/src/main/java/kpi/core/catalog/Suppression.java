package kpi.core.catalog;

/**
 * Disclosure control settings. Immutable.
 *
 * @param suppressBelow counts greater than 0 and below this are suppressed
 */
public record Suppression(int suppressBelow) {
  public Suppression {
    if (suppressBelow < 0) {
      throw new IllegalArgumentException("suppress_below must be >= 0");
    }
  }

  public static Suppression standard() {
    return new Suppression(5);
  }

  /** True when a count must be shown as {@code c}. */
  public boolean suppresses(double count) {
    return count > 0 && count < suppressBelow;
  }
}
