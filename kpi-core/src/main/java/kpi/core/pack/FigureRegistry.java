package kpi.core.pack;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kpi.core.InvalidRequestException;
import kpi.core.catalog.Filter;
import kpi.core.catalog.Params;
import kpi.core.catalog.Unit;
import kpi.core.measure.DataSet;
import kpi.core.measure.District;
import kpi.core.measure.Measure;
import kpi.core.measure.MeasureQuery;
import kpi.core.measure.MeasureResult;
import kpi.core.measure.Measures;
import kpi.core.measure.NeetMeasure;
import kpi.core.neet.ParticipationRoute;
import kpi.core.period.Period;
import kpi.core.suppression.DisclosurePlan;
import kpi.core.suppression.Figure;
import kpi.core.suppression.Fraction;
import kpi.core.suppression.Identity;

/**
 * Registers every figure a publication shows with the counts it is made of, named the same wherever
 * the same count appears, and the identities that link them: a county and its districts, a Dec-Feb
 * average and its three months, NEET or not known and its two parts, participation and its routes,
 * a cohort and the activities that make it up. The plan made from it decides what every writer
 * shows. Thread-safe (packs are drafted in parallel).
 */
public final class FigureRegistry {
  private static final List<String> AGES_16_17 = NeetMeasure.DEFAULT_AGES;

  private final DataSet data;
  private final Measures measures = Measures.builtIn();
  private final DisclosurePlan.Builder plan;
  private final Set<String> done = new HashSet<>();
  private final Map<String, String> memo = new java.util.HashMap<>();
  private final MeasureResults results;

  public FigureRegistry(DataSet data, int threshold, boolean complementRule) {
    this.data = data;
    this.results = new MeasureResults(data);
    this.plan = DisclosurePlan.builder(threshold, complementRule);
  }

  /** The measures' answers over the registry's data, each computed once. */
  MeasureResults results() {
    return results;
  }

  public synchronized DisclosurePlan plan() {
    return plan.build();
  }

  /**
   * Registers the figure a measure gives for a query, with its district split when the measure has
   * one, and returns the figure's id, or null when the figure holds no count (hand-kept returns,
   * published comparators).
   */
  public synchronized String figure(Measure m, MeasureQuery q, Unit unit) {
    if (m instanceof NeetMeasure neet) {
      return neet(neet, q);
    }
    if (m.id().endsWith(".gap")) {
      return gap(m, q);
    }
    String base =
        m.id() + "|" + q.period().label() + "|" + canon(q.filter()) + "|" + canon(q.params());
    if (memo.containsKey(base)) {
      return memo.get(base);
    }
    memo.put(base, null);
    MeasureResult r;
    try {
      r = results.compute(m, q);
    } catch (InvalidRequestException e) {
      return null;
    }
    if (r.numerator() == null || (r.value() == null && r.denominator() == null)) {
      return null;
    }
    Figure f;
    if (r.denominator() == null) {
      plan.count(base + "|n", r.numerator());
      f = new Figure.Count(base, base + "|n");
    } else if (unit == Unit.SCORE) {
      plan.amount(base + "|sum", r.numerator());
      plan.count(base + "|pupils", r.denominator());
      f = new Figure.Mean(base, base + "|sum", base + "|pupils");
    } else {
      plan.count(base + "|num", r.numerator());
      plan.count(base + "|den", r.denominator());
      f = new Figure.Rate(base, base + "|num", base + "|den");
    }
    if (r.value() == null) {
      // No figure (a district with no pupils), but its counts still add up to the county's.
      districtSplit(m, q, unit, f);
      return null;
    }
    plan.figure(f);
    memo.put(base, f.id());
    districtSplit(m, q, unit, f);
    return f.id();
  }

