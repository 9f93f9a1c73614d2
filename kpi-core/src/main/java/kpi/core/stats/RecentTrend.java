package kpi.core.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kpi.core.catalog.Polarity;

/**
 * The recent trend of an indicator exactly as OHID's Fingertips computes it: over the five most
 * recent annual points, oldest first as t = 1..5.
 *
 * <p>For proportions (a count r out of a denominator n each year), the chi-squared test for linear
 * trend:
 *
 * <pre>
 *   N = Σn, R = Σr, A = Σr·t, B = Σn·t, C = Σn·t²
 *   χ² = N (N·A - R·B)² / ( R (N - R) (N·C - B²) )
 * </pre>
 *
 * with the direction taken from the least-squares slope of the log-odds ln(r / (n - r)) on t. For
 * values that are not proportions: weights 1/SE² with SE = (upper95 - lower95) / 3.92, the weighted
 * least-squares slope and χ² = (slope / SE(slope))².
 *
 * <p>Either way the trend is significant only when χ² exceeds 9.54953570608324 (the 99.8% point of
 * χ² on one degree of freedom) <em>and</em> the slope has the same sign in all six fits: all five
 * points, then each point left out in turn. A series with fewer than five points, a zero or missing
 * denominator, or a count of 0 or of the whole denominator (log-odds undefined) cannot be
 * calculated.
 */
public final class RecentTrend {
  /** The 99.8% point of the chi-squared distribution on one degree of freedom. */
  public static final double THRESHOLD = 9.54953570608324;

  /** How many annual points the test uses. */
  public static final int POINTS = 5;

  public static final String CHI2_LINEAR = "chi2-linear";
  public static final String WEIGHTED_LINEAR = "weighted-linear";

  private RecentTrend() {}

  /** The verdict. */
  public enum Result {
    INCREASING("increasing"),
    DECREASING("decreasing"),
    NO_SIGNIFICANT_CHANGE("no significant change"),
    CANNOT_BE_CALCULATED("cannot be calculated");

    private final String words;

