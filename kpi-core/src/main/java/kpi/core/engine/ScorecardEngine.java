package kpi.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import kpi.core.InvalidRequestException;
import kpi.core.catalog.Catalog;
import kpi.core.catalog.CompareWith;
import kpi.core.catalog.Defaults;
import kpi.core.catalog.KpiDefinition;
import kpi.core.catalog.Params;
import kpi.core.catalog.Polarity;
import kpi.core.catalog.Target;
import kpi.core.catalog.TargetRule;
import kpi.core.catalog.Tolerance;
import kpi.core.catalog.Unit;
import kpi.core.comparator.ComparatorValue;
import kpi.core.comparator.Field;
import kpi.core.comparator.Observation;
import kpi.core.engine.KpiResult.BreakdownRow;
import kpi.core.engine.KpiResult.HistoryPoint;
import kpi.core.engine.KpiResult.PreviousValue;
import kpi.core.engine.KpiResult.QuintileResult;
import kpi.core.engine.KpiResult.SignificanceResult;
import kpi.core.engine.KpiResult.TargetResult;
import kpi.core.measure.BreakdownValue;
import kpi.core.measure.DataSet;
import kpi.core.measure.LevyMeasure;
import kpi.core.measure.Measure;
import kpi.core.measure.MeasureQuery;
import kpi.core.measure.MeasureResult;
import kpi.core.measure.Measures;
import kpi.core.measure.ReturnsMeasure;
import kpi.core.neet.ActivityGroups;
import kpi.core.period.Period;
import kpi.core.period.Period.AcademicYear;
import kpi.core.stats.Byar;
import kpi.core.stats.Interval;
import kpi.core.stats.Level;
import kpi.core.stats.Quintiles;
import kpi.core.stats.RecentTrend;
import kpi.core.stats.Significance;
import kpi.core.stats.Wilson;
import kpi.core.status.Direction;
import kpi.core.status.DirectionRule;
import kpi.core.status.DirectionRule.Travel;
import kpi.core.status.Status;
import kpi.core.status.StatusRule;

/**
 * The one entry point from a catalog and a data set to a scorecard: every KPI's value, target
 * threshold, status, previous value, direction of travel and breakdowns. Pure and thread-safe.
 */
public final class ScorecardEngine {
  private final Measures measures;

  public ScorecardEngine(Measures measures) {
    this.measures = measures;
  }

  public static ScorecardEngine standard() {
    return new ScorecardEngine(Measures.builtIn());
  }

  /** Computes every KPI of the catalog. */
  public Scorecard compute(Catalog catalog, DataSet data, ScorecardRequest request) {
    DataSet d = withCatalogGroups(catalog, data);
    Period period =
        request.period() != null
            ? request.period()
            : latestYear(catalog, d).map(Period.class::cast).orElse(null);
    if (period == null) {
      throw new InvalidRequestException(
          "the data holds no value for any KPI of " + catalog.id() + "; check the data drop");
    }
    List<KpiResult> results = new ArrayList<>();
    for (KpiDefinition kpi : catalog.kpis()) {
      results.add(evaluate(catalog, kpi, d, period, request));
    }
    return new Scorecard(catalog, period.label(), results);
  }

  /**
   * The default period, chosen by coverage: the latest academic year in which most (more than half)
   * of the catalog's KPIs have a value; when no year reaches that, the year with the most values
   * (the later of equals). Empty when no KPI has a value in any year.
   *
   * @param withValues how many KPIs have a value in the chosen year
   * @param later later years that have some values but not most, latest first, with their counts
   * @param reason one sentence saying which year was chosen and why
   */
  public record PeriodChoice(
      AcademicYear year,
      int withValues,
      int kpis,
      java.util.Map<AcademicYear, Integer> later,
      String reason) {

    /** True when more than half of the KPIs have no value in the chosen year. */
    public boolean mostlyEmpty() {
      return withValues * 2 < kpis;
    }
  }

