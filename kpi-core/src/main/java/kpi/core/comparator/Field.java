package kpi.core.comparator;

import java.util.List;

/**
 * Every area of one geographic level with a value for a KPI's indicator in one period of a
 * published file: what ranks and quintiles are computed among. Immutable.
 *
 * @param among the geographic level, as the catalog names it
 * @param period the period as the file writes it
 * @param source the file the figures come from, as named in the drop
 * @param areas one figure per area, each with a value
 */
public record Field(String among, String period, String source, List<Observation> areas) {
  public Field {
    areas = List.copyOf(areas);
  }
}
