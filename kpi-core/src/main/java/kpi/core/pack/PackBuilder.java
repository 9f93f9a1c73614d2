package kpi.core.pack;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import kpi.core.InvalidRequestException;
import kpi.core.apprenticeship.AgeBand;
import kpi.core.apprenticeship.LevelBand;
import kpi.core.catalog.Catalog;
import kpi.core.catalog.Filter;
import kpi.core.catalog.KpiDefinition;
import kpi.core.catalog.Params;
import kpi.core.catalog.TargetRule;
import kpi.core.catalog.Tolerance;
import kpi.core.catalog.Unit;
import kpi.core.comparator.ComparatorValue;
import kpi.core.display.Display;
import kpi.core.engine.KpiResult;
import kpi.core.engine.KpiResult.BreakdownRow;
import kpi.core.engine.Scorecard;
import kpi.core.engine.ScorecardEngine;
import kpi.core.engine.TargetText;
import kpi.core.measure.ApprenticeshipMeasure;
import kpi.core.measure.AttainmentMeasure;
import kpi.core.measure.BreakdownValue;
import kpi.core.measure.DataSet;
import kpi.core.measure.District;
import kpi.core.measure.Measure;
import kpi.core.measure.MeasureQuery;
import kpi.core.measure.MeasureResult;
import kpi.core.measure.Measures;
import kpi.core.measure.NeetMeasure;
import kpi.core.neet.ParticipationRoute;
import kpi.core.pack.PackModel.Cell;
import kpi.core.pack.PackModel.Chart;
import kpi.core.pack.PackModel.Pack;
import kpi.core.pack.PackModel.Row;
import kpi.core.pack.PackModel.SummaryRow;
import kpi.core.pack.PackModel.Table;
import kpi.core.period.Period;
import kpi.core.status.Direction;
import kpi.core.status.DirectionRule;
import kpi.core.status.Status;
import kpi.core.status.StatusRule;
import kpi.core.suppression.DisclosurePlan;

/**
 * Builds the data pack of a district (or of the county) from a scorecard and the data, suppressing
 * small numbers. A district is judged here with the engine's rules ({@link StatusRule}, {@link
 * DirectionRule}) against its own threshold ({@link #districtThreshold}); its previous value, for
 * the direction of travel, is asked of the KPI's measure for the previous period, district by
 * district, as the engine's breakdown asks for the current one (no second scorecard).
 */
public final class PackBuilder {
  private static final Filter AGES_16_17 = new Filter(Map.of("academic_age", List.of("16", "17")));

  private final Catalog catalog;
  private final DataSet data;
  private final Scorecard current;
  private final Period previous;
  private final int threshold;
  private final FigureRegistry registry;
  private final MeasureResults results;

  /**
   * A builder of draft packs: every figure is registered with the publication's registry, and the
   * packs are finished with {@link #finish} once the plan is made from everything published.
   *
   * @param previous the period districts' direction of travel compares with, or null for none
   * @param suppressBelow 0 for no suppression (internal use only)
   */
  public PackBuilder(
      Catalog catalog,
      DataSet data,
      Scorecard current,
      Period previous,
      int suppressBelow,
      FigureRegistry registry) {
    this.catalog = catalog;
    this.data =
        catalog.activityGroups().isEmpty()
            ? data
            : data.withActivityGroups(
                kpi.core.neet.ActivityGroups.standard().withOverrides(catalog.activityGroups()));
    this.current = current;
    this.previous = previous;
    this.threshold = suppressBelow;
    this.registry = registry;
    // The registry's answers serve when they are over the same data (no activity groups).
    this.results =
        registry.results().data() == this.data ? registry.results() : new MeasureResults(this.data);
  }

  /** A district's pack. */
  public Pack district(District d) {
    List<SummaryRow> summary = new ArrayList<>();
    for (KpiResult k : current.kpis()) {
      BreakdownRow row = districtRow(k, d.code());
      if (row != null) {
        summary.add(districtSummary(k, row, d.code()));
      }
    }
    List<Table> tables = tables(d.code(), d.name());
    String slug =
        PackSlugs.slugs(data.districts()).getOrDefault(d.code(), PackSlugs.base(d.code()));
    return new Pack(
        d.name(),
        slug,
        false,
        d.name() + " data pack",
        current.period(),
        summary,
        tables,
        definitions(summary),
        threshold,
        0,
        0,
        threshold == 0);
  }

