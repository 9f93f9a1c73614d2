package kpi.app.write;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import kpi.core.catalog.Unit;

/**
 * Rounding for human outputs: percentages to 1 dp, counts whole, scores to 2 dp, always half-up on
 * the decimal value (never {@code Math.round} on a double). Pure.
 */
public final class Display {
  private Display() {}

  /** The value rounded for its unit, with a % sign for percentages; empty text for null. */
  public static String value(Double d, Unit unit) {
    if (d == null) {
      return "";
    }
    return switch (unit) {
      case PERCENT -> decimal(d, 1) + "%";
      case COUNT -> grouped(d, 0);
      case SCORE -> decimal(d, 2);
      case RATE_PER_100K -> grouped(d, 1);
    };
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
    return BigDecimal.valueOf(d).setScale(scale, RoundingMode.HALF_UP);
  }

  public static String decimal(double d, int scale) {
    BigDecimal b = round(d, scale);
    return (b.signum() == 0 ? b.abs() : b).toPlainString();
  }

  private static String grouped(double d, int scale) {
    DecimalFormat f =
        new DecimalFormat(
            scale == 0 ? "#,##0" : "#,##0.0", DecimalFormatSymbols.getInstance(Locale.UK));
    BigDecimal b = round(d, scale);
    return f.format(b.signum() == 0 ? b.abs() : b);
  }
}