  /** The default period by coverage, with the reason (see {@link PeriodChoice}). */
  public Optional<PeriodChoice> choosePeriod(Catalog catalog, DataSet data) {
    DataSet d = withCatalogGroups(catalog, data);
    TreeSet<AcademicYear> years = new TreeSet<>();
    for (KpiDefinition kpi : catalog.kpis()) {
      measures.get(kpi.measure()).ifPresent(m -> years.addAll(m.years(d)));
    }
    int total = catalog.kpis().size();
    java.util.Map<AcademicYear, Integer> counts = new java.util.LinkedHashMap<>();
    AcademicYear best = null;
    for (AcademicYear year : years.descendingSet()) {
      int n = 0;
      for (KpiDefinition kpi : catalog.kpis()) {
        Optional<Measure> m = measures.get(kpi.measure());
        if (m.isPresent() && measure(m.get(), d, query(kpi, year)).value() != null) {
          n++;
        }
      }
      if (n * 2 > total) {
        return Optional.of(
            new PeriodChoice(
                year,
                n,
                total,
                counts,
                year.label()
                    + ", the latest academic year in which most KPIs have a value ("
                    + n
                    + " of "
                    + total
                    + ")"
                    + passedOver(counts, total)));
      }
      counts.put(year, n);
      if (n > 0 && (best == null || n > counts.get(best))) {
        best = year;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    int n = counts.get(best);
    java.util.Map<AcademicYear, Integer> later = new java.util.LinkedHashMap<>();
    for (java.util.Map.Entry<AcademicYear, Integer> e : counts.entrySet()) {
      if (e.getKey().compareTo(best) > 0) {
        later.put(e.getKey(), e.getValue());
      }
    }
    return Optional.of(
        new PeriodChoice(
            best,
            n,
            total,
            later,
            best.label()
                + ": no academic year has a value for most KPIs; this one has the most ("
                + n
                + " of "
                + total
                + ")"
                + passedOver(later, total)));
  }

  private static String passedOver(java.util.Map<AcademicYear, Integer> later, int total) {
    List<String> parts = new ArrayList<>();
    later.forEach(
        (y, n) -> {
          if (n > 0) {
            parts.add(y.label() + " has " + n + " of " + total);
          }
        });
    return parts.isEmpty() ? "" : "; " + String.join(", ", parts);
  }

  /** The default academic year (see {@link #choosePeriod}). */
  public Optional<AcademicYear> latestYear(Catalog catalog, DataSet data) {
    return choosePeriod(catalog, data).map(PeriodChoice::year);
  }

  /**
   * The period a KPI is measured for: the scorecard's own, or for a KPI measured only yearly in a
   * monthly or quarterly scorecard, the academic year the period falls in.
   */
  public static Period periodFor(KpiDefinition kpi, Measure measure, DataSet data, Period period) {
    if (period instanceof AcademicYear || measure.measuresWithinYear(data, query(kpi, period))) {
      return period;
    }
    return period.academicYear();
  }

  /** Computes one KPI. */
  public KpiResult evaluate(
      Catalog catalog, KpiDefinition kpi, DataSet data, Period asked, ScorecardRequest request) {
    Defaults defaults = catalog.defaults();
    Measure measure =
        measures
            .get(kpi.measure())
            .orElseThrow(
                () ->
                    new InvalidRequestException(
                        "KPI " + kpi.id() + ": unknown measure " + kpi.measure()));
    List<String> notes = new ArrayList<>();
    Period period = periodFor(kpi, measure, data, asked);
    MeasureResult current = measure(measure, data, query(kpi, period));
    notes.addAll(current.notes());
    int minBase = kpi.minDenominator() != null ? kpi.minDenominator() : defaults.minDenominator();
    if (current.value() != null
        && current.denominator() != null
        && current.denominator() < minBase) {
      notes.add(
          0,
          KpiResult.SMALL_BASE
              + ": the rate rests on "
              + plainCount(current.denominator())
              + " (fewer than "
              + minBase
              + "), so a small change in numbers moves it a lot");
    }

    Period previousPeriod =
        (kpi.compareWith() != null ? kpi.compareWith() : defaults.compareWith())
                == CompareWith.SAME_PERIOD_LAST_YEAR
            ? period.yearEarlier()
            : period.previous();
    PreviousValue previous = previous(kpi, measure, data, previousPeriod, request);
    if (!period.equals(asked)) {
      notes.add(
          0,
          KpiResult.MEASURED_YEARLY
              + ": the value for the academic year "
              + period.label()
              + " (which "
              + asked.label()
              + " falls in), compared with "
              + previousPeriod.label());
    }

    List<ComparatorValue> comparators = data.comparators().values(kpi, period);
    for (ComparatorValue c : comparators) {
      if (c.value() == null && c.symbol() == null) {
        notes.add(
            "no "
                + c.name()
                + " figure for "
                + kpi.comparator().indicator()
                + " in "
                + period.label()
                + " in the drop's comparators/");
      }
    }
    TargetResolution resolved = resolveTarget(kpi, measure, data, previous, comparators);
    notes.addAll(resolved.notes);

    Tolerance amber =
        kpi.amberTolerance() != null ? kpi.amberTolerance() : defaults.amberTolerance();
    Tolerance exceed = kpi.exceedMargin() != null ? kpi.exceedMargin() : defaults.exceedMargin();
    Status status =
        StatusRule.evaluate(
            current.value(),
            resolved.threshold,
            kpi.target().rule(),
            kpi.polarity(),
            amber,
            exceed);
    Travel travel =
        DirectionRule.evaluate(
            current.value(),
            previous == null ? null : previous.value(),
            kpi.unit(),
            kpi.polarity(),
            defaults.noChangeBand().withOverride(kpi.noChangeBand()));

    Target t = kpi.target();
    Double threshold = resolved.threshold;
    TargetResult target =
        new TargetResult(
            t.rule().id(),
            t.value(),
            threshold,
            resolved.baselineValue,
            resolved.baselinePeriod,
            t.deadline() == null ? null : t.deadline().toString(),
            t.text() != null ? t.text() : TargetText.describe(kpi, resolved.baselinePeriod),
            threshold == null ? null : amber.resolve(threshold),
            threshold == null ? null : exceed.resolve(threshold));

    List<Interval> intervals = intervals(kpi, current);
    List<SignificanceResult> significance = significance(kpi, intervals, comparators);
    Optional<Field> field = data.comparators().field(kpi, period);
    Quintiles.Distribution distribution = field.map(f -> distribution(kpi, f)).orElse(null);
    QuintileResult quintile =
        field.isEmpty() ? null : quintile(catalog, field.get(), distribution, current.value());

    List<BreakdownRow> breakdown = breakdown(kpi, measure, data, period, request, distribution);
    if (!kpi.note().isEmpty()) {
      notes.add(kpi.note());
    }
    return new KpiResult(
        kpi,
        period.label(),
        current.value(),
        current.numerator(),
        current.denominator(),
        target,
        status,
        previous,
        travel.change(),
        travel.band(),
        travel.direction(),
        comparators,
        breakdown,
        notes,
        current.workings(),
        data.comparators().rank(kpi, period, catalog.authority()).orElse(null),
        trend(kpi, measure, data, period),
        intervals,
        significance,
        quintile,
        history(catalog, kpi, measure, data, period, request));
  }

  /**
   * The value's 95% and 99.8% intervals: Wilson for a percentage of a denominator, Byar for a count
   * and for a rate per 100,000 of a population; none for scores and for values without the counts
   * behind them. A share of money (the levy) is not a proportion of people, so it has none either.
   */
  static List<Interval> intervals(KpiDefinition kpi, MeasureResult r) {
    Double v = r.value();
    if (v == null || LevyMeasure.isLevy(kpi.measure())) {
      return List.of();
    }
    Double x = r.numerator();
    Double n = r.denominator();
    List<Interval> out = new ArrayList<>();
    for (Level level : Level.values()) {
      switch (kpi.unit()) {
        case PERCENT -> {
          if (consistent(v, x, n, 100) && x <= n) {
            out.add(Wilson.percent(x, n, level));
          }
        }
        case RATE_PER_100K -> {
          if (consistent(v, x, n, 100_000)) {
            out.add(Byar.rate(x, n, 100_000, level));
          }
        }
        case COUNT -> {
          boolean handKept = kpi.measure().equals(ReturnsMeasure.ID);
          if (v >= 0 && !handKept) {
            out.add(Byar.count(v, level));
          }
        }
        default -> {
          // A score (Attainment 8, Progress 8, points per entry) has no interval here.
        }
      }
    }
    return out;
  }

  /** True when the value is {@code scale} x numerator / denominator, both present and sane. */
  private static boolean consistent(double v, Double x, Double n, double scale) {
    if (x == null || n == null || !(n > 0) || x < 0) {
      return false;
    }
    double expected = scale * x / n;
    return Math.abs(expected - v) <= 1e-9 * Math.max(1, Math.abs(v));
  }

  /** Each comparator with a value against the KPI's interval, at 95% then 99.8%. */
  private static List<SignificanceResult> significance(
      KpiDefinition kpi, List<Interval> intervals, List<ComparatorValue> comparators) {
    List<SignificanceResult> out = new ArrayList<>();
    if (intervals.isEmpty()) {
      return out;
    }
    for (ComparatorValue c : comparators) {
      if (c.value() == null) {
        continue;
      }
      for (Interval ci : intervals) {
        out.add(
            new SignificanceResult(
                c.name(),
                ci.level(),
                c.value(),
                Significance.compare(ci, c.value(), kpi.polarity())));
      }
    }
    return out;
  }

  /** The field's quintiles, numbered so that quintile 1 is the best by the KPI's polarity. */
  private static Quintiles.Distribution distribution(KpiDefinition kpi, Field field) {
    List<Quintiles.AreaValue> areas = new ArrayList<>();
    for (Observation o : field.areas()) {
      areas.add(new Quintiles.AreaValue(areaKey(o), o.value()));
    }
    return Quintiles.of(
        areas,
        kpi.polarity() == Polarity.LOWER_IS_BETTER
            ? Quintiles.First.LOWEST
            : Quintiles.First.HIGHEST);
  }

  private static String areaKey(Observation o) {
    return o.areaCode().isEmpty() ? o.areaName() : o.areaCode();
  }

  /**
   * The authority's quintile: its own published figure's when the file holds it, else its computed
   * value placed in the distribution.
   */
  private static QuintileResult quintile(
      Catalog catalog, Field field, Quintiles.Distribution d, Double value) {
    String authority = catalog.authority();
    Integer q = null;
    boolean placed = false;
    if (authority != null && !authority.isBlank()) {
      for (Observation o : field.areas()) {
        if (o.isArea(authority)) {
          q = d.quintileOf(areaKey(o));
          break;
        }
      }
    }
    if (q == null && value != null) {
      q = d.placeOf(value);
      placed = true;
    }
    if (q == null) {
      return null;
    }
    return new QuintileResult(
        field.among(), d.n(), q, field.period(), d.first().words(), placed, field.source());
  }

  /**
   * The KPI's value and status in each earlier period the data, an earlier scorecard or the returns
   * hold, oldest first, looking back at most {@link KpiResult#HISTORY_POINTS} periods.
   */
  private List<HistoryPoint> history(
      Catalog catalog,
      KpiDefinition kpi,
      Measure measure,
      DataSet data,
      Period period,
      ScorecardRequest request) {
    List<Period> periods = new ArrayList<>();
    Period p = period;
    for (int i = 0; i < KpiResult.HISTORY_POINTS; i++) {
      p = p.previous();
      periods.add(0, p);
    }
    List<HistoryPoint> out = new ArrayList<>();
    PreviousValue before = null;
    for (Period q : periods) {
      PreviousValue v = valueIn(kpi, measure, data, q, request);
      if (v == null) {
        before = null;
        continue;
      }
      Status status;
      try {
        TargetResolution t =
            resolveTarget(kpi, measure, data, before, data.comparators().values(kpi, q));
        Defaults defaults = catalog.defaults();
        status =
            StatusRule.evaluate(
                v.value(),
                t.threshold,
                kpi.target().rule(),
                kpi.polarity(),
                kpi.amberTolerance() != null ? kpi.amberTolerance() : defaults.amberTolerance(),
                kpi.exceedMargin() != null ? kpi.exceedMargin() : defaults.exceedMargin());
      } catch (InvalidRequestException e) {
        status = null;
      }
      Direction travel =
          DirectionRule.evaluate(
                  v.value(),
                  before == null ? null : before.value(),
                  kpi.unit(),
                  kpi.polarity(),
                  catalog.defaults().noChangeBand().withOverride(kpi.noChangeBand()))
              .direction();
      out.add(new HistoryPoint(q.label(), v.value(), status, v.source(), travel));
      before = v;
    }
    return out;
  }

  /** A period's value from the data, else an earlier scorecard, else the returns; or null. */
  private static PreviousValue valueIn(
      KpiDefinition kpi, Measure measure, DataSet data, Period q, ScorecardRequest request) {
    MeasureResult r = measure(measure, data, query(kpi, q));
    if (r.value() != null) {
      return new PreviousValue(q.label(), r.value(), "data");
    }
    PreviousValue given = request.earlierValue(kpi.id(), q.label());
    if (given != null) {
      return given;
    }
    if (!kpi.measure().equals(ReturnsMeasure.ID)) {
      Params borrowed = new Params(java.util.Map.of(ReturnsMeasure.KPI_ID, kpi.id()));
      MeasureResult h = new ReturnsMeasure().compute(data, new MeasureQuery(q, null, borrowed));
      if (h.value() != null) {
        return new PreviousValue(q.label(), h.value(), "returns");
      }
    }
    return null;
  }

  private static String plainCount(double d) {
    return d == Math.rint(d)
        ? Long.toString((long) d)
        : java.math.BigDecimal.valueOf(d)
            .setScale(1, java.math.RoundingMode.HALF_UP)
            .toPlainString();
  }

  private static DataSet withCatalogGroups(Catalog catalog, DataSet data) {
    if (catalog.activityGroups().isEmpty()) {
      return data;
    }
    return data.withActivityGroups(
        ActivityGroups.standard().withOverrides(catalog.activityGroups()));
  }

  /**
   * Fingertips' recent trend over the KPI's last five annual points (the same month a year apart
   * for a monthly period), oldest first; null when the KPI does not ask for it.
   */
  private static RecentTrend.Outcome trend(
      KpiDefinition kpi, Measure measure, DataSet data, Period period) {
    if (kpi.trend() == null) {
      return null;
    }
    List<Period> periods = new ArrayList<>();
    Period p = period;
    for (int i = 0; i < RecentTrend.POINTS; i++) {
      periods.add(0, p);
      p = p.yearEarlier();
    }
    List<RecentTrend.Count> counts = new ArrayList<>();
    List<RecentTrend.Value> values = new ArrayList<>();
    boolean proportions = kpi.unit() == Unit.PERCENT;
    for (Period q : periods) {
      MeasureResult r = measure(measure, data, query(kpi, q));
      if (r.value() == null) {
        return cannot(periods, "no value for " + q.label());
      }
      List<Interval> ci = intervals(kpi, r);
      if (proportions && !ci.isEmpty()) {
        counts.add(new RecentTrend.Count(q.label(), r.numerator(), r.denominator()));
      } else if (!proportions && !ci.isEmpty()) {
        Interval i95 = ci.get(0);
        values.add(new RecentTrend.Value(q.label(), r.value(), i95.lower(), i95.upper()));
      } else {
        return cannot(periods, "no counts behind the value for " + q.label());
      }
    }
    return proportions ? RecentTrend.proportions(counts) : RecentTrend.values(values);
  }

  private static RecentTrend.Outcome cannot(List<Period> periods, String reason) {
    List<String> all = periods.stream().map(Period::label).toList();
    return new RecentTrend.Outcome(
        RecentTrend.CHI2_LINEAR,
        RecentTrend.Result.CANNOT_BE_CALCULATED,
        null,
        null,
        List.of(),
        all,
        reason);
  }

  private static MeasureQuery query(KpiDefinition kpi, Period period) {
    Params params = kpi.params();
    if (kpi.measure().equals(ReturnsMeasure.ID)
        && !params.values().containsKey(ReturnsMeasure.KPI_ID)) {
      // returns.value reads the KPI's own hand-kept figures unless told to borrow another's.
      java.util.Map<String, Object> withId = new java.util.LinkedHashMap<>(params.values());
      withId.put(ReturnsMeasure.KPI_ID, kpi.id());
      params = new Params(withId);
    }
    return new MeasureQuery(period, kpi.filter(), params);
  }

  /**
   * Runs a measure; a parameter the measure rejects becomes a note rather than a crash. Any other
   * exception is a bug and goes up.
   */
  private static MeasureResult measure(Measure measure, DataSet data, MeasureQuery query) {
    try {
      return measure.compute(data, query);
    } catch (InvalidRequestException e) {
      return MeasureResult.noData(e.getMessage(), List.of());
    }
  }

  private static PreviousValue previous(
      KpiDefinition kpi,
      Measure measure,
      DataSet data,
      Period previousPeriod,
      ScorecardRequest request) {
    MeasureResult prior = measure(measure, data, query(kpi, previousPeriod));
    if (prior.value() != null) {
      return new PreviousValue(previousPeriod.label(), prior.value(), "data");
    }
    PreviousValue given = request.earlierValue(kpi.id(), previousPeriod.label());
    if (given != null) {
      return given;
    }
    // Last resort: a hand-kept return for the KPI in the comparison period.
    if (!kpi.measure().equals(ReturnsMeasure.ID)) {
      Params borrowed = new Params(java.util.Map.of(ReturnsMeasure.KPI_ID, kpi.id()));
      MeasureResult r =
          new ReturnsMeasure().compute(data, new MeasureQuery(previousPeriod, null, borrowed));
      if (r.value() != null) {
        return new PreviousValue(previousPeriod.label(), r.value(), "returns");
      }
    }
    return null;
  }

  private record TargetResolution(
      Double threshold, Double baselineValue, String baselinePeriod, List<String> notes) {}

  private TargetResolution resolveTarget(
      KpiDefinition kpi,
      Measure measure,
      DataSet data,
      PreviousValue previous,
      List<ComparatorValue> comparators) {
    Target t = kpi.target();
    List<String> notes = new ArrayList<>();
    switch (t.rule()) {
      case NONE:
        return new TargetResolution(null, null, null, notes);
      case AT_LEAST:
      case AT_MOST:
        return new TargetResolution(t.value(), null, null, notes);
      case ABOVE_COMPARATOR:
      case BELOW_COMPARATOR:
        {
          Optional<ComparatorValue> c =
              comparators.stream().filter(v -> v.name().equalsIgnoreCase(t.area())).findFirst();
          if (c.isEmpty() || c.get().value() == null) {
            notes.add("no " + t.area() + " comparator value, so the target cannot be judged");
            return new TargetResolution(null, null, null, notes);
          }
          return new TargetResolution(c.get().value(), c.get().value(), c.get().period(), notes);
        }
      default:
        break;
    }
    // Rules judged against a baseline: relative targets and improve.
    Double baseline = null;
    String baselinePeriod = null;
    if (t.baseline() != null) {
      baselinePeriod = t.baseline().period().label();
      baseline =
          t.baseline().value() != null
              ? t.baseline().value()
              : measure(measure, data, query(kpi, t.baseline().period())).value();
    } else if ((t.rule() == TargetRule.IMPROVE || t.rule().needsBaseline()) && previous != null) {
      baselinePeriod = previous.period();
      baseline = previous.value();
    }
    if (baseline == null) {
      notes.add(
          baselinePeriod == null
              ? "no previous value to improve on, so the target cannot be judged"
              : "no value for the baseline period "
                  + baselinePeriod
                  + ", so the target cannot be judged");
      return new TargetResolution(null, null, baselinePeriod, notes);
    }
    double value = t.value() == null ? 0 : t.value();
    return new TargetResolution(
        t.rule().threshold(value, baseline), baseline, baselinePeriod, notes);
  }

  private List<BreakdownRow> breakdown(
      KpiDefinition kpi,
      Measure measure,
      DataSet data,
      Period period,
      ScorecardRequest request,
      Quintiles.Distribution distribution) {
    List<BreakdownRow> rows = new ArrayList<>();
    for (String dimension : kpi.breakdown()) {
      if (!measure.dimensions().contains(dimension)) {
        continue;
      }
      for (BreakdownValue v : measure.breakdownValues(data, dimension)) {
        if (dimension.equals("district")
            && !request.districts().isEmpty()
            && !request.districts().contains(v.code())) {
          continue;
        }
        MeasureResult r =
            measure(
                measure,
                data,
                new MeasureQuery(period, kpi.filter().and(dimension, v.code()), kpi.params()));
        boolean suppressed = suppressed(kpi.unit(), r, request.suppressBelow());
        rows.add(
            suppressed
                ? new BreakdownRow(dimension, v.code(), v.label(), null, null, null, true)
                : new BreakdownRow(
                    dimension,
                    v.code(),
                    v.label(),
                    r.value(),
                    r.numerator(),
                    r.denominator(),
                    false,
                    distribution != null && r.value() != null && dimension.equals("district")
                        ? distribution.placeOf(r.value())
                        : null));
      }
    }
    return rows;
  }

  /** Primary suppression: a count, numerator or denominator above 0 and below the threshold. */
  static boolean suppressed(Unit unit, MeasureResult r, int below) {
    if (below <= 0) {
      return false;
    }
    if (unit == Unit.SCORE) {
      // A mean score is judged by its number of pupils, never by its sum of scores.
      return small(r.denominator(), below);
    }
    if (r.numerator() != null || r.denominator() != null) {
      return small(r.numerator(), below) || small(r.denominator(), below);
    }
    return unit == Unit.COUNT && small(r.value(), below);
  }

  private static boolean small(Double d, int below) {
    return d != null && d > 0 && d < below;
  }
}
