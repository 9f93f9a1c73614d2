package kpi.app.write;

import java.math.BigDecimal;
import kpi.core.catalog.Unit;

/**
 * Rounding for human outputs: percentages to 1 dp, counts whole, scores to 2 dp, always half-up on
 * the decimal value (never {@code Math.round} on a double), through the core's {@link
 * kpi.core.display.Display} (data packs are drafted in the core). Pure.
 */
public final class Display {
  private Display() {}

  /** The value rounded for its unit, with a % sign for percentages; empty text for null. */
  public static String value(Double d, Unit unit) {
    return kpi.core.display.Display.value(d, unit);
  }

  /** A change in the unit's terms (percentage points for percentages), signed. */
  public static String change(Double d, Unit unit) {
    if (d == null) {
      return "";
    }
    int scale =
        switch (unit) {
          case PERCENT, RATE_PER_100K -> 1;
          case COUNT -> 0;
          case SCORE -> 2;
        };
    String number =
        unit == Unit.PERCENT
            ? decimal(d, 1) + " pp"
            : unit == Unit.SCORE ? decimal(d, 2) : grouped(d, scale);
    return round(d, scale).signum() > 0 ? "+" + number : number;
  }

  /**
   * A margin in the unit's terms (a tolerance or no-change band): percentage points to 2 dp, counts
   * whole unless fractional (then 1 dp), scores and rates to 2 dp; never signed.
   */
  public static String margin(double d, Unit unit) {
    return switch (unit) {
      case PERCENT -> decimal(d, 2) + " pp";
      case COUNT -> count(d);
      case SCORE, RATE_PER_100K -> decimal(d, 2);
    };
  }

  /** An unrounded value in plain notation without float noise: {@code 6860}, {@code 63.68}. */
  public static String unrounded(double d) {
    BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
    return (b.scale() < 0 ? b.setScale(0) : b).toPlainString();
  }

  /**
   * A count or denominator, whole, grouped with commas; averaged counts keep 1 dp if fractional.
   */
  public static String count(Double d) {
    if (d == null) {
      return "";
    }
    BigDecimal b = round(d, 1);
    return b.stripTrailingZeros().scale() <= 0 ? grouped(d, 0) : grouped(d, 1);
  }

  /** Half-up rounding of the double's decimal value. */
  public static BigDecimal round(double d, int scale) {
    return kpi.core.display.Display.round(d, scale);
  }

  public static String decimal(double d, int scale) {
    return kpi.core.display.Display.decimal(d, scale);
  }

  private static String grouped(double d, int scale) {
    return kpi.core.display.Display.grouped(d, scale);
  }
}
