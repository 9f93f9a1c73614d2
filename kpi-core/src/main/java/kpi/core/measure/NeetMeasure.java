package kpi.core.measure;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import kpi.core.InvalidRequestException;
import kpi.core.catalog.Filter;
import kpi.core.neet.ActivityGroup;
import kpi.core.neet.ActivityGroups;
import kpi.core.neet.NeetCube;
import kpi.core.neet.ParticipationRoute;
import kpi.core.period.Period;
import kpi.core.period.Period.AcademicYear;

/**
 * The NEET, not known and participation measures over neet-tracking snapshots, as DfE defines them:
 * academic age 16-17 unless filtered otherwise; custody (710) out of the cohort; pre-16 codes
 * counted as not known; an academic year reads the December, January and February snapshots for
 * NEET and not known, and the March snapshot for participation. A rate is one division of summed
 * counts, {@code 100 x sum(numerators) / sum(cohorts)}, so a figure that lies exactly on a target
 * is exactly on it; the monthly means are carried as numerator and denominator for reading only.
 * {@code params.month} picks one snapshot month instead; {@code params.route} narrows participation
 * to one route.
 */
public final class NeetMeasure implements Measure {

  /** What is counted in the numerator. */
  public enum Kind {
    NEET_RATE("neet.neet_rate", true),
    NOT_KNOWN_RATE("neet.not_known_rate", true),
    NEET_OR_NOT_KNOWN_RATE("neet.neet_or_not_known_rate", true),
    PARTICIPATION_RATE("neet.participation_rate", true),
    COUNT("neet.count", false);

    private final String id;
    private final boolean rate;

    Kind(String id, boolean rate) {
      this.id = id;
      this.rate = rate;
    }

    public String id() {
      return id;
    }
  }

  public static final String SOURCE = "neet-tracking";

  /** DfE's headline ages when a KPI does not filter by academic age. */
  public static final List<String> DEFAULT_AGES = List.of("16", "17");

  private static final Set<String> DIMENSIONS =
      Set.of(
          "district",
          "academic_age",
          "send",
          "looked_after",
          "care_leaver",
          "vulnerable_group",
          "gender",
          "activity_code");
  private static final int[] WINTER = {12, 1, 2};
  private static final int MARCH = 3;

  private final Kind kind;

  public NeetMeasure(Kind kind) {
    this.kind = kind;
  }

  @Override
  public String id() {
    return kind.id;
  }

  @Override
  public String source() {
    return SOURCE;
  }

  /** {@code month} (one snapshot month); {@code route} for participation only. */
  @Override
  public Set<String> parameters() {
    return kind == Kind.PARTICIPATION_RATE ? Set.of("month", "route") : Set.of("month");
  }

  @Override
  public Set<String> dimensions() {
    return DIMENSIONS;
  }

  /**
   * Snapshots are monthly; a KPI fixed to one month of the year ({@code params.month}) is yearly.
   */
  @Override
  public boolean measuresWithinYear(DataSet data, MeasureQuery query) {
    return query.params().text("month").isEmpty();
  }

  /** The snapshot months an academic-year, month or quarter period reads. */
  public List<YearMonth> months(Period period, kpi.core.catalog.Params params) {
    Optional<Integer> month = monthParam(params);
    if (!(period instanceof AcademicYear)) {
      return period.calendarMonths();
    }
    AcademicYear year = (AcademicYear) period;
    if (month.isPresent()) {
      return List.of(year.month(month.get()));
    }
    if (kind == Kind.PARTICIPATION_RATE) {
      return List.of(year.month(MARCH));
    }
    List<YearMonth> months = new ArrayList<>();
    for (int m : WINTER) {
      months.add(year.month(m));
    }
    return months;
  }

  /** {@code params.month}, which must be a month number when given (never silently ignored). */
  private static Optional<Integer> monthParam(kpi.core.catalog.Params params) {
    Optional<String> raw = params.text("month");
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    Optional<Integer> month = params.integer("month");
    if (month.isEmpty() || month.get() < 1 || month.get() > 12) {
      throw new InvalidRequestException(
          "params.month must be a month number from 1 (January) to 12 (December); was "
              + raw.get());
    }
    return month;
  }

