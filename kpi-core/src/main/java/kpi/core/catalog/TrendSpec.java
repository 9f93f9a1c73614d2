package kpi.core.catalog;

import kpi.core.InvalidRequestException;

/**
 * Asks for the recent trend beside the year-on-year arrow: Fingertips' method over the last five
 * annual points (the chi-squared test for linear trend for proportions, an inverse-variance
 * weighted slope otherwise). Immutable.
 *
 * @param method {@code chi2-linear}; the older name {@code linear} means the same
 * @param points 5, the only number Fingertips' method uses
 */
public record TrendSpec(String method, int points) {
  public static final String CHI2_LINEAR = "chi2-linear";

  public TrendSpec {
    if ("linear".equals(method)) {
      method = CHI2_LINEAR;
    }
    if (!CHI2_LINEAR.equals(method)) {
      throw new InvalidRequestException("trend method must be \"chi2-linear\"");
    }
    if (points != 5) {
      throw new InvalidRequestException(
          "a chi2-linear trend uses the last 5 annual points (Fingertips' recent trend)");
    }
  }
}
