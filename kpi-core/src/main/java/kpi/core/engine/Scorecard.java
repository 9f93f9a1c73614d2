package kpi.core.engine;

import java.util.List;
import kpi.core.catalog.Catalog;

/** A computed scorecard: every KPI of a catalog for one period, in catalog order. Immutable. */
public record Scorecard(Catalog catalog, String period, List<KpiResult> kpis) {
  public Scorecard {
    kpis = List.copyOf(kpis);
  }
}