  @Override
  public MeasureResult compute(DataSet data, MeasureQuery query) {
    NeetCube cube = data.neet();
    ActivityGroups groups = data.activityGroups();
    Filter filter =
        query.filter().restricts("academic_age")
            ? query.filter()
            : query.filter().with("academic_age", DEFAULT_AGES);
    Optional<ParticipationRoute> route = route(query);
    List<YearMonth> wanted = months(query.period(), query.params());
    List<String> notes = new ArrayList<>();
    List<String> workings = new ArrayList<>();
    List<YearMonth> missing = new ArrayList<>();
    double numeratorSum = 0;
    double cohortSum = 0;
    int present = 0;
    for (YearMonth month : wanted) {
      if (!cube.hasMonth(month)) {
        missing.add(month);
        continue;
      }
      long[] counts = count(cube, groups, filter, month, route);
      numeratorSum += counts[0];
      cohortSum += counts[1];
      present++;
      workings.add(
          String.format(
              Locale.ROOT,
              "%s: %s %d, cohort %d (custody excluded)",
              monthName(month),
              numeratorName(),
              counts[0],
              counts[1]));
      java.util.Map<String, Long> left = cube.leavers(month);
      if (!left.isEmpty()) {
        long total = left.values().stream().mapToLong(Long::longValue).sum();
        List<String> parts = new ArrayList<>();
        left.forEach((status, n) -> parts.add(status + " " + n));
        workings.add(
            String.format(
                Locale.ROOT,
                "%s: %d young people (all ages and districts) left the cohort this month and are"
                    + " in no count (cohort status %s)",
                monthName(month),
                total,
                String.join(", ", parts)));
      }
    }
    if (present == 0) {
      return MeasureResult.noData("no neet-tracking snapshot for " + describe(missing), workings);
    }
    if (!missing.isEmpty()) {
      notes.add(
          "no snapshot for "
              + describe(missing)
              + ": mean of "
              + present
              + " of "
              + wanted.size()
              + " months");
    }
    double numerator = numeratorSum / present;
    double cohort = cohortSum / present;
    if (present > 1) {
      workings.add(
          String.format(
              Locale.ROOT,
              "mean of %d months: %s %s, cohort %s",
              present,
              numeratorName(),
              plain(numerator),
              plain(cohort)));
    }
    if (!kind.rate) {
      return new MeasureResult(numerator, null, null, notes, workings);
    }
    if (cohortSum == 0) {
      return MeasureResult.rate(numerator, cohort, 100.0, notes, workings);
    }
    // One division of the summed counts: dividing the two means again would round three times.
    double value = 100.0 * numeratorSum / cohortSum;
    List<String> w = new ArrayList<>(workings);
    w.add(
        present > 1
            ? String.format(
                Locale.ROOT,
                "100 x %s / %s (the %d months' sums) = %s%%",
                plain(numeratorSum),
                plain(cohortSum),
                present,
                plain(value))
            : String.format(
                Locale.ROOT,
                "100 x %s / %s = %s%%",
                plain(numerator),
                plain(cohort),
                plain(value)));
    return new MeasureResult(value, numerator, cohort, notes, w);
  }

  private Optional<ParticipationRoute> route(MeasureQuery query) {
    Optional<String> text = query.params().text("route");
    if (text.isEmpty() || kind != Kind.PARTICIPATION_RATE) {
      return Optional.empty();
    }
    String t = text.get().strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    for (ParticipationRoute r : ParticipationRoute.values()) {
      if (r.label().equals(t) || r.name().toLowerCase(Locale.ROOT).replace('_', ' ').equals(t)) {
        return Optional.of(r);
      }
    }
    throw new InvalidRequestException(
        "params.route must be one of full_time_education, "
            + "apprenticeship, other; was "
            + text.get());
  }

  /** {numerator, cohort} for one month. */
  private long[] count(
      NeetCube cube,
      ActivityGroups groups,
      Filter filter,
      YearMonth month,
      Optional<ParticipationRoute> route) {
    long[] out = new long[2];
    cube.forEachInMonth(
        month,
        (cell, n) -> {
          if (!matches(filter, cell)) {
            return;
          }
          ActivityGroup group = groups.groupOf(cell.activityCode()).orElse(null);
          if (group == null || !group.inCohort()) {
            return;
          }
          out[1] += n;
          if (counts(group, cell.activityCode(), groups, route)) {
            out[0] += n;
          }
        });
    return out;
  }

