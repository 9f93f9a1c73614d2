package kpi.core.status;

import java.math.BigDecimal;
import kpi.core.catalog.Polarity;
import kpi.core.catalog.TargetRule;
import kpi.core.catalog.Tolerance;

/**
 * Decides a KPI's status from its value and resolved threshold (the catalog contract's BRAG rules).
 * Pure.
 */
public final class StatusRule {
  private StatusRule() {}

  /**
   * The status.
   *
   * @param value the KPI value, null when there is no data
   * @param threshold the resolved threshold, null when the rule could not be resolved
   * @param rule the target rule
   * @param polarity the KPI's polarity (used by {@code improve})
   * @param amber how far short of the threshold still counts as near target
   * @param exceed how far beyond the threshold counts as exceeding
   */
  public static Status evaluate(
      Double value,
      Double threshold,
      TargetRule rule,
      Polarity polarity,
      Tolerance amber,
      Tolerance exceed) {
    if (value == null) {
      return Status.NO_DATA;
    }
    if (rule == TargetRule.NONE || threshold == null) {
      return Status.NO_TARGET;
    }
    BigDecimal gap = gap(value, threshold, rule.direction(polarity));
    boolean meets = rule.strict() ? gap.signum() > 0 : gap.signum() >= 0;
    if (meets
        && gap.signum() > 0
        && gap.compareTo(BigDecimal.valueOf(exceed.resolve(threshold))) >= 0) {
      return Status.EXCEEDING;
    }
    if (meets) {
      return Status.ACHIEVING;
    }
    if (gap.negate().compareTo(BigDecimal.valueOf(amber.resolve(threshold))) <= 0) {
      return Status.NEAR_TARGET;
    }
    return Status.REQUIRES_IMPROVEMENT;
  }

  /**
   * Distance beyond the threshold, positive when better than the target. Decimal arithmetic, so a
   * value exactly on a boundary (70.0 against 70) is exactly on it.
   */
  public static BigDecimal gap(double value, double threshold, Polarity better) {
    BigDecimal v = BigDecimal.valueOf(value);
    BigDecimal t = BigDecimal.valueOf(threshold);
    return better == Polarity.HIGHER_IS_BETTER ? v.subtract(t) : t.subtract(v);
  }
}