  /** The county's pack, with every district side by side. */
  public Pack county() {
    List<SummaryRow> summary = new ArrayList<>();
    for (KpiResult k : current.kpis()) {
      String prior =
          k.previous() == null || !"data".equals(k.previous().source())
              ? null
              : kpiFigure(k.kpi(), Period.parse(k.previous().period()).orElse(null), (String) null);
      summary.add(
          new SummaryRow(
              k.kpi().id(),
              k.kpi().title(),
              k.kpi().unit(),
              kpiCell(k.kpi(), k.value(), null),
              Cell.missing(),
              england(k),
              TargetText.describe(k.kpi(), null),
              k.status(),
              k.direction(),
              prior));
    }
    List<Table> tables = new ArrayList<>();
    tables.add(districtComparison());
    tables.addAll(tables(null, catalog.authority().isEmpty() ? "County" : catalog.authority()));
    String name = catalog.authority().isEmpty() ? "County" : catalog.authority();
    return new Pack(
        name,
        "county",
        true,
        name + " county data pack",
        current.period(),
        summary,
        tables,
        definitions(summary),
        threshold,
        0,
        0,
        threshold == 0);
  }

  /**
   * Registers, without drafting a pack, every figure a pack for another academic year would show
   * (KPI values for the county and the districts, participation by route, starts by sector), so
   * that runs for different years plan over the same figures and decide alike.
   */
  public void registerYear(Period.AcademicYear year) {
    for (KpiDefinition def : catalog.kpis()) {
      String total = kpiFigure(def, year, (String) null);
      Measure m = Measures.builtIn().get(def.measure()).orElse(null);
      if (m == null) {
        continue;
      }
      // The district breakdown (the one packs show), with its cells adding up to the total.
      for (String dimension : def.breakdown()) {
        if (!dimension.equals("district") || !m.dimensions().contains(dimension)) {
          continue;
        }
        List<String> parts = new ArrayList<>();
        for (BreakdownValue v : m.breakdownValues(data, dimension)) {
          parts.add(kpiFigure(def, year, def.filter().and(dimension, v.code())));
        }
        registry.partition(total, parts);
      }
    }
    participationRoutes(null, "", year.label());
    if (data.apprenticeships().starts().starts() > 0) {
      startsBySector(null, "", year.label());
    }
    for (District d : data.districts()) {
      participationRoutes(d.code(), d.name(), year.label());
      if (data.apprenticeships().starts().starts() > 0) {
        startsBySector(d.code(), d.name(), year.label());
      }
    }
  }

  /** Registers every figure of a scorecard (headline, previous value, breakdown rows). */
  public void registerScorecard(Scorecard scorecard) {
    for (KpiResult k : scorecard.kpis()) {
      KpiDefinition def = k.kpi();
      Period period = Period.parse(k.period()).orElse(null);
      kpiFigure(def, period, def.filter());
      if (k.previous() != null && "data".equals(k.previous().source())) {
        kpiFigure(def, Period.parse(k.previous().period()).orElse(null), def.filter());
      }
      java.util.Map<String, List<String>> parts = new java.util.LinkedHashMap<>();
      for (BreakdownRow b : k.breakdown()) {
        parts
            .computeIfAbsent(b.dimension(), x -> new ArrayList<>())
            .add(kpiFigure(def, period, def.filter().and(b.dimension(), b.code())));
      }
      String total = kpiFigure(def, period, def.filter());
      parts.values().forEach(p -> registry.partition(total, p));
    }
  }

  /** Registers the tables every pack shows whatever the year (trend, starts, attainment). */
  public void registerTables() {
    List<String> areas = new ArrayList<>();
    areas.add(null);
    data.districts().forEach(d -> areas.add(d.code()));
    for (String a : areas) {
      String name = a == null ? "County" : a;
      neetTrend(a, name);
      if (data.apprenticeships().starts().starts() > 0) {
        startsBy("level_band", "", a, name);
        startsBy("age_band", "", a, name);
      }
      attainment(a, name);
    }
  }

