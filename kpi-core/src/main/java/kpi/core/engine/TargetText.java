package kpi.core.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import kpi.core.catalog.KpiDefinition;
import kpi.core.catalog.Target;
import kpi.core.catalog.Unit;

/** A target in words, as boards read it: "at most 5.0% by Aug 2018". Pure. */
public final class TargetText {
  private static final DateTimeFormatter DEADLINE =
      DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

  private TargetText() {}

  /**
   * The target's wording.
   *
   * @param baselinePeriod the period an {@code improve} target was judged against, or null
   */
  /** The baseline a relative or improve target is measured on. */
  private static String on(kpi.core.catalog.Target t, String baselinePeriod) {
    if (t.baseline() != null) {
      return t.baseline().period().label();
    }
    return baselinePeriod != null ? baselinePeriod : "the previous period";
  }

  public static String describe(KpiDefinition kpi, String baselinePeriod) {
    Target t = kpi.target();
    if (t.text() != null) {
      return t.text();
    }
    String unit = kpi.unit() == Unit.PERCENT ? "%" : "";
    String by = t.deadline() == null ? "" : " by " + DEADLINE.format(t.deadline());
    return switch (t.rule()) {
      case NONE -> "no target";
      case AT_LEAST -> "at least " + number(t.value(), kpi.unit()) + unit + by;
      case AT_MOST -> "at most " + number(t.value(), kpi.unit()) + unit + by;
      case INCREASE_BY_PERCENT ->
          "increase by " + number(t.value(), Unit.SCORE) + "% on " + on(t, baselinePeriod) + by;
      case DECREASE_BY_PERCENT ->
          "reduce by " + number(t.value(), Unit.SCORE) + "% on " + on(t, baselinePeriod) + by;
      case INCREASE_BY ->
          "increase by "
              + number(t.value(), kpi.unit())
              + unit
              + " on "
              + on(t, baselinePeriod)
              + by;
      case DECREASE_BY ->
          "reduce by " + number(t.value(), kpi.unit()) + unit + " on " + on(t, baselinePeriod) + by;
      case ABOVE_COMPARATOR -> "above " + t.area() + by;
      case BELOW_COMPARATOR -> "below " + t.area() + by;
      case IMPROVE -> "improve on " + on(t, baselinePeriod) + by;
    };
  }

  /** A number as people write it in a target: percentages to 1 dp, counts whole. */
  private static String number(Double d, Unit unit) {
    if (d == null) {
      return "";
    }
    BigDecimal b = BigDecimal.valueOf(d);
    return switch (unit) {
      case PERCENT -> b.setScale(1, RoundingMode.HALF_UP).toPlainString();
      case COUNT, RATE_PER_100K ->
          String.format(Locale.UK, "%,d", b.setScale(0, RoundingMode.HALF_UP).longValue());
      case SCORE -> b.stripTrailingZeros().toPlainString();
    };
  }
}
