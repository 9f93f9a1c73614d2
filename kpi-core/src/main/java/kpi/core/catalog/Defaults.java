package kpi.core.catalog;

import kpi.core.InvalidRequestException;

/** Catalog-wide defaults for status and direction rules. Immutable. */
public record Defaults(
    Tolerance amberTolerance,
    Tolerance exceedMargin,
    NoChangeBand noChangeBand,
    CompareWith compareWith,
    int minDenominator) {

  /** The base below which a rate carries a "small base" caveat, unless a catalog says otherwise. */
  public static final int MIN_DENOMINATOR = 10;

  /** Defaults with the standard small-base threshold. */
  public Defaults(
      Tolerance amberTolerance,
      Tolerance exceedMargin,
      NoChangeBand noChangeBand,
      CompareWith compareWith) {
    this(amberTolerance, exceedMargin, noChangeBand, compareWith, MIN_DENOMINATOR);
  }

  public Defaults {
    InvalidRequestException.require(amberTolerance, "amber_tolerance");
    InvalidRequestException.require(exceedMargin, "exceed_margin");
    InvalidRequestException.require(noChangeBand, "no_change_band");
    InvalidRequestException.require(compareWith, "compare_with");
    if (minDenominator < 0) {
      throw new InvalidRequestException("min_denominator must be 0 or more");
    }
  }

  /** 5% relative amber tolerance and exceed margin, DfE's 0.5 point band, previous period. */
  public static Defaults standard() {
    return new Defaults(
        Tolerance.relative(0.05),
        Tolerance.relative(0.05),
        NoChangeBand.standard(),
        CompareWith.PREVIOUS_PERIOD);
  }
}