  /** {@code Folkestone and Hythe} -> {@code folkestone-and-hythe}. */
  public static String slug(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return s.replaceAll("^-+|-+$", "");
  }

  private static BreakdownRow districtRow(KpiResult k, String code) {
    for (BreakdownRow b : k.breakdown()) {
      if (b.dimension().equals("district") && b.code().equals(code)) {
        return b;
      }
    }
    return null;
  }

  private SummaryRow districtSummary(KpiResult k, BreakdownRow row, String code) {
    KpiDefinition def = k.kpi();
    Double prior = previous == null ? null : districtPrior(def, code);
    String priorFigure = prior == null ? null : kpiFigure(def, previous, code);
    Double threshold = districtThreshold(k, prior);
    Status status =
        StatusRule.evaluate(
            row.value(),
            threshold,
            def.target().rule(),
            def.polarity(),
            Tolerance.absolute(orZero(k.target().amberTolerance())),
            Tolerance.absolute(orZero(k.target().exceedMargin())));
    Direction direction =
        DirectionRule.evaluate(
                row.value(),
                prior,
                def.unit(),
                def.polarity(),
                catalog.defaults().noChangeBand().withOverride(def.noChangeBand()))
            .direction();
    return new SummaryRow(
        def.id(),
        def.title(),
        def.unit(),
        kpiCell(def, row.value(), code),
        kpiCell(def, k.value(), null),
        england(k),
        TargetText.describe(def, null),
        status,
        direction,
        priorFigure);
  }

  /**
   * A district's value in the previous period: the KPI's measure asked as the engine asks it for a
   * breakdown row (the KPI's filter narrowed to the district, its own parameters, the period the
   * engine would measure the KPI in), or null when the measure has no value or refuses the query.
   */
  private Double districtPrior(KpiDefinition def, String code) {
    Measure m = Measures.builtIn().get(def.measure()).orElse(null);
    if (m == null || !m.dimensions().contains("district")) {
      return null;
    }
    Period p = ScorecardEngine.periodFor(def, m, data, previous);
    try {
      return results
          .compute(m, new MeasureQuery(p, def.filter().and("district", code), def.params()))
          .value();
    } catch (InvalidRequestException e) {
      return null;
    }
  }

  /**
   * What a district is judged against: the county's threshold for rates, scores and comparator
   * rules; the district's own previous value for "improve" and for relative targets without a
   * baseline. County counts (700 starts) and fixed-baseline targets have no district share, so
   * districts get no status for them.
   */
  static Double districtThreshold(KpiResult k, Double prior) {
    KpiDefinition def = k.kpi();
    TargetRule rule = def.target().rule();
    if (rule == TargetRule.IMPROVE) {
      return prior;
    }
    if (rule.needsBaseline()) {
      return def.target().baseline() == null && prior != null && def.target().value() != null
          ? rule.threshold(def.target().value(), prior)
          : null;
    }
    if (def.unit() == Unit.COUNT
        && rule != TargetRule.ABOVE_COMPARATOR
        && rule != TargetRule.BELOW_COMPARATOR) {
      return null;
    }
    return k.target().threshold();
  }

  private static double orZero(Double d) {
    return d == null ? 0 : d;
  }

  private Cell england(KpiResult k) {
    for (ComparatorValue c : k.comparators()) {
      if (c.name().equalsIgnoreCase("England")) {
        return c.value() == null
            ? new Cell(null, Display.symbol(c.symbol()), false)
            : new Cell(c.value(), Display.value(c.value(), k.kpi().unit()), false);
      }
    }
    return Cell.missing();
  }

  /** A KPI's value for the county (district null) or a district, registered for the plan. */
  private Cell kpiCell(KpiDefinition def, Double value, String district) {
    if (value == null) {
      return Cell.missing();
    }
    Period period = Period.parse(current.period()).orElseThrow();
    return draft(value, def.unit(), kpiFigure(def, period, district));
  }

  private String kpiFigure(KpiDefinition def, Period period, String district) {
    return kpiFigure(
        def, period, district == null ? def.filter() : def.filter().and("district", district));
  }

