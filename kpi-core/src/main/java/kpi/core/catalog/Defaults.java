package kpi.core.catalog;

import java.util.Objects;

/**
 * Catalog-wide defaults for status and direction rules. Immutable.
 */
public record Defaults(
    Tolerance amberTolerance, Tolerance exceedMargin, NoChangeBand noChangeBand,
    CompareWith compareWith) {

  public Defaults {
    Objects.requireNonNull(amberTolerance, "amber_tolerance");
    Objects.requireNonNull(exceedMargin, "exceed_margin");
    Objects.requireNonNull(noChangeBand, "no_change_band");
    Objects.requireNonNull(compareWith, "compare_with");
  }

  /** 5% relative amber tolerance and exceed margin, DfE's 0.5 point band, previous period. */
  public static Defaults standard() {
    return new Defaults(Tolerance.relative(0.05), Tolerance.relative(0.05),
        NoChangeBand.standard(), CompareWith.PREVIOUS_PERIOD);
  }
}
