package kpi.core.status;

import java.util.List;
import java.util.Objects;

/**
 * Whether the last few values of a KPI show a real trend, beside the year-on-year arrow: an
 * ordinary least-squares line through the points and a two-sided t-test of its slope at the 95%
 * level (the approach of PHE Fingertips' linear trend test for non-rate indicators).
 */
public final class TrendTest {
  private static final double ALPHA = 0.05;

  private TrendTest() {}

  /** The outcome of a trend test. */
  public enum Verdict {
    SIGNIFICANT_INCREASE("significant increase"),
    SIGNIFICANT_DECREASE("significant decrease"),
    NO_SIGNIFICANT_CHANGE("no significant change"),
    NOT_ENOUGH_DATA("not enough data");

    private final String words;

    Verdict(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  /**
   * A trend test's result. Immutable.
   *
   * @param points how many values were tested
   * @param slope change per period (null when not computed)
   * @param pValue two-sided p-value of the slope (null when not computed)
   * @param periods the periods tested, oldest first
   */
  public record Result(Verdict verdict, int points, Double slope, Double pValue,
      List<String> periods) {
    public Result {
      Objects.requireNonNull(verdict, "verdict");
      periods = List.copyOf(periods);
    }
  }

  /**
   * Tests values at equally spaced periods, oldest first. Needs at least 3 points; a perfectly
   * straight line is significant unless flat.
   */
  public static Result test(List<Double> values, List<String> periods) {
    int n = values.size();
    if (n < 3) {
      return new Result(Verdict.NOT_ENOUGH_DATA, n, null, null, periods);
    }
    double meanX = (n - 1) / 2.0;
    double meanY = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      sxx += (i - meanX) * (i - meanX);
      sxy += (i - meanX) * (values.get(i) - meanY);
    }
    double slope = sxy / sxx;
    double sse = 0;
    for (int i = 0; i < n; i++) {
      double fitted = meanY + slope * (i - meanX);
      sse += (values.get(i) - fitted) * (values.get(i) - fitted);
    }
    int df = n - 2;
    double se = Math.sqrt(sse / df / sxx);
    double p;
    if (se == 0) {
      p = slope == 0 ? 1.0 : 0.0;
    } else {
      p = twoSidedP(Math.abs(slope / se), df);
    }
    Verdict v = p >= ALPHA ? Verdict.NO_SIGNIFICANT_CHANGE
        : slope > 0 ? Verdict.SIGNIFICANT_INCREASE : Verdict.SIGNIFICANT_DECREASE;
    return new Result(v, n, slope, p, periods);
  }

  /** P(|T| > t) for Student's t with {@code df} degrees of freedom. */
  static double twoSidedP(double t, int df) {
    double x = df / (df + t * t);
    return regularizedBeta(x, df / 2.0, 0.5);
  }

  /** The regularised incomplete beta function I_x(a, b), by continued fraction. */
  static double regularizedBeta(double x, double a, double b) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double lnFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x)
        + b * Math.log(1 - x);
    if (x < (a + 1) / (a + b + 2)) {
      return Math.exp(lnFront) * continuedFraction(x, a, b) / a;
    }
    return 1 - Math.exp(lnFront) * continuedFraction(1 - x, b, a) / b;
  }

  private static double continuedFraction(double x, double a, double b) {
    final double tiny = 1e-300;
    double c = 1;
    double d = 1 - (a + b) * x / (a + 1);
    d = Math.abs(d) < tiny ? tiny : d;
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= 300; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
      d = 1 + aa * d;
      d = Math.abs(d) < tiny ? tiny : d;
      c = 1 + aa / c;
      c = Math.abs(c) < tiny ? tiny : c;
      d = 1 / d;
      h *= d * c;
      aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
      d = 1 + aa * d;
      d = Math.abs(d) < tiny ? tiny : d;
      c = 1 + aa / c;
      c = Math.abs(c) < tiny ? tiny : c;
      d = 1 / d;
      double del = d * c;
      h *= del;
      if (Math.abs(del - 1) < 1e-15) {
        break;
      }
    }
    return h;
  }

  /** Lanczos approximation of ln Γ(x), x > 0. */
  static double logGamma(double x) {
    double[] g = {676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7};
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    double xx = x - 1;
    double sum = 0.99999999999980993;
    for (int i = 0; i < g.length; i++) {
      sum += g[i] / (xx + i + 1);
    }
    double t = xx + g.length - 0.5;
    return 0.5 * Math.log(2 * Math.PI) + (xx + 0.5) * Math.log(t) - t + Math.log(sum);
  }
}