  /** The figure of a KPI for a period and filter (its own, narrowed for a breakdown). */
  public String kpiFigure(KpiDefinition def, Period period, Filter f) {
    if (period == null) {
      return null;
    }
    Measure m = Measures.builtIn().get(def.measure()).orElse(null);
    if (m == null) {
      return null;
    }
    Params params = def.params();
    if (def.measure().equals(kpi.core.measure.ReturnsMeasure.ID)
        && !params.values().containsKey(kpi.core.measure.ReturnsMeasure.KPI_ID)) {
      Map<String, Object> withId = new java.util.LinkedHashMap<>(params.values());
      withId.put(kpi.core.measure.ReturnsMeasure.KPI_ID, def.id());
      params = new Params(withId);
    }
    return registry.figure(m, new MeasureQuery(period, f, params), def.unit());
  }

  /** A shown value, rounded as it is displayed, until the plan says otherwise. */
  static Cell draft(Double value, Unit unit, String figure) {
    if (value == null) {
      return Cell.missing();
    }
    double rounded =
        switch (unit) {
          case PERCENT, RATE_PER_100K -> Display.round(value, 1).doubleValue();
          case SCORE -> Display.round(value, 2).doubleValue();
          case COUNT -> Display.round(value, 1).doubleValue();
        };
    return new Cell(rounded, Display.value(value, unit), false, figure);
  }

  /**
   * Finishes a draft pack with the publication's plan: every cell whose figure the plan withholds
   * becomes {@code c}; no status or direction is given for a hidden value; the notes count the
   * hidden cells by reason.
   */
  public static Pack finish(Pack draft, DisclosurePlan plan) {
    int[] counts = new int[2];
    List<SummaryRow> summary = new ArrayList<>();
    for (SummaryRow k : draft.summary()) {
      Cell area = resolve(k.area(), plan, counts);
      Cell county = resolve(k.county(), plan, counts);
      boolean priorHidden = k.previous() != null && plan.hidden(k.previous());
      summary.add(
          new SummaryRow(
              k.id(),
              k.title(),
              k.unit(),
              area,
              county,
              k.england(),
              k.target(),
              area.suppressed() ? null : k.status(),
              area.suppressed() || priorHidden ? null : k.direction(),
              k.previous()));
    }
    List<Table> tables = new ArrayList<>();
    for (Table t : draft.tables()) {
      List<Row> rows = new ArrayList<>();
      for (Row r : t.rows()) {
        List<Cell> cells = new ArrayList<>();
        for (Cell c : r.cells()) {
          cells.add(resolve(c, plan, counts));
        }
        rows.add(new Row(r.label(), cells));
      }
      tables.add(
          new Table(
              t.title(),
              t.description(),
              t.firstColumn(),
              t.columns(),
              rows,
              t.chart(),
              t.unit(),
              t.notes()));
    }
    return new Pack(
        draft.area(),
        draft.slug(),
        draft.county(),
        draft.title(),
        draft.period(),
        summary,
        tables,
        draft.definitions(),
        draft.suppressBelow(),
        counts[0],
        counts[1],
        draft.unsuppressed());
  }

  private static Cell resolve(Cell c, DisclosurePlan plan, int[] counts) {
    if (c.figure() == null || !plan.hidden(c.figure())) {
      return c;
    }
    boolean primary = false;
    for (String q : plan.figures().get(c.figure()).quantities()) {
      DisclosurePlan.Reason r = plan.withheld().get(q);
      primary |= r == DisclosurePlan.Reason.PRIMARY || r == DisclosurePlan.Reason.COMPLEMENT;
    }
    counts[primary ? 0 : 1]++;
    return new Cell(null, "[c]", true, c.figure());
  }

