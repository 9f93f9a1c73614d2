package kpi.core.comparator;

import java.util.List;
import kpi.core.catalog.KpiDefinition;
import kpi.core.period.Period;

/** Published comparator values (England, regions, statistical neighbours) for a KPI. */
public interface ComparatorLookup {

  /** The comparator values a KPI asks for in a period, in the order of its {@code areas}. */
  List<ComparatorValue> values(KpiDefinition kpi, Period period);

  /** The authority's rank among areas of the KPI's {@code rank_among} level, if asked for. */
  default java.util.Optional<Ranking> rank(KpiDefinition kpi, Period period, String authority) {
    return java.util.Optional.empty();
  }

  /** Every area of the KPI's {@code rank_among} level with a value, for quintiles. */
  default java.util.Optional<Field> field(KpiDefinition kpi, Period period) {
    return java.util.Optional.empty();
  }

  /** A lookup with no comparator files. */
  static ComparatorLookup none() {
    return (kpi, period) -> List.of();
  }
}
