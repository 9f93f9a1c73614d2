package kpi.core.status;

import java.math.BigDecimal;
import kpi.core.catalog.NoChangeBand;
import kpi.core.catalog.Polarity;
import kpi.core.catalog.Unit;

/** Direction of travel with a no-change band (the catalog contract's rules). Pure. */
public final class DirectionRule {
  private DirectionRule() {}

  /**
   * The change, the band used and the direction.
   *
   * @param change value - previous, null when not comparable
   * @param band the no-change band in the KPI's unit, null when not comparable
   */
  public record Travel(Double change, Double band, Direction direction) {}

  public static Travel evaluate(
      Double value, Double previous, Unit unit, Polarity polarity, NoChangeBand band) {
    if (value == null || previous == null) {
      return new Travel(null, null, Direction.NOT_COMPARABLE);
    }
    // Decimal arithmetic so that a change of exactly the band (3.0 - 2.5) is exactly the band.
    BigDecimal exact = BigDecimal.valueOf(value).subtract(BigDecimal.valueOf(previous));
    double delta = exact.doubleValue();
    double b = band.resolve(unit, previous);
    Direction d;
    if (exact.signum() == 0 || band.isNoChange(exact.abs(), BigDecimal.valueOf(b))) {
      d = Direction.NO_CHANGE;
    } else if (exact.signum() * polarity.sign() > 0) {
      d = Direction.IMPROVING;
    } else {
      d = Direction.WORSENING;
    }
    return new Travel(delta, b, d);
  }
}
