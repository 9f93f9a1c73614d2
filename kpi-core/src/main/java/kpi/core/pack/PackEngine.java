package kpi.core.pack;

import java.util.List;
import java.util.Map;
import kpi.core.catalog.Catalog;
import kpi.core.engine.Scorecard;
import kpi.core.engine.ScorecardEngine;
import kpi.core.engine.ScorecardRequest;
import kpi.core.measure.DataSet;
import kpi.core.period.Period;

/**
 * The one entry point from a catalog and a data set to what a council publishes: the district data
 * packs and the county's under one disclosure plan ({@link #publish}), and a scorecard under the
 * same plan ({@link #suppress}). It computes the scorecard with the {@link ScorecardEngine} once;
 * districts' statuses, thresholds, previous values and directions of travel are worked out here
 * with the engine's status and direction rules, and the app only writes the result. Pure.
 */
public final class PackEngine {
  private final ScorecardEngine engine;

  public PackEngine(ScorecardEngine engine) {
    this.engine = engine;
  }

  public static PackEngine standard() {
    return new PackEngine(ScorecardEngine.standard());
  }

  /**
   * Every district's pack and the county's for a period, with small numbers suppressed.
   *
   * @param suppressBelow counts above 0 and below this are withheld; 0 for no suppression (internal
   *     use only: every pack says it is not for publication)
   */
  public Publication publish(Catalog catalog, DataSet data, Period period, int suppressBelow) {
    Scorecard current =
        engine.compute(catalog, data, new ScorecardRequest(period, List.of(), Map.of(), 0));
    return Publication.build(catalog, data, current, period.previous(), suppressBelow);
  }

  /**
   * A scorecard under the publication's plan ({@code scorecard --suppress}): the same figures
   * hidden as in every pack of every year (see {@link ScorecardSuppression}).
   */
  public Scorecard suppress(Catalog catalog, DataSet data, Scorecard scorecard, int suppressBelow) {
    return ScorecardSuppression.apply(
        scorecard, Publication.plan(catalog, data, scorecard, suppressBelow));
  }
}
