package kpi.core.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import kpi.core.catalog.Catalog;
import kpi.core.catalog.KpiDefinition;
import kpi.core.engine.Scorecard;
import kpi.core.measure.DataSet;
import kpi.core.measure.District;
import kpi.core.measure.Measures;
import kpi.core.pack.PackModel.Pack;
import kpi.core.period.Period;
import kpi.core.period.Period.AcademicYear;
import kpi.core.suppression.DisclosurePlan;

/**
 * Everything published together (every district's pack, the county workbook, the index, a
 * suppressed scorecard) under one suppression plan. The plan is made over every figure any of them
 * can show for any year the drop holds, so it does not depend on the year asked for, on which
 * districts are written or on whether packs or a scorecard are made: last year's packs, this year's
 * and the scorecard all withhold the same quantities.
 *
 * <p>Made by {@link PackEngine#publish}.
 *
 * @param scorecard the scorecard the packs show (not suppressed itself)
 * @param districts every district's pack, in reference order
 */
public record Publication(
    Scorecard scorecard, List<Pack> districts, Pack county, DisclosurePlan plan) {
  public Publication {
    districts = List.copyOf(districts);
  }

  /**
   * Drafts every pack, makes the plan, then finishes each pack with it.
   *
   * @param previous the period districts' direction of travel compares with
   */
  static Publication build(
      Catalog catalog, DataSet data, Scorecard current, Period previous, int suppressBelow) {
    FigureRegistry registry =
        new FigureRegistry(data, suppressBelow, catalog.suppression().complement());
    PackBuilder builder =
        new PackBuilder(catalog, data, current, previous, suppressBelow, registry);
    List<Pack> drafts = new ArrayList<>();
    for (District d : data.districts()) {
      drafts.add(builder.district(d));
    }
    Pack countyDraft = builder.county();
    DisclosurePlan plan = plan(builder, registry, catalog, data);
    List<Pack> out = new ArrayList<>();
    for (Pack p : drafts) {
      out.add(PackBuilder.finish(p, plan));
    }
    return new Publication(current, out, PackBuilder.finish(countyDraft, plan), plan);
  }

  /** The plan alone (for a suppressed scorecard), with the builder that names its figures. */
  static Planned plan(Catalog catalog, DataSet data, Scorecard current, int suppressBelow) {
    FigureRegistry registry =
        new FigureRegistry(data, suppressBelow, catalog.suppression().complement());
    PackBuilder builder = new PackBuilder(catalog, data, current, null, suppressBelow, registry);
    builder.registerScorecard(current);
    return new Planned(builder, plan(builder, registry, catalog, data));
  }

  /** A plan and the builder whose figure ids it answers for. */
  public record Planned(PackBuilder figures, DisclosurePlan plan) {}

  private static DisclosurePlan plan(
      PackBuilder builder, FigureRegistry registry, Catalog catalog, DataSet data) {
    builder.registerTables();
    TreeSet<AcademicYear> years = new TreeSet<>();
    Measures measures = Measures.builtIn();
    for (KpiDefinition k : catalog.kpis()) {
      measures.get(k.measure()).ifPresent(m -> years.addAll(m.years(data)));
    }
    if (!years.isEmpty()) {
      years.add(years.first().previous());
    }
    for (AcademicYear y : years) {
      builder.registerYear(y);
    }
    return registry.plan();
  }
}
