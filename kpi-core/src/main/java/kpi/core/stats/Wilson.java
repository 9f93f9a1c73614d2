package kpi.core.stats;

/**
 * Wilson's score interval for a proportion x / n, as OHID's Fingertips and PHEindicatormethods
 * compute it ("Technical Guide: Confidence Intervals", PHE 2018):
 *
 * <pre>
 *   lower = (2x + z² - z·√(z² + 4x(1 - x/n))) / (2(n + z²))
 *   upper = (2x + z² + z·√(z² + 4x(1 - x/n))) / (2(n + z²))
 * </pre>
 *
 * Defined at x = 0 and at x = n, always inside [0, 1], and valid for the fractional averaged counts
 * of DfE's December-February NEET figures.
 */
public final class Wilson {
  public static final String METHOD = "wilson";

  private Wilson() {}

  /** The interval for the proportion x / n, on the 0-1 scale. */
  public static Interval proportion(double x, double n, Level level) {
    if (!(n > 0) || x < 0 || x > n || Double.isNaN(x)) {
      throw new IllegalArgumentException(
          "a proportion needs 0 <= x <= n and n > 0; got " + x + " / " + n);
    }
    double z = level.z();
    double z2 = z * z;
    double root = z * Math.sqrt(z2 + 4 * x * (1 - x / n));
    double lower = (2 * x + z2 - root) / (2 * (n + z2));
    double upper = (2 * x + z2 + root) / (2 * (n + z2));
    return new Interval(METHOD, level, Math.max(0, lower), Math.min(1, upper));
  }

  /** The interval for 100 x / n, in percent. */
  public static Interval percent(double x, double n, Level level) {
    return proportion(x, n, level).scaled(100);
  }
}