    Result(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  /** What the verdict means by the indicator's polarity. */
  public enum Judgement {
    GETTING_BETTER("getting better"),
    GETTING_WORSE("getting worse"),
    NO_CHANGE("no change");

    private final String words;

    Judgement(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  /** One year of a proportion: r out of n. */
  public record Count(String period, double numerator, double denominator) {}

  /** One year of a value that is not a proportion, with its 95% interval. */
  public record Value(String period, double value, double lower95, double upper95) {}

  /**
   * The outcome. Immutable.
   *
   * @param method {@code chi2-linear} for proportions, {@code weighted-linear} otherwise
   * @param chi2 the statistic, null when not calculated
   * @param slope change per year on the log-odds scale (proportions) or in the value's unit
   * @param leaveOneOut the five slopes with one point left out, oldest point first
   * @param periods the periods tested, oldest first
   * @param reason why the trend cannot be calculated, else null
   */
  public record Outcome(
      String method,
      Result result,
      Double chi2,
      Double slope,
      List<Double> leaveOneOut,
      List<String> periods,
      String reason) {
    public Outcome {
      Objects.requireNonNull(result, "result");
      leaveOneOut = List.copyOf(leaveOneOut);
      periods = List.copyOf(periods);
    }

    /** How many points were tested. */
    public int points() {
      return periods.size();
    }

    /** Whether the slope kept its sign in every fit. */
    public boolean signsAgree() {
      return slope != null
          && slope != 0
          && leaveOneOut.stream().allMatch(s -> Math.signum(s) == Math.signum(slope));
    }

    /** The judgement by polarity; null when the trend cannot be calculated. */
    public Judgement judgement(Polarity polarity) {
      return switch (result) {
        case INCREASING ->
            polarity == Polarity.HIGHER_IS_BETTER
                ? Judgement.GETTING_BETTER
                : Judgement.GETTING_WORSE;
        case DECREASING ->
            polarity == Polarity.LOWER_IS_BETTER
                ? Judgement.GETTING_BETTER
                : Judgement.GETTING_WORSE;
        case NO_SIGNIFICANT_CHANGE -> Judgement.NO_CHANGE;
        case CANNOT_BE_CALCULATED -> null;
      };
    }
  }

  private static Outcome cannot(String method, List<String> periods, String reason) {
    return new Outcome(method, Result.CANNOT_BE_CALCULATED, null, null, List.of(), periods, reason);
  }

  /**
   * The chi-squared test for linear trend over the last five of the given yearly proportions
   * (oldest first; the caller guarantees consecutive annual periods with no series break).
   */
  public static Outcome proportions(List<Count> series) {
    List<Count> last = series.subList(Math.max(0, series.size() - POINTS), series.size());
    List<String> periods = last.stream().map(Count::period).toList();
    if (last.size() < POINTS) {
      return cannot(
          CHI2_LINEAR, periods, "fewer than " + POINTS + " annual points (" + last.size() + ")");
    }
    double[] r = new double[POINTS];
    double[] n = new double[POINTS];
    for (int i = 0; i < POINTS; i++) {
      r[i] = last.get(i).numerator();
      n[i] = last.get(i).denominator();
      if (!(n[i] > 0)) {
        return cannot(CHI2_LINEAR, periods, "no denominator in " + last.get(i).period());
      }
      if (!(r[i] > 0) || !(r[i] < n[i])) {
        return cannot(
            CHI2_LINEAR,
            periods,
            "a count of "
                + r[i]
                + " out of "
                + n[i]
                + " in "
                + last.get(i).period()
                + " leaves the log-odds undefined");
      }
    }
    double bigN = 0;
    double bigR = 0;
    double a = 0;
    double b = 0;
    double c = 0;
    for (int i = 0; i < POINTS; i++) {
      int t = i + 1;
      bigN += n[i];
      bigR += r[i];
      a += r[i] * t;
      b += n[i] * t;
      c += n[i] * t * t;
    }
    double num = bigN * a - bigR * b;
    double chi2 = bigN * num * num / (bigR * (bigN - bigR) * (bigN * c - b * b));
    double[] y = new double[POINTS];
    double[] w = new double[POINTS];
    for (int i = 0; i < POINTS; i++) {
      y[i] = Math.log(r[i] / (n[i] - r[i]));
      w[i] = 1;
    }
    return verdict(CHI2_LINEAR, chi2, y, w, periods);
  }

  /**
   * The inverse-variance weighted linear trend over the last five of the given yearly values
   * (oldest first), for indicators that are not proportions.
   */
  public static Outcome values(List<Value> series) {
    List<Value> last = series.subList(Math.max(0, series.size() - POINTS), series.size());
    List<String> periods = last.stream().map(Value::period).toList();
    if (last.size() < POINTS) {
      return cannot(
          WEIGHTED_LINEAR,
          periods,
          "fewer than " + POINTS + " annual points (" + last.size() + ")");
    }
    double[] y = new double[POINTS];
    double[] w = new double[POINTS];
    for (int i = 0; i < POINTS; i++) {
      Value v = last.get(i);
      double se = (v.upper95() - v.lower95()) / 3.92;
      if (!(se > 0)) {
        return cannot(WEIGHTED_LINEAR, periods, "no confidence interval in " + v.period());
      }
      y[i] = v.value();
      w[i] = 1 / (se * se);
    }
    double[] fit = weightedFit(y, w, -1);
    double chi2 = (fit[0] / fit[1]) * (fit[0] / fit[1]);
    return verdict(WEIGHTED_LINEAR, chi2, y, w, periods);
  }

  private static Outcome verdict(
      String method, double chi2, double[] y, double[] w, List<String> periods) {
    double slope = weightedFit(y, w, -1)[0];
    List<Double> loo = new ArrayList<>();
    for (int out = 0; out < POINTS; out++) {
      loo.add(weightedFit(y, w, out)[0]);
    }
    Outcome probe =
        new Outcome(method, Result.NO_SIGNIFICANT_CHANGE, chi2, slope, loo, periods, null);
    Result result =
        chi2 > THRESHOLD && probe.signsAgree()
            ? (slope > 0 ? Result.INCREASING : Result.DECREASING)
            : Result.NO_SIGNIFICANT_CHANGE;
    return new Outcome(method, result, chi2, slope, loo, periods, null);
  }

  /**
   * Weighted least squares of y on t = 1..5, leaving out index {@code skip} (-1 for none): {slope,
   * standard error of the slope with known weights}.
   */
  private static double[] weightedFit(double[] y, double[] w, int skip) {
    double sw = 0;
    double swt = 0;
    double swy = 0;
    for (int i = 0; i < y.length; i++) {
      if (i == skip) {
        continue;
      }
      int t = i + 1;
      sw += w[i];
      swt += w[i] * t;
      swy += w[i] * y[i];
    }
    double tBar = swt / sw;
    double yBar = swy / sw;
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < y.length; i++) {
      if (i == skip) {
        continue;
      }
      double dt = (i + 1) - tBar;
      sxx += w[i] * dt * dt;
      sxy += w[i] * dt * (y[i] - yBar);
    }
    return new double[] {sxy / sxx, Math.sqrt(1 / sxx)};
  }
}