  /** Definitions of the KPIs the pack shows, in words (no measure ids or internal labels). */
  private List<String> definitions(List<SummaryRow> shown) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    shown.forEach(r -> ids.add(r.id()));
    List<String> out = new ArrayList<>();
    for (KpiDefinition k : catalog.kpis()) {
      if (!ids.contains(k.id())) {
        continue;
      }
      String source = k.source().replaceAll("\\s*\\(seed [0-9]+\\)", "");
      out.add(
          k.id()
              + ": "
              + k.title()
              + "; target "
              + TargetText.describe(k, null)
              + (source.isEmpty() ? "" : "; source: " + source));
    }
    return out;
  }

  private List<Table> tables(String district, String areaName) {
    List<Table> out = new ArrayList<>();
    Table trend = neetTrend(district, areaName);
    if (trend != null) {
      out.add(trend);
    }
    Table routes = participationRoutes(district, areaName, current.period());
    if (routes != null) {
      out.add(routes);
    }
    if (data.apprenticeships().starts().starts() > 0) {
      out.add(startsBy("level_band", "Apprenticeship starts by level", district, areaName));
      out.add(startsBy("age_band", "Apprenticeship starts by age at start", district, areaName));
      out.add(startsBySector(district, areaName, current.period()));
    }
    Table attainment = attainment(district, areaName);
    if (attainment != null) {
      out.add(attainment);
    }
    return out;
  }

  private Filter withDistrict(Filter f, String district) {
    return district == null ? f : f.with("district", List.of(district));
  }

  private Table neetTrend(String district, String areaName) {
    NavigableSet<YearMonth> months = data.neet().months();
    if (months.isEmpty()) {
      return null;
    }
    List<YearMonth> last = new ArrayList<>(months.descendingSet());
    last = last.subList(0, Math.min(24, last.size()));
    java.util.Collections.reverse(last);
    List<Row> rows = new ArrayList<>();
    NeetMeasure neet = new NeetMeasure(NeetMeasure.Kind.NEET_RATE);
    NeetMeasure nk = new NeetMeasure(NeetMeasure.Kind.NOT_KNOWN_RATE);
    for (YearMonth m : last) {
      List<Cell> cells = new ArrayList<>();
      Period p = new Period.Month(m);
      cells.add(rate(neet, p, withDistrict(AGES_16_17, district), Params.none()));
      cells.add(rate(nk, p, withDistrict(AGES_16_17, district), Params.none()));
      if (district != null) {
        cells.add(rate(neet, p, AGES_16_17, Params.none()));
        cells.add(rate(nk, p, AGES_16_17, Params.none()));
      }
      rows.add(new Row(m.toString(), cells));
    }
    List<String> columns =
        district == null
            ? List.of("NEET %", "Not known %")
            : List.of(
                areaName + " NEET %",
                areaName + " not known %",
                "County NEET %",
                "County not known %");
    return new Table(
        "NEET and not known, 16-17 year olds, by month",
        "The share of young"
            + " people of academic age 16-17 recorded as NEET, and whose activity is not known, in"
            + " each monthly snapshot (custody excluded).",
        "Month",
        columns,
        rows,
        Chart.LINE,
        Unit.PERCENT,
        List.of());
  }

  private Cell rate(Measure m, Period p, Filter f, Params params) {
    MeasureQuery q = new MeasureQuery(p, f, params);
    MeasureResult r = results.compute(m, q);
    return r.value() == null
        ? Cell.missing()
        : draft(r.value(), Unit.PERCENT, registry.figure(m, q, Unit.PERCENT));
  }

  private Table participationRoutes(String district, String areaName, String periodLabel) {
    Period.AcademicYear year = Period.parse(periodLabel).map(Period::academicYear).orElse(null);
    if (year == null) {
      return null;
    }
    YearMonth march = year.month(3);
    if (!data.neet().hasMonth(march)) {
      return null;
    }
    NeetMeasure part = new NeetMeasure(NeetMeasure.Kind.PARTICIPATION_RATE);
    List<Row> rows = new ArrayList<>();
    for (ParticipationRoute route : ParticipationRoute.values()) {
      Params p = new Params(Map.of("route", route.name().toLowerCase(Locale.ROOT)));
      List<Cell> cells = new ArrayList<>();
      cells.add(rate(part, new Period.Month(march), withDistrict(AGES_16_17, district), p));
      if (district != null) {
        cells.add(rate(part, new Period.Month(march), AGES_16_17, p));
      }
      rows.add(new Row(route.label(), cells));
    }
    return new Table(
        "Participation by route, March " + march.getYear(),
        "The share of 16-17"
            + " year olds in each route of education and training in the March snapshot.",
        "Route",
        district == null ? List.of("County %") : List.of(areaName + " %", "County %"),
        rows,
        Chart.BAR,
        Unit.PERCENT,
        List.of());
  }

  /** Starts by a band over the years, with row totals; suppressed as a table. */
  private Table startsBy(String dimension, String title, String district, String areaName) {
    ApprenticeshipMeasure starts = new ApprenticeshipMeasure(ApprenticeshipMeasure.Kind.STARTS);
    List<String> values = new ArrayList<>();
    if (dimension.equals("level_band")) {
      for (LevelBand b : LevelBand.values()) {
        values.add(b.id());
      }
    } else {
      for (AgeBand b : AgeBand.values()) {
        values.add(b.id());
      }
    }
    List<Period.AcademicYear> years = starts.years(data);
    double[][] counts = new double[years.size()][values.size()];
    String[][] figures = new String[years.size()][values.size()];
    String[] totals = new String[years.size()];
    for (int y = 0; y < years.size(); y++) {
      for (int v = 0; v < values.size(); v++) {
        Filter f = withDistrict(new Filter(Map.of(dimension, List.of(values.get(v)))), district);
        MeasureQuery q = new MeasureQuery(years.get(y), f, Params.none());
        Double n = results.compute(starts, q).value();
        counts[y][v] = n == null ? 0 : n;
        figures[y][v] = registry.figure(starts, q, Unit.COUNT);
      }
      MeasureQuery all =
          new MeasureQuery(years.get(y), withDistrict(Filter.none(), district), Params.none());
      totals[y] =
          registry.total(
              "starts by " + dimension + "|" + years.get(y).label() + "|" + district,
              java.util.Arrays.asList(figures[y]),
              registry.figure(starts, all, Unit.COUNT));
    }
    List<String> labels = years.stream().map(Period.AcademicYear::label).toList();
    List<String> columns = new ArrayList<>(values);
    return countTable(
        title + (district == null ? "" : ", " + areaName),
        "Apprenticeship starts"
            + " by academic year (1 August - 31 July) of learners living in the area.",
        "Year",
        labels,
        columns,
        counts,
        figures,
        totals,
        null,
        Chart.BAR);
  }

  private Table startsBySector(String district, String areaName, String periodLabel) {
    ApprenticeshipMeasure starts = new ApprenticeshipMeasure(ApprenticeshipMeasure.Kind.STARTS);
    Period period = Period.parse(periodLabel).orElseThrow();
    List<BreakdownValue> sectors = starts.breakdownValues(data, "sector");
    double[][] counts = new double[sectors.size()][1];
    String[][] figures = new String[sectors.size()][1];
    List<String> column = new ArrayList<>();
    for (int s = 0; s < sectors.size(); s++) {
      Filter f =
          withDistrict(new Filter(Map.of("sector", List.of(sectors.get(s).code()))), district);
      MeasureQuery q = new MeasureQuery(period, f, Params.none());
      Double n = results.compute(starts, q).value();
      counts[s][0] = n == null ? 0 : n;
      figures[s][0] = registry.figure(starts, q, Unit.COUNT);
      column.add(figures[s][0]);
    }
    MeasureQuery all =
        new MeasureQuery(period, withDistrict(Filter.none(), district), Params.none());
    String total =
        registry.total(
            "starts by sector|" + period.label() + "|" + district,
            column,
            registry.figure(starts, all, Unit.COUNT));
    return countTable(
        "Apprenticeship starts by sector, "
            + periodLabel
            + (district == null ? "" : ", " + areaName),
        "Starts in the academic year by the" + " employer's sector.",
        "Sector",
        sectors.stream().map(BreakdownValue::label).toList(),
        List.of("Starts"),
        counts,
        figures,
        null,
        new String[] {total},
        Chart.BAR);
  }

  /** A table of counts with row totals or a total row; the plan decides what is hidden. */
  private static Table countTable(
      String title,
      String description,
      String first,
      List<String> labels,
      List<String> columns,
      double[][] counts,
      String[][] figures,
      String[] rowTotals,
      String[] columnTotals,
      Chart chart) {
    List<Row> rows = new ArrayList<>();
    List<String> cols = new ArrayList<>(columns);
    if (rowTotals != null) {
      cols.add("Total");
    }
    double[] columnSums = new double[columns.size()];
    for (int r = 0; r < counts.length; r++) {
      List<Cell> cells = new ArrayList<>();
      double total = 0;
      for (int c = 0; c < columns.size(); c++) {
        total += counts[r][c];
        columnSums[c] += counts[r][c];
        cells.add(draft(counts[r][c], Unit.COUNT, figures[r][c]));
      }
      if (rowTotals != null) {
        cells.add(draft(total, Unit.COUNT, rowTotals[r]));
      }
      rows.add(new Row(labels.get(r), cells));
    }
    if (columnTotals != null) {
      List<Cell> cells = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        cells.add(draft(columnSums[c], Unit.COUNT, columnTotals[c]));
      }
      rows.add(new Row("Total", cells));
    }
    return new Table(title, description, first, cols, rows, chart, Unit.COUNT, List.of());
  }

  private Table attainment(String district, String areaName) {
    AttainmentMeasure pass = new AttainmentMeasure(AttainmentMeasure.Kind.KS4_EM_PASS_RATE);
    List<Period.AcademicYear> years = pass.years(data);
    if (years.isEmpty()) {
      return null;
    }
    AttainmentMeasure a8 = new AttainmentMeasure(AttainmentMeasure.Kind.KS4_ATTAINMENT8_MEAN);
    AttainmentMeasure p8 = new AttainmentMeasure(AttainmentMeasure.Kind.KS4_PROGRESS8_MEAN);
    AttainmentMeasure gap = new AttainmentMeasure(AttainmentMeasure.Kind.KS4_GAP);
    List<Row> rows = new ArrayList<>();
    Map<String, Object> gapParams = new HashMap<>();
    gapParams.put("of", "ks4.attainment8_mean");
    gapParams.put("group", "disadvantaged");
    for (Period.AcademicYear y : years) {
      Filter f = withDistrict(Filter.none(), district);
      List<Cell> cells = new ArrayList<>();
      MeasureQuery q = new MeasureQuery(y, f, Params.none());
      cells.add(rate(pass, y, f, new Params(Map.of("grade", 4))));
      if (district != null) {
        cells.add(rate(pass, y, Filter.none(), new Params(Map.of("grade", 4))));
      }
      cells.add(scored(a8, q));
      cells.add(scored(p8, q));
      cells.add(scored(gap, new MeasureQuery(y, f, new Params(gapParams))));
      rows.add(new Row(y.label(), cells));
    }
    List<String> columns = new ArrayList<>();
    columns.add((district == null ? "" : areaName + " ") + "English and maths 9-4 (A*-C) %");
    if (district != null) {
      columns.add("County English and maths %");
    }
    columns.add("Attainment 8");
    columns.add("Progress 8");
    columns.add("Disadvantaged gap in Attainment 8");
    return new Table(
        "Attainment at key stage 4" + (district == null ? "" : ", " + areaName),
        "Pupils at the end of key stage 4: English and maths passes (letter grades before"
            + " 2016/17 read as C = 4), mean Attainment 8 and Progress 8, and the gap in"
            + " Attainment 8 between other pupils and disadvantaged pupils.",
        "Year",
        columns,
        rows,
        Chart.LINE,
        Unit.PERCENT,
        List.of());
  }

  /** A mean or a gap, judged by its numbers of pupils (never by its sum of scores). */
  private Cell scored(Measure m, MeasureQuery q) {
    MeasureResult r = results.compute(m, q);
    return r.value() == null
        ? Cell.missing()
        : draft(r.value(), Unit.SCORE, registry.figure(m, q, Unit.SCORE));
  }

  /** KPIs with district breakdowns, one column per district. */
  private Table districtComparison() {
    List<District> districts = data.districts();
    List<Row> rows = new ArrayList<>();
    for (KpiResult k : current.kpis()) {
      List<Cell> cells = new ArrayList<>();
      boolean any = false;
      for (District d : districts) {
        BreakdownRow b = districtRow(k, d.code());
        any |= b != null;
        cells.add(b == null ? Cell.missing() : kpiCell(k.kpi(), b.value(), d.code()));
      }
      if (any) {
        rows.add(new Row(k.kpi().id() + " " + k.kpi().title(), cells));
      }
    }
    return new Table(
        "KPIs by district, " + current.period(),
        "Each KPI with a district" + " breakdown, district by district.",
        "KPI",
        districts.stream().map(District::name).toList(),
        rows,
        Chart.NONE,
        Unit.PERCENT,
        List.of());
  }
}
