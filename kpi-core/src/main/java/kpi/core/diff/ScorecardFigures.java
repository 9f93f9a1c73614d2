package kpi.core.diff;

import java.util.List;
import java.util.Objects;
import kpi.core.engine.Scorecard;

/**
 * The KPI part of one scorecard, as a diff compares it: catalog, period and each KPI's figures in
 * catalog order. Immutable.
 */
public record ScorecardFigures(String catalogId, String period, List<KpiFigures> kpis) {
  public ScorecardFigures {
    Objects.requireNonNull(catalogId, "catalogId");
    Objects.requireNonNull(period, "period");
    kpis = List.copyOf(kpis);
  }

  /** The figures of a computed scorecard. */
  public static ScorecardFigures of(Scorecard s) {
    return new ScorecardFigures(
        s.catalog().id(), s.period(), s.kpis().stream().map(KpiFigures::of).toList());
  }
}
