package kpi.core.comparator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kpi.core.catalog.ComparatorSpec;
import kpi.core.catalog.KpiDefinition;
import kpi.core.catalog.Polarity;
import kpi.core.period.Period;

/**
 * Published comparator figures (England, regions, authorities) and the lookups KPIs make in them:
 * the value for an area and period, the mean of the statistical neighbours, and the authority's
 * rank among all areas of a level. Immutable once built.
 */
public final class ComparatorTable implements ComparatorLookup {
  /** The catalog's name for the mean of its statistical neighbours. */
  public static final String NEIGHBOURS = "Statistical neighbours";

  /** Filter values that mean "everyone" in DfE files. */
  private static final Set<String> TOTALS =
      Set.of("total", "all", "all pupils", "all young people", "all students", "all ages", "");

  private final Map<String, List<Observation>> byIndicator = new HashMap<>();
  private final List<String> neighbours;

  public ComparatorTable(List<Observation> observations, List<String> neighbours) {
    for (Observation o : observations) {
      byIndicator.computeIfAbsent(key(o.indicator()), k -> new ArrayList<>()).add(o);
    }
    this.neighbours = List.copyOf(neighbours);
  }

  private static String key(String indicator) {
    return indicator.strip().toLowerCase(Locale.ROOT);
  }

  public boolean isEmpty() {
    return byIndicator.isEmpty();
  }

  @Override
  public List<ComparatorValue> values(KpiDefinition kpi, Period period) {
    ComparatorSpec spec = kpi.comparator();
    if (spec == null) {
      return List.of();
    }
    List<ComparatorValue> out = new ArrayList<>();
    for (String area : spec.areas()) {
      out.add(value(spec, kpi.measure(), period, area));
    }
    return out;
  }

  private ComparatorValue value(ComparatorSpec spec, String measure, Period period, String area) {
    for (String pk : PeriodKey.candidates(period, neetFamily(measure), spec.periodOffset())) {
      Optional<Observation> o = find(spec, pk, area);
      if (o.isPresent()) {
        return new ComparatorValue(area, o.get().periodLabel(), o.get().value(), o.get().symbol());
      }
      if (area.equalsIgnoreCase(NEIGHBOURS) && !neighbours.isEmpty()) {
        Optional<ComparatorValue> mean = neighbourMean(spec, pk, area);
        if (mean.isPresent()) {
          return mean.get();
        }
      }
    }
    return new ComparatorValue(area, period.label(), null, null);
  }

  /** The mean of the neighbours that have a value; null (x) when none has. */
  private Optional<ComparatorValue> neighbourMean(ComparatorSpec spec, String pk, String area) {
    double sum = 0;
    int n = 0;
    String label = null;
    for (String la : neighbours) {
      Optional<Observation> o = find(spec, pk, la);
      if (o.isPresent() && o.get().value() != null) {
        sum += o.get().value();
        n++;
        label = o.get().periodLabel();
      }
    }
    return n == 0 ? Optional.empty() : Optional.of(new ComparatorValue(area, label, sum / n, null));
  }

  private Optional<Observation> find(ComparatorSpec spec, String pk, String area) {
    for (Observation o : byIndicator.getOrDefault(key(spec.indicator()), List.of())) {
      if (o.periodKey().equals(pk) && o.isArea(area) && filtersMatch(spec, o)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /**
   * Asked-for filters must match where the file varies by them (a column with one value in the
   * whole file is no filter); every other filter column must read Total.
   */
  private static boolean filtersMatch(ComparatorSpec spec, Observation o) {
    Map<String, String> wanted = new HashMap<>();
    spec.filter().forEach((k, v) -> wanted.put(k.toLowerCase(Locale.ROOT), v));
    for (Map.Entry<String, String> f : o.filters().entrySet()) {
      String want = wanted.remove(f.getKey());
      String have = f.getValue().strip();
      if (want != null
          ? !want.equalsIgnoreCase(have)
          : !TOTALS.contains(have.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every area of the KPI's {@code rank_among} level with a value in the file's period matching the
   * KPI's (one figure per area: a file with provisional and revised rows keeps the first).
   */
  @Override
  public Optional<Field> field(KpiDefinition kpi, Period period) {
    ComparatorSpec spec = kpi.comparator();
    if (spec == null || spec.rankAmong() == null) {
      return Optional.empty();
    }
    for (String pk : PeriodKey.candidates(period, neetFamily(kpi.measure()), spec.periodOffset())) {
      List<Observation> field = new ArrayList<>();
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Observation o : byIndicator.getOrDefault(key(spec.indicator()), List.of())) {
        if (o.periodKey().equals(pk)
            && o.atLevel(spec.rankAmong())
            && o.value() != null
            && filtersMatch(spec, o)
            && seen.add(o.areaCode() + "\u0000" + o.areaName())) {
          field.add(o);
        }
      }
      if (!field.isEmpty()) {
        return Optional.of(
            new Field(spec.rankAmong(), field.get(0).periodLabel(), field.get(0).source(), field));
      }
    }
    return Optional.empty();
  }

  /**
   * The authority's rank among all areas of the KPI's {@code rank_among} level (1 = best by
   * polarity; tied values share the best rank) and its quartile (1 = best quarter).
   */
  @Override
  public Optional<Ranking> rank(KpiDefinition kpi, Period period, String authority) {
    if (authority == null || authority.isBlank()) {
      return Optional.empty();
    }
    Optional<Field> f = field(kpi, period);
    if (f.isEmpty()) {
      return Optional.empty();
    }
    List<Observation> field = f.get().areas();
    Optional<Observation> own = field.stream().filter(o -> o.isArea(authority)).findFirst();
    if (own.isEmpty()) {
      return Optional.empty();
    }
    double v = own.get().value();
    int sign = kpi.polarity() == Polarity.HIGHER_IS_BETTER ? 1 : -1;
    long better = field.stream().filter(o -> sign * (o.value() - v) > 0).count();
    int rank = (int) better + 1;
    int quartile = Math.min(4, (int) ((rank - 1) * 4L / field.size()) + 1);
    return Optional.of(
        new Ranking(rank, field.size(), quartile, f.get().among(), own.get().periodLabel(), v));
  }

  private static boolean neetFamily(String measure) {
    return measure.startsWith("neet.");
  }
}
