package kpi.core.stats;

/**
 * Byar's approximation to the exact Poisson interval for a count, as Fingertips and
 * PHEindicatormethods compute it ("Technical Guide: Confidence Intervals", PHE 2018):
 *
 * <pre>
 *   lower = x (1 - 1/(9x) - z/(3√x))³                  (0 when x = 0)
 *   upper = (x + 1) (1 - 1/(9(x + 1)) + z/(3√(x + 1)))³
 * </pre>
 *
 * Within 0.2% of the exact interval for counts of 10 or more. A rate per population divides both
 * limits by the population and multiplies by the rate's base (100,000).
 */
public final class Byar {
  public static final String METHOD = "byar";

  private Byar() {}

  /** The interval for a count. */
  public static Interval count(double x, Level level) {
    if (x < 0 || Double.isNaN(x)) {
      throw new IllegalArgumentException("a count cannot be " + x);
    }
    double z = level.z();
    double lower = x == 0 ? 0 : x * Math.pow(1 - 1 / (9 * x) - z / (3 * Math.sqrt(x)), 3);
    double x1 = x + 1;
    double upper = x1 * Math.pow(1 - 1 / (9 * x1) + z / (3 * Math.sqrt(x1)), 3);
    return new Interval(METHOD, level, Math.max(0, lower), upper);
  }

  /**
   * The interval for a rate: {@code per} x count / population (per = 100000 for a rate per 100k).
   */
  public static Interval rate(double x, double population, double per, Level level) {
    if (!(population > 0)) {
      throw new IllegalArgumentException("a rate needs a population above 0; got " + population);
    }
    return count(x, level).scaled(per / population);
  }
}
