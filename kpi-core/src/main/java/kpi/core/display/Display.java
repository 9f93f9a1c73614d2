package kpi.core.display;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import kpi.core.catalog.Unit;

/**
 * Rounding for figures shown to people: percentages to 1 dp, counts whole, scores to 2 dp, always
 * half-up on the decimal value (never {@code Math.round} on a double). The one implementation: data
 * packs drafted in the core and every writer of the app round through it. Pure.
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

  /** Half-up rounding of the double's decimal value. */
  public static BigDecimal round(double d, int scale) {
    return BigDecimal.valueOf(d).setScale(scale, RoundingMode.HALF_UP);
  }

  /** Half-up to {@code scale} places, in plain notation, never {@code -0.0}. */
  public static String decimal(double d, int scale) {
    BigDecimal b = round(d, scale);
    return (b.signum() == 0 ? b.abs() : b).toPlainString();
  }

  /** Half-up to {@code scale} (0 or 1) places, grouped with commas, never {@code -0}. */
  public static String grouped(double d, int scale) {
    DecimalFormat f =
        new DecimalFormat(
            scale == 0 ? "#,##0" : "#,##0.0", DecimalFormatSymbols.getInstance(Locale.UK));
    BigDecimal b = round(d, scale);
    return f.format(b.signum() == 0 ? b.abs() : b);
  }

  /** A published symbol as shown in a cell: {@code c} or {@code [c]} gives {@code [c]}. */
  public static String symbol(String s) {
    if (s == null || s.isBlank()) {
      return "[x]";
    }
    String t = s.strip().toLowerCase(Locale.ROOT);
    return t.startsWith("[") ? t : "[" + t + "]";
  }
}
