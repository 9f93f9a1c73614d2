package kpi.core.catalog;

/**
 * Optional trend test over the last {@code points} values. Immutable.
 *
 * @param method only {@code linear} is known
 * @param points how many periods to test (at least 3)
 */
public record TrendSpec(String method, int points) {
  public TrendSpec {
    if (!"linear".equals(method)) {
      throw new IllegalArgumentException("trend method must be \"linear\"");
    }
    if (points < 3) {
      throw new IllegalArgumentException("a trend needs at least 3 points");
    }
  }
}
