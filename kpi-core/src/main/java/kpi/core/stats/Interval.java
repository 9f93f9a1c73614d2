package kpi.core.stats;

import java.util.Objects;

/**
 * A confidence interval in the KPI's own unit (percent, count or rate). Immutable.
 *
 * @param method {@code wilson} or {@code byar}
 * @param level the confidence level
 */
public record Interval(String method, Level level, double lower, double upper) {
  public Interval {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(level, "level");
    if (!(lower <= upper)) {
      throw new IllegalArgumentException("interval [" + lower + ", " + upper + "] is empty");
    }
  }

  /** Whether a value lies inside the interval, limits included. */
  public boolean contains(double value) {
    return value >= lower && value <= upper;
  }

  /**
   * The same interval multiplied by a factor (a proportion as a percentage, a rate per 100,000).
   */
  public Interval scaled(double factor) {
    return new Interval(method, level, lower * factor, upper * factor);
  }
}
