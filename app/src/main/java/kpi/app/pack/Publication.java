package kpi.app.pack;

import java.util.ArrayList;
import java.util.List;
import kpi.app.pack.PackModel.Pack;
import kpi.app.read.FileSummary;
import kpi.core.catalog.Catalog;
import kpi.core.engine.Scorecard;
import kpi.core.measure.DataSet;
import kpi.core.measure.District;
import kpi.core.suppression.DisclosurePlan;

/**
 * Everything a datapack run publishes together (every district's pack, the county workbook and
 * the index), under one suppression plan: packs are drafted with every figure registered, the
 * plan is made once over all of them, then each pack is finished with it. The plan does not
 * depend on which districts are written, so a pack is the same whether it is written alone or
 * with the others.
 *
 * @param districts every district's pack, in reference order
 */
public record Publication(List<Pack> districts, Pack county, DisclosurePlan plan) {
  public Publication {
    districts = List.copyOf(districts);
  }

  /** Drafts, plans and finishes every pack. */
  public static Publication build(Catalog catalog, DataSet data, Scorecard current,
      Scorecard previous, List<FileSummary> inputs, int suppressBelow) {
    FigureRegistry registry = new FigureRegistry(data, suppressBelow,
        catalog.suppression().complement());
    PackBuilder builder = new PackBuilder(catalog, data, current, previous, inputs,
        suppressBelow, registry);
    List<Pack> drafts = new ArrayList<>();
    for (District d : data.districts()) {
      drafts.add(builder.district(d));
    }
    Pack countyDraft = builder.county();
    // Last year's packs (and next year's) show many of the same counts: every year the drop
    // holds is planned together, so each year's run withholds the same quantities.
    java.util.TreeSet<kpi.core.period.Period.AcademicYear> years = new java.util.TreeSet<>();
    kpi.core.measure.Measures measures = kpi.core.measure.Measures.builtIn();
    for (kpi.core.catalog.KpiDefinition k : catalog.kpis()) {
      measures.get(k.measure()).ifPresent(m -> years.addAll(m.years(data)));
    }
    if (!years.isEmpty()) {
      years.add(years.first().previous());
    }
    for (kpi.core.period.Period.AcademicYear y : years) {
      builder.registerYear(y);
    }
    DisclosurePlan plan = registry.plan();
    List<Pack> out = new ArrayList<>();
    for (Pack p : drafts) {
      out.add(PackBuilder.finish(p, plan));
    }
    return new Publication(out, PackBuilder.finish(countyDraft, plan), plan);
  }
}
