package kpi.core.measure;

import java.util.List;
import kpi.core.catalog.KpiDefinition;
import kpi.core.engine.KpiResult.ComparatorValue;
import kpi.core.period.Period;

/** Published comparator values (England, regions, statistical neighbours) for a KPI. */
public interface ComparatorLookup {

  /** The comparator values a KPI asks for in a period, in the order of its {@code areas}. */
  List<ComparatorValue> values(KpiDefinition kpi, Period period);

  /** A lookup with no comparator files. */
  static ComparatorLookup none() {
    return (kpi, period) -> List.of();
  }
}
