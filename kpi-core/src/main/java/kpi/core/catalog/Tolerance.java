package kpi.core.catalog;

import java.math.BigDecimal;
import kpi.core.InvalidRequestException;

/**
 * A margin either in the KPI's own unit ({@code {"absolute": 0.5}}) or relative to a reference
 * value ({@code {"relative": 0.05}} = 5% of |reference|). Immutable.
 */
public sealed interface Tolerance permits Tolerance.Absolute, Tolerance.Relative {

  /** The margin in the KPI's unit, given the value it is relative to. */
  double resolve(double reference);

  /** A margin in the KPI's own unit. */
  record Absolute(double amount) implements Tolerance {
    public Absolute {
      if (!(amount >= 0) || Double.isInfinite(amount)) {
        throw new InvalidRequestException("absolute tolerance must be a number >= 0: " + amount);
      }
    }

    @Override
    public double resolve(double reference) {
      return amount;
    }

    @Override
    public String toString() {
      return "absolute " + amount;
    }
  }

  /** A margin as a fraction of the reference value. */
  record Relative(double fraction) implements Tolerance {
    public Relative {
      if (!(fraction >= 0) || Double.isInfinite(fraction)) {
        throw new InvalidRequestException("relative tolerance must be a number >= 0: " + fraction);
      }
    }

    /**
     * Decimal arithmetic, so that 5% of 0.7 is 0.035 (binary doubles give 0.034999999999999996,
     * which would move a value exactly on the margin to the wrong side of it).
     */
    @Override
    public double resolve(double reference) {
      return BigDecimal.valueOf(fraction)
          .multiply(BigDecimal.valueOf(Math.abs(reference)))
          .doubleValue();
    }

    @Override
    public String toString() {
      return "relative " + fraction;
    }
  }

  static Tolerance absolute(double amount) {
    return new Absolute(amount);
  }

  static Tolerance relative(double fraction) {
    return new Relative(fraction);
  }
}
