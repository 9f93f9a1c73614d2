package kpi.core.catalog;

import java.util.List;
import java.util.Map;
import kpi.core.InvalidRequestException;

/**
 * Which published indicator a KPI is compared with, and for which areas. Immutable.
 *
 * @param indicator column of an EES file, or indicator of a long file
 * @param areas area names or codes ("England", "South East", "Statistical neighbours")
 * @param rankAmong geographic level to rank the authority among, or null
 * @param periodOffset years to shift the period match by (0 = the measure family's rule)
 * @param filter values of a file's filter columns to pick ({@code {"Age": "16-17"}}); other filter
 *     columns must read Total
 */
public record ComparatorSpec(
    String indicator,
    List<String> areas,
    String rankAmong,
    int periodOffset,
    Map<String, String> filter) {
  public ComparatorSpec {
    InvalidRequestException.require(indicator, "indicator");
    areas = areas == null || areas.isEmpty() ? List.of("England") : List.copyOf(areas);
    filter = filter == null ? Map.of() : Map.copyOf(filter);
  }

  public ComparatorSpec(String indicator, List<String> areas, String rankAmong, int periodOffset) {
    this(indicator, areas, rankAmong, periodOffset, Map.of());
  }
}
