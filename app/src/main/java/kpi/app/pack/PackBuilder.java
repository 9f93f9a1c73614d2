package kpi.app.pack;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import kpi.app.pack.PackModel.Cell;
import kpi.app.pack.PackModel.Chart;
import kpi.app.pack.PackModel.Pack;
import kpi.app.pack.PackModel.Row;
import kpi.app.pack.PackModel.SummaryRow;
import kpi.app.pack.PackModel.Table;
import kpi.app.read.FileSummary;
import kpi.app.write.Display;
import kpi.core.apprenticeship.AgeBand;
import kpi.core.apprenticeship.LevelBand;
import kpi.core.catalog.Catalog;
import kpi.core.catalog.Filter;
import kpi.core.catalog.KpiDefinition;
import kpi.core.catalog.Params;
import kpi.core.catalog.TargetRule;
import kpi.core.catalog.Tolerance;
import kpi.core.catalog.Unit;
import kpi.core.engine.KpiResult;
import kpi.core.engine.KpiResult.BreakdownRow;
import kpi.core.engine.KpiResult.ComparatorValue;
import kpi.core.engine.Scorecard;
import kpi.core.engine.TargetText;
import kpi.core.measure.ApprenticeshipMeasure;
import kpi.core.measure.AttainmentMeasure;
import kpi.core.measure.BreakdownValue;
import kpi.core.measure.DataSet;
import kpi.core.measure.District;
import kpi.core.measure.Measure;
import kpi.core.measure.MeasureQuery;
import kpi.core.measure.MeasureResult;
import kpi.core.measure.NeetMeasure;
import kpi.core.neet.ParticipationRoute;
import kpi.core.period.Period;
import kpi.core.status.Direction;
import kpi.core.status.DirectionRule;
import kpi.core.status.Status;
import kpi.core.status.StatusRule;
import kpi.core.suppression.TableSuppression;

/**
 * Builds the data pack of a district (or of the county) from a scorecard, the previous period's
 * scorecard (for districts' direction of travel) and the data, suppressing small numbers.
 */
public final class PackBuilder {
  private static final Filter AGES_16_17 = new Filter(Map.of("academic_age", List.of("16", "17")));

  private final Catalog catalog;
  private final DataSet data;
  private final Scorecard current;
  private final Scorecard previous;
  private final List<FileSummary> inputs;
  private final int threshold;
  private int primary;
  private int secondary;

  /** @param suppressBelow 0 for no suppression (internal use only) */
  public PackBuilder(Catalog catalog, DataSet data, Scorecard current, Scorecard previous,
      List<FileSummary> inputs, int suppressBelow) {
    this.catalog = catalog;
    this.data = data;
    this.current = current;
    this.previous = previous;
    this.inputs = inputs;
    this.threshold = suppressBelow;
  }

  /** A district's pack. */
  public Pack district(District d) {
    primary = 0;
    secondary = 0;
    List<SummaryRow> summary = new ArrayList<>();
    for (KpiResult k : current.kpis()) {
      BreakdownRow row = districtRow(k, d.code());
      if (row != null) {
        summary.add(districtSummary(k, row, d.code()));
      }
    }
    List<Table> tables = tables(d.code(), d.name());
    String slug = PackNames.slugs(data.districts()).getOrDefault(d.code(),
        PackNames.base(d.code()));
    return new Pack(d.name(), slug, false, d.name() + " data pack", current.period(),
        summary, tables, definitions(summary), inputs, threshold, primary, secondary,
        threshold == 0);
  }

  /** The county's pack, with every district side by side. */
  public Pack county() {
    primary = 0;
    secondary = 0;
    List<SummaryRow> summary = new ArrayList<>();
    for (KpiResult k : current.kpis()) {
      summary.add(new SummaryRow(k.kpi().id(), k.kpi().title(), k.kpi().unit(),
          cell(k.value(), k.numerator(), k.denominator(), k.kpi().unit()), Cell.missing(),
          england(k), TargetText.describe(k.kpi(), null), k.status(), k.direction()));
    }
    List<Table> tables = new ArrayList<>();
    tables.add(districtComparison());
    tables.addAll(tables(null, catalog.authority().isEmpty() ? "County" : catalog.authority()));
    String name = catalog.authority().isEmpty() ? "County" : catalog.authority();
    return new Pack(name, "county", true, name + " county data pack", current.period(), summary,
        tables, definitions(summary), inputs, threshold, primary, secondary, threshold == 0);
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
    Double prior = null;
    if (previous != null) {
      for (KpiResult p : previous.kpis()) {
        if (p.kpi().id().equals(def.id())) {
          BreakdownRow pr = districtRow(p, code);
          prior = pr == null ? null : pr.value();
        }
      }
    }
    Double threshold = districtThreshold(k, prior);
    Status status = StatusRule.evaluate(row.value(), threshold, def.target().rule(),
        def.polarity(), Tolerance.absolute(orZero(k.target().amberTolerance())),
        Tolerance.absolute(orZero(k.target().exceedMargin())));
    Direction direction = DirectionRule.evaluate(row.value(), prior, def.unit(), def.polarity(),
        catalog.defaults().noChangeBand().withOverride(def.noChangeBand())).direction();
    return new SummaryRow(def.id(), def.title(), def.unit(),
        cell(row.value(), row.numerator(), row.denominator(), def.unit()),
        cell(k.value(), k.numerator(), k.denominator(), def.unit()), england(k),
        TargetText.describe(def, null), status, direction);
  }

