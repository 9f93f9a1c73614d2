package kpi.core.catalog;

import java.util.List;
import java.util.Objects;

/**
 * Which published indicator a KPI is compared with, and for which areas. Immutable.
 *
 * @param indicator column of an EES file, or indicator of a long file
 * @param areas area names or codes ("England", "South East", "Statistical neighbours")
 * @param rankAmong geographic level to rank the authority among, or null
 * @param periodOffset years to shift the period match by (0 = the measure family's rule)
 */
public record ComparatorSpec(String indicator, List<String> areas, String rankAmong, int periodOffset) {
  public ComparatorSpec {
    Objects.requireNonNull(indicator, "indicator");
    areas = areas == null || areas.isEmpty() ? List.of("England") : List.copyOf(areas);
  }
}