  /** The county = the sum of its districts, for each quantity of the figure. */
  private void districtSplit(Measure m, MeasureQuery q, Unit unit, Figure f) {
    if (!m.dimensions().contains("district") || data.districts().isEmpty()) {
      return;
    }
    if (q.filter().restricts("district")) {
      // Make sure the county figure (and so the identity) is there as well.
      Map<String, List<String>> without = new TreeMap<>(q.filter().values());
      without.remove("district");
      figureQuiet(m, new MeasureQuery(q.period(), new Filter(without), q.params()), unit);
      return;
    }
    if (!done.add("split:" + f.id())) {
      return;
    }
    List<String> bases = new ArrayList<>();
    for (District d : data.districts()) {
      MeasureQuery dq = q.withFilter(q.filter().and("district", d.code()));
      figureQuiet(m, dq, unit);
      bases.add(
          m.id() + "|" + dq.period().label() + "|" + canon(dq.filter()) + "|" + canon(dq.params()));
    }
    for (String q0 : f.quantities()) {
      String suffix = q0.substring(f.id().length());
      List<String> keys = new ArrayList<>();
      for (String b : bases) {
        keys.add(b + suffix);
      }
      sumIfHolds("county = sum of districts", q0, keys);
    }
  }

  /** Links a total to its parts when the counts add up exactly (a table's total and cells). */
  public synchronized void partition(String totalFigure, List<String> partFigures) {
    if (totalFigure == null || partFigures.stream().anyMatch(java.util.Objects::isNull)) {
      return;
    }
    Figure t = planFigure(totalFigure);
    for (int i = 0; i < t.quantities().size(); i++) {
      List<String> keys = new ArrayList<>();
      for (String p : partFigures) {
        keys.add(planFigure(p).quantities().get(i));
      }
      sumIfHolds("total = sum of cells", t.quantities().get(i), keys);
    }
  }

  /**
   * A table's total of count cells, linked to its cells and, when the same number, to the count it
   * equals elsewhere ({@code sameAs}: all starts of the year).
   */
  public synchronized String total(String label, List<String> cells, String sameAs) {
    Fraction sum = Fraction.ZERO;
    List<String> keys = new ArrayList<>();
    for (String c : cells) {
      if (c == null) {
        continue; // a cell with no data, shown as 0
      }
      String k = planFigure(c).quantities().get(0);
      keys.add(k);
      sum = sum.add(plan.value(k));
    }
    String key = "total|" + label;
    plan.quantity(key, kpi.core.suppression.Quantity.Nature.COUNT, sum);
    Figure f = new Figure.Count(key, key);
    plan.figure(f);
    if (keys.size() == 1) {
      plan.identity(Identity.sum("total = its one cell", key, keys));
    } else if (!keys.isEmpty()) {
      plan.identity(Identity.sum("total = sum of cells", key, keys));
    }
    if (sameAs != null) {
      sumIfHolds("the same count", planFigure(sameAs).quantities().get(0), List.of(key));
    }
    return f.id();
  }

  private Figure planFigure(String id) {
    return plan.figureOf(id);
  }

  private String figureQuiet(Measure m, MeasureQuery q, Unit unit) {
    return figure(m, q, unit);
  }

  private void sumIfHolds(String name, String total, List<String> parts) {
    if (!plan.has(total) || parts.stream().anyMatch(p -> !plan.has(p))) {
      return;
    }
    try {
      plan.identity(Identity.sum(name, total, parts));
    } catch (IllegalArgumentException notAnIdentity) {
      // Records outside every district (or in none of the parts): no exact relation to use.
    }
  }

  private String gap(Measure m, MeasureQuery q) {
    String group = q.params().text("group").orElse("disadvantaged").toLowerCase(Locale.ROOT);
    String of =
        q.params()
            .text("of")
            .orElse(m.id().startsWith("ks4") ? "ks4.attainment8_mean" : "ks5.aps_per_entry");
    Measure inner = measures.get(of).orElse(null);
    if (inner == null || results.compute(m, q).value() == null) {
      return null;
    }
    String others =
        figure(inner, q.withFilter(q.filter().with(group, List.of("false"))), Unit.SCORE);
    String members =
        figure(inner, q.withFilter(q.filter().with(group, List.of("true"))), Unit.SCORE);
    if (others == null || members == null) {
      return null;
    }
    Figure.Gap g =
        new Figure.Gap(
            "gap|" + others + "|" + members,
            (Figure.Mean) planFigure(others),
            (Figure.Mean) planFigure(members));
    plan.figure(g);
    return g.id();
  }