  private boolean counts(
      ActivityGroup group, int code, ActivityGroups groups, Optional<ParticipationRoute> route) {
    return switch (kind) {
      case NEET_RATE, COUNT -> group == ActivityGroup.NEET;
      case NOT_KNOWN_RATE -> group.notKnown();
      case NEET_OR_NOT_KNOWN_RATE -> group == ActivityGroup.NEET || group.notKnown();
      case PARTICIPATION_RATE ->
          group == ActivityGroup.PARTICIPATING
              && (route.isEmpty() || groups.routeOf(code).equals(route));
    };
  }

  /** True when a cube cell passes the filter. */
  static boolean matches(Filter filter, NeetCube.Cell cell) {
    // numbers are written out only for a dimension the filter restricts (it is asked per cell)
    return filter.accepts("district", cell.district())
        && (!filter.restricts("academic_age")
            || filter.accepts("academic_age", Integer.toString(cell.academicAge())))
        && filter.acceptsSend(cell.send())
        && filter.acceptsFlag("looked_after", cell.lookedAfter())
        && filter.acceptsFlag("care_leaver", cell.careLeaver())
        && filter.acceptsFlag("vulnerable_group", cell.vulnerableGroup())
        && filter.accepts("gender", cell.gender())
        && (!filter.restricts("activity_code")
            || filter.accepts("activity_code", Integer.toString(cell.activityCode())));
  }

  @Override
  public List<BreakdownValue> breakdownValues(DataSet data, String dimension) {
    List<BreakdownValue> out = new ArrayList<>();
    switch (dimension) {
      case "district" ->
          data.districts().forEach(d -> out.add(new BreakdownValue(d.code(), d.name())));
      case "send" -> {
        out.add(new BreakdownValue("N", "No SEND"));
        out.add(new BreakdownValue("K", "SEN support"));
        out.add(new BreakdownValue("E", "EHC plan"));
      }
      case "academic_age" -> {
        TreeSet<Integer> ages = new TreeSet<>();
        data.neet().forEach((cell, n) -> ages.add(cell.academicAge()));
        ages.forEach(a -> out.add(new BreakdownValue(a.toString(), "age " + a)));
      }
      case "gender" -> {
        TreeSet<String> genders = new TreeSet<>();
        data.neet()
            .forEach(
                (cell, n) -> {
                  if (!cell.gender().isEmpty()) {
                    genders.add(cell.gender());
                  }
                });
        genders.forEach(g -> out.add(new BreakdownValue(g, g)));
      }
      case "looked_after", "care_leaver", "vulnerable_group" -> {
        out.add(new BreakdownValue("true", "yes"));
        out.add(new BreakdownValue("false", "no"));
      }
      default -> throw new InvalidRequestException(id() + " cannot be broken down by " + dimension);
    }
    return out;
  }

  @Override
  public List<AcademicYear> years(DataSet data) {
    TreeSet<AcademicYear> years = new TreeSet<>();
    data.neet().months().forEach(m -> years.add(AcademicYear.containing(m.atEndOfMonth())));
    return List.copyOf(years);
  }

  private String numeratorName() {
    return switch (kind) {
      case NEET_RATE, COUNT -> "NEET";
      case NOT_KNOWN_RATE -> "not known";
      case NEET_OR_NOT_KNOWN_RATE -> "NEET or not known";
      case PARTICIPATION_RATE -> "participating";
    };
  }

  private static String monthName(YearMonth m) {
    return m.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK) + " " + m.getYear();
  }

  private static String describe(List<YearMonth> months) {
    List<String> names = new ArrayList<>();
    months.forEach(m -> names.add(monthName(m)));
    return String.join(", ", names);
  }

  /** A number in plain notation with up to 4 decimals, for workings. */
  static String plain(double d) {
    return new java.math.BigDecimal(Double.toString(d))
        .setScale(4, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