  /**
   * What a district is judged against: the county's threshold for rates, scores and comparator
   * rules; the district's own previous value for "improve" and for relative targets without a
   * baseline. County counts (700 starts) and fixed-baseline targets have no district share, so
   * districts get no status for them.
   */
  private static Double districtThreshold(KpiResult k, Double prior) {
    KpiDefinition def = k.kpi();
    TargetRule rule = def.target().rule();
    if (rule == TargetRule.IMPROVE) {
      return prior;
    }
    if (rule.needsBaseline()) {
      return def.target().baseline() == null && prior != null && def.target().value() != null
          ? rule.threshold(def.target().value(), prior) : null;
    }
    if (def.unit() == Unit.COUNT && rule != TargetRule.ABOVE_COMPARATOR
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
        return c.value() == null ? new Cell(null, kpi.app.write.ScorecardGrid.symbol(c.symbol()), false)
            : new Cell(c.value(), Display.value(c.value(), k.kpi().unit()), false);
      }
    }
    return Cell.missing();
  }

  /** A value with primary suppression on its numerator, denominator or count. */
  Cell cell(Double value, Double numerator, Double denominator, Unit unit) {
    if (value == null) {
      return Cell.missing();
    }
    boolean small = small(numerator) || small(denominator)
        || (unit == Unit.COUNT && numerator == null && small(value));
    if (small) {
      primary++;
      return Cell.hidden();
    }
    return new Cell(value, Display.value(value, unit), false);
  }

  private boolean small(Double d) {
    return d != null && threshold > 0 && d > 0 && d < threshold;
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
      out.add(k.id() + ": " + k.title() + "; target " + TargetText.describe(k, null)
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
    Table routes = participationRoutes(district, areaName);
    if (routes != null) {
      out.add(routes);
    }
    if (data.apprenticeships().starts().starts() > 0) {
      out.add(startsBy("level_band", "Apprenticeship starts by level", district, areaName));
      out.add(startsBy("age_band", "Apprenticeship starts by age at start", district, areaName));
      out.add(startsBySector(district, areaName));
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
    List<String> columns = district == null ? List.of("NEET %", "Not known %")
        : List.of(areaName + " NEET %", areaName + " not known %", "County NEET %",
            "County not known %");
    return new Table("NEET and not known, 16-17 year olds, by month", "The share of young"
        + " people of academic age 16-17 recorded as NEET, and whose activity is not known, in"
        + " each monthly snapshot (custody excluded).", "Month", columns, rows, Chart.LINE,
        Unit.PERCENT, List.of());
  }

  private Cell rate(Measure m, Period p, Filter f, Params params) {
    MeasureResult r = m.compute(data, new MeasureQuery(p, f, params));
    return cell(r.value(), r.numerator(), r.denominator(), Unit.PERCENT);
  }

  private Table participationRoutes(String district, String areaName) {
    Period.AcademicYear year = Period.parse(current.period()).map(Period::academicYear)
        .orElse(null);
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
    return new Table("Participation by route, March " + march.getYear(), "The share of 16-17"
        + " year olds in each route of education and training in the March snapshot.", "Route",
        district == null ? List.of("County %") : List.of(areaName + " %", "County %"), rows,
        Chart.BAR, Unit.PERCENT, List.of());
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
    long[][] counts = new long[years.size()][values.size()];
    for (int y = 0; y < years.size(); y++) {
      for (int v = 0; v < values.size(); v++) {
        Filter f = withDistrict(new Filter(Map.of(dimension, List.of(values.get(v)))), district);
        Double n = starts.compute(data, new MeasureQuery(years.get(y), f, Params.none())).value();
        counts[y][v] = n == null ? 0 : n.longValue();
      }
    }
    List<String> labels = years.stream().map(Period.AcademicYear::label).toList();
    List<String> columns = new ArrayList<>(values);
    return countTable(title + (district == null ? "" : ", " + areaName), "Apprenticeship starts"
        + " by academic year (1 August - 31 July) of learners living in the area.", "Year",
        labels, columns, counts, true, false, Chart.BAR);
  }

  private Table startsBySector(String district, String areaName) {
    ApprenticeshipMeasure starts = new ApprenticeshipMeasure(ApprenticeshipMeasure.Kind.STARTS);
    Period period = Period.parse(current.period()).orElseThrow();
    List<BreakdownValue> sectors = starts.breakdownValues(data, "sector");
    long[][] counts = new long[sectors.size()][1];
    for (int s = 0; s < sectors.size(); s++) {
      Filter f = withDistrict(new Filter(Map.of("sector", List.of(sectors.get(s).code()))),
          district);
      Double n = starts.compute(data, new MeasureQuery(period, f, Params.none())).value();
      counts[s][0] = n == null ? 0 : n.longValue();
    }
    return countTable("Apprenticeship starts by sector, " + current.period()
        + (district == null ? "" : ", " + areaName), "Starts in the academic year by the"
        + " employer's sector.", "Sector", sectors.stream().map(BreakdownValue::label).toList(),
        List.of("Starts"), counts, false, true, Chart.BAR);
  }

  private Table countTable(String title, String description, String first, List<String> labels,
      List<String> columns, long[][] counts, boolean rowTotals, boolean columnTotals,
      Chart chart) {
    TableSuppression.Result s = TableSuppression.apply(counts, rowTotals, columnTotals,
        threshold);
    primary += s.primary();
    secondary += s.secondary();
    List<Row> rows = new ArrayList<>();
    List<String> cols = new ArrayList<>(columns);
    if (rowTotals) {
      cols.add("Total");
    }
    long[] columnSums = new long[columns.size()];
    for (int r = 0; r < counts.length; r++) {
      List<Cell> cells = new ArrayList<>();
      long total = 0;
      for (int c = 0; c < columns.size(); c++) {
        total += counts[r][c];
        columnSums[c] += counts[r][c];
        cells.add(s.suppressed(r, c) ? Cell.hidden()
            : new Cell((double) counts[r][c], Display.count((double) counts[r][c]), false));
      }
      if (rowTotals) {
        cells.add(s.rowTotalHidden()[r] ? Cell.hidden()
            : new Cell((double) total, Display.count((double) total), false));
      }
      rows.add(new Row(labels.get(r), cells));
    }
    if (columnTotals) {
      List<Cell> cells = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        cells.add(s.columnTotalHidden()[c] ? Cell.hidden()
            : new Cell((double) columnSums[c], Display.count((double) columnSums[c]), false));
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
      MeasureQuery q = new MeasureQuery(y, f, new Params(Map.of("grade", 4)));
      cells.add(rate(pass, y, f, new Params(Map.of("grade", 4))));
      if (district != null) {
        cells.add(rate(pass, y, Filter.none(), new Params(Map.of("grade", 4))));
      }
      cells.add(mean(a8.compute(data, q)));
      cells.add(mean(p8.compute(data, q)));
      MeasureResult g = gap.compute(data, new MeasureQuery(y, f, new Params(gapParams)));
      cells.add(g.value() == null ? Cell.missing()
          : new Cell(g.value(), Display.value(g.value(), Unit.SCORE), false));
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
    return new Table("Attainment at key stage 4" + (district == null ? "" : ", " + areaName),
        "Pupils at the end of key stage 4: English and maths passes (letter grades before"
            + " 2016/17 read as C = 4), mean Attainment 8 and Progress 8, and the gap in"
            + " Attainment 8 between other pupils and disadvantaged pupils.", "Year", columns,
        rows, Chart.LINE, Unit.PERCENT, List.of());
  }

  private Cell mean(MeasureResult r) {
    if (r.value() == null) {
      return Cell.missing();
    }
    if (small(r.denominator())) {
      primary++;
      return Cell.hidden();
    }
    return new Cell(r.value(), Display.value(r.value(), Unit.SCORE), false);
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
        cells.add(b == null ? Cell.missing()
            : cell(b.value(), b.numerator(), b.denominator(), k.kpi().unit()));
      }
      if (any) {
        rows.add(new Row(k.kpi().id() + " " + k.kpi().title(), cells));
      }
    }
    return new Table("KPIs by district, " + current.period(), "Each KPI with a district"
        + " breakdown, district by district.", "KPI", districts.stream().map(District::name)
        .toList(), rows, Chart.NONE, Unit.PERCENT, List.of());
  }
}
