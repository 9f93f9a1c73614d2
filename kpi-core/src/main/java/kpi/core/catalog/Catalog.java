package kpi.core.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kpi.core.InvalidRequestException;
import kpi.core.neet.ActivityGroup;

/**
 * A strategy's KPI catalog. KPIs keep the catalog's order in every output. Immutable.
 *
 * @param statisticalNeighbours authorities whose mean is "Statistical neighbours"
 * @param authority the authority the catalog is for (name or code), used to rank it
 * @param activityGroups overrides of the built-in NCCIS activity groups
 */
public record Catalog(
    String id,
    String title,
    String authority,
    Defaults defaults,
    List<KpiDefinition> kpis,
    List<String> statisticalNeighbours,
    Suppression suppression,
    Map<Integer, ActivityGroup> activityGroups) {

  public Catalog {
    InvalidRequestException.require(id, "id");
    title = title == null ? id : title;
    authority = authority == null ? "" : authority;
    defaults = defaults == null ? Defaults.standard() : defaults;
    kpis = List.copyOf(kpis);
    statisticalNeighbours =
        statisticalNeighbours == null ? List.of() : List.copyOf(statisticalNeighbours);
    suppression = suppression == null ? Suppression.standard() : suppression;
    activityGroups = activityGroups == null ? Map.of() : Map.copyOf(activityGroups);
    Set<String> seen = new HashSet<>();
    for (KpiDefinition k : kpis) {
      if (!seen.add(k.id())) {
        throw new InvalidRequestException("KPI id " + k.id() + " appears twice");
      }
    }
  }

  public Optional<KpiDefinition> kpi(String id) {
    return kpis.stream().filter(k -> k.id().equalsIgnoreCase(id)).findFirst();
  }
}
