package kpi.core.catalog;

import java.time.LocalDate;
import kpi.core.InvalidRequestException;

/**
 * A KPI's target. Immutable.
 *
 * @param rule how the threshold is set
 * @param value the rule's number (null for comparator, improve and none rules)
 * @param baseline the baseline for relative rules and {@code improve} (null: the previous period,
 *     so "up 10% on the previous year" needs no baseline)
 * @param area the comparator area for comparator rules (default England)
 * @param deadline informational
 * @param text the wording shown in outputs, null to derive it
 */
public record Target(
    TargetRule rule,
    Double value,
    Baseline baseline,
    String area,
    LocalDate deadline,
    String text) {

  public Target {
    InvalidRequestException.require(rule, "rule");
    if (rule.needsValue() && value == null) {
      throw new InvalidRequestException("target rule " + rule.id() + " needs a value");
    }
    if (value != null && !Double.isFinite(value)) {
      throw new InvalidRequestException("target value must be finite");
    }
    if ((rule == TargetRule.ABOVE_COMPARATOR || rule == TargetRule.BELOW_COMPARATOR)
        && (area == null || area.isBlank())) {
      area = "England";
    }
  }

  public static Target none() {
    return new Target(TargetRule.NONE, null, null, null, null, null);
  }

  public static Target of(TargetRule rule, double value) {
    return new Target(rule, value, null, null, null, null);
  }
}