  // NEET: every figure is built from monthly counts, so the same month is the same quantity in
  // the trend table, in NEET-1 (January) and in the Dec-Feb averages.

  private String neet(NeetMeasure m, MeasureQuery q) {
    Filter filter =
        q.filter().restricts("academic_age")
            ? q.filter()
            : q.filter().with("academic_age", AGES_16_17);
    String what = m.id().substring("neet.".length());
    if (what.equals("count")) {
      what = "neet_rate";
    }
    String route =
        m.id().equals("neet.participation_rate")
            ? q.params().text("route").map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse("")
            : "";
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth ym : m.months(q.period(), q.params())) {
      if (data.neet().hasMonth(ym)) {
        months.add(ym);
      }
    }
    if (months.isEmpty()) {
      return null;
    }
    List<String> nums = new ArrayList<>();
    List<String> dens = new ArrayList<>();
    for (YearMonth ym : months) {
      neetMonth(ym, filter);
      nums.add(neetKey(numerator(what, route), ym.toString(), filter));
      dens.add(neetKey("cohort", ym.toString(), filter));
    }
    String num;
    String den;
    if (months.size() == 1) {
      num = nums.get(0);
      den = dens.get(0);
    } else {
      String label = "mean" + months;
      num = neetKey(numerator(what, route), label, filter);
      den = neetKey("cohort", label, filter);
      mean(num, nums);
      mean(den, dens);
    }
    Figure f =
        m.id().equals("neet.count")
            ? new Figure.Count(num, num)
            : new Figure.Rate(num + "/" + den, num, den);
    plan.figure(f);
    if (!filter.restricts("district") && done.add("neet-split:" + num + den)) {
      for (District d : data.districts()) {
        neet(m, q.withFilter(filter.and("district", d.code())));
      }
      if (months.size() > 1) {
        List<String> dn = new ArrayList<>();
        List<String> dd = new ArrayList<>();
        for (District d : data.districts()) {
          Filter fd = filter.and("district", d.code());
          dn.add(neetKey(numerator(what, route), "mean" + months, fd));
          dd.add(neetKey("cohort", "mean" + months, fd));
        }
        sumIfHolds("county = sum of districts", num, dn);
        sumIfHolds("county = sum of districts", den, dd);
      }
    } else if (filter.restricts("district")) {
      Map<String, List<String>> without = new TreeMap<>(filter.values());
      without.remove("district");
      neet(m, q.withFilter(new Filter(without)));
    }
    return f.id();
  }

  private void mean(String mean, List<String> parts) {
    Fraction sum = Fraction.ZERO;
    for (String p : parts) {
      sum = sum.add(plan.value(p));
    }
    plan.quantity(
        mean, kpi.core.suppression.Quantity.Nature.COUNT, sum.divide(Fraction.of(parts.size())));
    plan.identity(Identity.mean("mean of months", mean, parts));
  }

  private static String numerator(String what, String route) {
    return switch (what) {
      case "neet_rate" -> "neet";
      case "not_known_rate" -> "not-known";
      case "neet_or_not_known_rate" -> "neet-or-not-known";
      case "participation_rate" -> route.isEmpty() ? "participating" : "route:" + route;
      default -> what;
    };
  }

  private static String neetKey(String what, String month, Filter f) {
    return "neet|" + what + "|" + month + "|" + canon(f);
  }

  /** A month's counts for a filter, with the identities between them (and the county's). */
  private void neetMonth(YearMonth ym, Filter filter) {
    if (!done.add("month:" + ym + canon(filter))) {
      return;
    }
    Period p = new Period.Month(ym);
    MeasureResult neet = neetCount(NeetMeasure.Kind.NEET_RATE, p, filter, Params.none());
    MeasureResult nk = neetCount(NeetMeasure.Kind.NOT_KNOWN_RATE, p, filter, Params.none());
    MeasureResult nnk =
        neetCount(NeetMeasure.Kind.NEET_OR_NOT_KNOWN_RATE, p, filter, Params.none());
    MeasureResult part = neetCount(NeetMeasure.Kind.PARTICIPATION_RATE, p, filter, Params.none());
    String month = ym.toString();
    plan.count(neetKey("cohort", month, filter), neet.denominator());
    plan.count(neetKey("neet", month, filter), neet.numerator());
    plan.count(neetKey("not-known", month, filter), nk.numerator());
    plan.count(neetKey("neet-or-not-known", month, filter), nnk.numerator());
    plan.count(neetKey("participating", month, filter), part.numerator());
    sumIfHolds(
        "NEET or not known = NEET + not known",
        neetKey("neet-or-not-known", month, filter),
        List.of(neetKey("neet", month, filter), neetKey("not-known", month, filter)));
    List<String> routes = new ArrayList<>();
    for (ParticipationRoute r : ParticipationRoute.values()) {
      String id = r.name().toLowerCase(Locale.ROOT);
      MeasureResult rr =
          neetCount(
              NeetMeasure.Kind.PARTICIPATION_RATE, p, filter, new Params(Map.of("route", id)));
      plan.count(neetKey("route:" + id, month, filter), rr.numerator());
      routes.add(neetKey("route:" + id, month, filter));
    }
    sumIfHolds("participation = sum of routes", neetKey("participating", month, filter), routes);
    // The cohort is made of participants, NEET, not known and any other activity.
    MeasureResult others = otherActivities(neet, nk, part);
    // Never published and not a group anyone reads off a pack: a residual, not protected itself.
    plan.amount(neetKey("other-activity", month, filter), others.numerator());
    sumIfHolds(
        "cohort = participating + NEET + not known + other",
        neetKey("cohort", month, filter),
        List.of(
            neetKey("participating", month, filter),
            neetKey("neet", month, filter),
            neetKey("not-known", month, filter),
            neetKey("other-activity", month, filter)));
    if (!filter.restricts("district")) {
      for (District d : data.districts()) {
        neetMonth(ym, filter.and("district", d.code()));
      }
      for (String what :
          List.of(
              "cohort",
              "neet",
              "not-known",
              "neet-or-not-known",
              "participating",
              "other-activity",
              "route:full_time_education",
              "route:apprenticeship",
              "route:other")) {
        List<String> parts = new ArrayList<>();
        for (District d : data.districts()) {
          parts.add(neetKey(what, month, filter.and("district", d.code())));
        }
        sumIfHolds("county = sum of districts", neetKey(what, month, filter), parts);
      }
    } else {
      Map<String, List<String>> without = new TreeMap<>(filter.values());
      without.remove("district");
      neetMonth(ym, new Filter(without));
    }
  }

  private static MeasureResult otherActivities(
      MeasureResult neet, MeasureResult nk, MeasureResult part) {
    double rest = neet.denominator() - neet.numerator() - nk.numerator() - part.numerator();
    return new MeasureResult(rest, rest, null, List.of(), List.of());
  }

  private MeasureResult neetCount(NeetMeasure.Kind kind, Period p, Filter f, Params params) {
    MeasureResult r = results.compute(new NeetMeasure(kind), new MeasureQuery(p, f, params));
    if (r.numerator() == null) {
      return new MeasureResult(0.0, 0.0, 0.0, List.of(), List.of());
    }
    return r;
  }

  /** Filter text that is the same however the filter was put together. */
  static String canon(Filter f) {
    TreeMap<String, List<String>> t = new TreeMap<>();
    f.values().forEach((k, v) -> t.put(k, v.stream().map(Filter::text).sorted().toList()));
    return t.toString();
  }

  static String canon(Params p) {
    TreeMap<String, String> t = new TreeMap<>();
    p.values().forEach((k, v) -> t.put(k, String.valueOf(v)));
    return t.toString();
  }
}
