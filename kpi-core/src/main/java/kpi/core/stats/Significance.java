package kpi.core.stats;

import kpi.core.catalog.Polarity;

/**
 * How a KPI compares with a reference value (England, the region, statistical neighbours) by
 * Fingertips' overlap rule: when the reference value lies inside the KPI's confidence interval the
 * two are similar; otherwise the KPI is better or worse by the indicator's polarity. No verdict
 * when there is no interval or no reference value.
 */
public enum Significance {
  BETTER,
  SIMILAR,
  WORSE,
  NOT_COMPARED;

  /** The verdict for the KPI's interval against a reference value. */
  public static Significance compare(Interval ci, Double reference, Polarity polarity) {
    if (ci == null || reference == null || reference.isNaN()) {
      return NOT_COMPARED;
    }
    if (ci.contains(reference)) {
      return SIMILAR;
    }
    // The reference lies below the whole interval: the KPI is higher than the reference.
    boolean kpiHigher = reference < ci.lower();
    return kpiHigher == (polarity == Polarity.HIGHER_IS_BETTER) ? BETTER : WORSE;
  }

  /** Words for human outputs. */
  public String words() {
    return switch (this) {
      case BETTER -> "better";
      case SIMILAR -> "similar";
      case WORSE -> "worse";
      case NOT_COMPARED -> "not compared";
    };
  }

  /** A one-character mark for tables: + better, = similar, - worse, blank when not compared. */
  public String mark() {
    return switch (this) {
      case BETTER -> "+";
      case SIMILAR -> "=";
      case WORSE -> "-";
      case NOT_COMPARED -> "";
    };
  }
}
