package kpi.core.catalog;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import kpi.core.InvalidRequestException;

/** How a KPI's target threshold is set and when it is met. */
public enum TargetRule {
  AT_LEAST("at_least", Polarity.HIGHER_IS_BETTER, false),
  AT_MOST("at_most", Polarity.LOWER_IS_BETTER, false),
  INCREASE_BY_PERCENT("increase_by_percent", Polarity.HIGHER_IS_BETTER, false),
  DECREASE_BY_PERCENT("decrease_by_percent", Polarity.LOWER_IS_BETTER, false),
  INCREASE_BY("increase_by", Polarity.HIGHER_IS_BETTER, false),
  DECREASE_BY("decrease_by", Polarity.LOWER_IS_BETTER, false),
  ABOVE_COMPARATOR("above_comparator", Polarity.HIGHER_IS_BETTER, true),
  BELOW_COMPARATOR("below_comparator", Polarity.LOWER_IS_BETTER, true),
  IMPROVE("improve", null, true),
  NONE("none", null, false);

  private final String id;
  private final Polarity direction;
  private final boolean strict;

  TargetRule(String id, Polarity direction, boolean strict) {
    this.id = id;
    this.direction = direction;
    this.strict = strict;
  }

  /** The name used in catalogs and JSON. */
  public String id() {
    return id;
  }

  /** True when the value must be strictly better than the threshold to meet it. */
  public boolean strict() {
    return strict;
  }

  /** The side of the threshold that meets the target; for {@code improve}, the KPI's polarity. */
  public Polarity direction(Polarity kpiPolarity) {
    return direction == null ? kpiPolarity : direction;
  }

  /** True when the rule needs a baseline value. */
  public boolean needsBaseline() {
    return this == INCREASE_BY_PERCENT
        || this == DECREASE_BY_PERCENT
        || this == INCREASE_BY
        || this == DECREASE_BY;
  }

  /** True when the rule needs a target value. */
  public boolean needsValue() {
    return this != ABOVE_COMPARATOR && this != BELOW_COMPARATOR && this != IMPROVE && this != NONE;
  }

  /**
   * The threshold from the rule's value and a baseline (NaN when the rule has none). Decimal
   * arithmetic, so that 10% up on 3300 is exactly 3630 (binary doubles give 3630.0000000000005, and
   * 3630 starts would then fall short of the target).
   */
  public double threshold(double value, double baseline) {
    return switch (this) {
      case AT_LEAST, AT_MOST -> value;
      case INCREASE_BY_PERCENT -> decimal(baseline).add(percentOf(value, baseline)).doubleValue();
      case DECREASE_BY_PERCENT ->
          decimal(baseline).subtract(percentOf(value, baseline)).doubleValue();
      case INCREASE_BY -> decimal(baseline).add(decimal(value)).doubleValue();
      case DECREASE_BY -> decimal(baseline).subtract(decimal(value)).doubleValue();
      case ABOVE_COMPARATOR, BELOW_COMPARATOR, IMPROVE -> baseline;
      case NONE -> Double.NaN;
    };
  }

  private static BigDecimal percentOf(double percent, double baseline) {
    return decimal(baseline).multiply(decimal(percent)).movePointLeft(2);
  }

  private static BigDecimal decimal(double d) {
    if (!Double.isFinite(d)) {
      throw new InvalidRequestException("target value and baseline must be finite, was " + d);
    }
    return BigDecimal.valueOf(d);
  }

  public static Optional<TargetRule> byId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }
}
