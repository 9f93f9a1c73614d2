package kpi.core.measure;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import kpi.core.InvalidRequestException;
import kpi.core.apprenticeship.AgeBand;
import kpi.core.apprenticeship.ApprenticeshipCube;
import kpi.core.apprenticeship.ApprenticeshipCube.Cell;
import kpi.core.apprenticeship.ApprenticeshipData;
import kpi.core.apprenticeship.Headcount;
import kpi.core.apprenticeship.LevelBand;
import kpi.core.apprenticeship.Population;
import kpi.core.apprenticeship.School;
import kpi.core.apprenticeship.StartStatus;
import kpi.core.catalog.Filter;
import kpi.core.period.Period;
import kpi.core.period.Period.AcademicYear;

/**
 * The apprenticeship measures over {@code apprenticeship-starts}: starts in the academic year (1
 * August - 31 July, by start date), cumulative starts, the public-sector rate over reporting years
 * (1 April - 31 March), employers with starts, completion, champion and lapsed-champion employers,
 * and starts per 100,000 population. A learner who starts twice counts twice.
 */
public final class ApprenticeshipMeasure implements Measure {

  /** What is measured. */
  public enum Kind {
    STARTS("apprenticeships.starts"),
    CUMULATIVE_STARTS("apprenticeships.cumulative_starts"),
    PUBLIC_SECTOR_RATE("apprenticeships.public_sector_rate"),
    EMPLOYERS_WITH_STARTS_RATE("apprenticeships.employers_with_starts_rate"),
    COMPLETION_RATE("apprenticeships.completion_rate"),
    CHAMPION_EMPLOYERS("apprenticeships.champion_employers"),
    LAPSED_CHAMPIONS("apprenticeships.lapsed_champions"),
    STARTS_PER_100K("apprenticeships.starts_per_100k");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  public static final String SOURCE = "apprenticeship-starts";
  private static final Set<String> DIMENSIONS =
      Set.of(
          "district",
          "age_band",
          "level_band",
          "employer_type",
          "sector",
          "status",
          "programme",
          "care_leaver",
          "looked_after",
          "assisted",
          "troubled_family",
          "send");

  private final Kind kind;

  public ApprenticeshipMeasure(Kind kind) {
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

  /** Every kind takes a custom window ({@code from}, {@code to}); the rest are its own. */
  @Override
  public Set<String> parameters() {
    return switch (kind) {
      case STARTS, COMPLETION_RATE -> Set.of("from", "to");
      case CUMULATIVE_STARTS -> Set.of("since", "from", "to");
      case PUBLIC_SECTOR_RATE -> Set.of("since_year", "in_year", "organisation");
      case EMPLOYERS_WITH_STARTS_RATE -> Set.of("employer_type", "since", "from", "to");
      case CHAMPION_EMPLOYERS -> Set.of("min_starts", "from", "to");
      case LAPSED_CHAMPIONS -> Set.of("min_starts", "lookback", "from", "to");
      case STARTS_PER_100K -> Set.of("population_band", "from", "to");
    };
  }

  @Override
  public Set<String> dimensions() {
    return DIMENSIONS;
  }

  /**
   * Starts, cumulative starts and achievement can be counted over any window; the rest are yearly.
   */
  @Override
  public boolean measuresWithinYear(DataSet data, MeasureQuery query) {
    return kind == Kind.STARTS || kind == Kind.CUMULATIVE_STARTS || kind == Kind.COMPLETION_RATE;
  }

  /** A date window, both ends included. */
  record Window(LocalDate from, LocalDate to) {
    boolean contains(LocalDate d) {
      return !d.isBefore(from) && !d.isAfter(to);
    }

    @Override
    public String toString() {
      return from + " to " + to;
    }
  }

  @Override
  public MeasureResult compute(DataSet data, MeasureQuery q) {
    ApprenticeshipData a = data.apprenticeships();
    if (a.starts().starts() == 0) {
      return MeasureResult.noData("no apprenticeship-starts data in the drop", List.of());
    }
    return switch (kind) {
      case STARTS -> starts(a, q, window(q));
      case CUMULATIVE_STARTS -> cumulative(a, q);
      case PUBLIC_SECTOR_RATE -> publicSector(a, q);
      case EMPLOYERS_WITH_STARTS_RATE -> employersWithStarts(a, q);
      case COMPLETION_RATE -> completion(a, q);
      case CHAMPION_EMPLOYERS -> champions(a, q);
      case LAPSED_CHAMPIONS -> lapsed(a, q);
      case STARTS_PER_100K -> perHundredThousand(data, a, q);
    };
  }

  /** The academic year (1 August - 31 July) or month of the period, or params.from/to. */
  static Window window(MeasureQuery q) {
    Optional<String> from = q.params().text("from");
    Optional<String> to = q.params().text("to");
    if (from.isPresent() || to.isPresent()) {
      Window base = periodWindow(q.period());
      return new Window(
          from.map(ApprenticeshipMeasure::date).orElse(base.from()),
          to.map(ApprenticeshipMeasure::date).orElse(base.to()));
    }
    return periodWindow(q.period());
  }

  private static Window periodWindow(Period p) {
    if (!(p instanceof AcademicYear)) {
      List<java.time.YearMonth> months = p.calendarMonths();
      return new Window(months.get(0).atDay(1), months.get(months.size() - 1).atEndOfMonth());
    }
    int y = ((AcademicYear) p).startYear();
    return new Window(LocalDate.of(y, 8, 1), LocalDate.of(y + 1, 7, 31));
  }

  private static LocalDate date(String s) {
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException("params.from/to must be dates like 2017-04-01: " + s);
    }
  }

  /** Null with a note when the data do not reach into the window. */
  private static Optional<MeasureResult> uncovered(ApprenticeshipCube c, Window w) {
    if (c.last().isBefore(w.from()) || c.first().isAfter(w.to())) {
      return Optional.of(
          MeasureResult.noData(
              "the apprenticeship-starts data ("
                  + c.first()
                  + " to "
                  + c.last()
                  + ") do not cover "
                  + w,
              List.of()));
    }
    return Optional.empty();
  }

  private static long count(ApprenticeshipCube c, Filter f, Window w) {
    long[] n = {0};
    c.forEachBetween(
        w.from(),
        w.to(),
        (cell, k) -> {
          if (matches(cell, f)) {
            n[0] += k;
          }
        });
    return n[0];
  }

  private MeasureResult starts(ApprenticeshipData a, MeasureQuery q, Window w) {
    Optional<MeasureResult> none = uncovered(a.starts(), w);
    if (none.isPresent()) {
      return none.get();
    }
    long n = count(a.starts(), q.filter(), w);
    List<String> notes = new ArrayList<>();
    if (a.starts().last().isBefore(w.to())) {
      notes.add(
          "the data run to " + a.starts().last() + ", before the end of the window " + w.to());
    }
    return new MeasureResult(
        (double) n,
        (double) n,
        null,
        notes,
        List.of("starts from " + w + q.filter().describe() + ": " + n));
  }

  private MeasureResult cumulative(ApprenticeshipData a, MeasureQuery q) {
    Window period = window(q);
    String since =
        q.params()
            .text("since")
            .orElseThrow(
                () -> new InvalidRequestException(id() + " needs params.since (an academic year)"));
    Period start =
        Period.parse(since)
            .orElseThrow(
                () -> new InvalidRequestException("params.since is not a period: " + since));
    Window w = new Window(periodWindow(start).from(), period.to());
    return starts(a, q, w);
  }

  /** Reporting years (1 April - 31 March): period 2017/18 is the year from 1 April 2017. */
  private MeasureResult publicSector(ApprenticeshipData a, MeasureQuery q) {
    java.time.YearMonth opening =
        q.period().calendarMonths().isEmpty() ? null : q.period().calendarMonths().get(0);
    int year =
        opening != null
            ? (opening.getMonthValue() >= 4 ? opening.getYear() : opening.getYear() - 1)
            : ((AcademicYear) q.period()).startYear();
    int since = q.params().integer("since_year").orElse(2017);
    boolean inYear = q.params().flag("in_year", false);
    int first = inYear ? year : since;
    if (first > year) {
      return MeasureResult.noData(
          "the public sector target counts from April "
              + since
              + "; "
              + q.period().label()
              + " is before it",
          List.of());
    }
    Window w = new Window(LocalDate.of(first, 4, 1), LocalDate.of(year + 1, 3, 31));
    Optional<MeasureResult> none = uncovered(a.starts(), w);
    if (none.isPresent()) {
      return none.get();
    }
    long starts = count(a.starts(), q.filter(), w);
    Optional<List<String>> types = q.filter().get("employer_type");
    Optional<String> org = q.params().text("organisation");
    double heads = 0;
    List<String> workings = new ArrayList<>();
    for (Headcount h : a.headcounts()) {
      boolean typeOk =
          types.isEmpty()
              || types.get().stream().anyMatch(t -> t.equalsIgnoreCase(h.employerType()));
      boolean orgOk = org.isEmpty() || org.get().equalsIgnoreCase(h.organisation());
      if (typeOk && orgOk && h.yearStart() >= first && h.yearStart() <= year) {
        heads += h.headcount();
        workings.add(
            "headcount "
                + h.organisation()
                + " ("
                + h.employerType()
                + ") on 31 March "
                + h.yearStart()
                + ": "
                + fmt(h.headcount()));
      }
    }
    if (heads == 0) {
      return MeasureResult.noData(
          "no reference/headcount for "
              + types.map(t -> String.join(", ", t)).orElse("these employers")
              + " in reporting years "
              + first
              + "-"
              + year,
          workings);
    }
    workings.add(0, "starts from " + w + q.filter().describe() + ": " + starts);
    workings.add(
        "100 x " + starts + " / " + fmt(heads) + " = " + fmt(100.0 * starts / heads) + "%");
    return MeasureResult.rate((double) starts, heads, 100, List.of(), workings);
  }

  private MeasureResult employersWithStarts(ApprenticeshipData a, MeasureQuery q) {
    String type = q.params().text("employer_type").orElse("school");
    Window w = window(q);
    Optional<String> since = q.params().text("since");
    if (since.isPresent()) {
      Period s =
          Period.parse(since.get())
              .orElseThrow(
                  () ->
                      new InvalidRequestException("params.since is not a period: " + since.get()));
      w = new Window(periodWindow(s).from(), w.to());
    }
    Optional<MeasureResult> none = uncovered(a.starts(), w);
    if (none.isPresent()) {
      return none.get();
    }
    Map<String, String> schoolDistrict = new HashMap<>();
    for (School s : a.schools()) {
      schoolDistrict.put(s.urn(), s.district());
    }
    Optional<List<String>> districts = q.filter().get("district");
    Filter rest = without(q.filter(), "district");
    Set<String> employers = new HashSet<>();
    Window win = w;
    a.starts()
        .forEach(
            (cell, n) -> {
              if (win.contains(cell.startDate())
                  && cell.employerType().equalsIgnoreCase(type)
                  && matches(cell, rest)) {
                String d = schoolDistrict.getOrDefault(cell.employerId(), cell.district());
                if (districts.isEmpty()
                    || districts.get().stream().anyMatch(x -> x.equalsIgnoreCase(d))) {
                  employers.add(cell.employerId());
                }
              }
            });
    long schools =
        a.schools().stream()
            .filter(
                s ->
                    districts.isEmpty()
                        || districts.get().stream().anyMatch(x -> x.equalsIgnoreCase(s.district())))
            .count();
    if (a.schools().isEmpty()) {
      return MeasureResult.noData("no reference/schools list in the drop", List.of());
    }
    return MeasureResult.rate(
        employers.size(),
        schools,
        100,
        List.of(),
        List.of(
            "employers of type "
                + type
                + " with at least one start from "
                + w
                + ": "
                + employers.size(),
            "schools in reference/schools"
                + (districts.isEmpty() ? "" : " in the district")
                + ": "
                + schools));
  }

  /**
   * Achievement as DfE counts it: an apprenticeship belongs to the year in which it ended or was
   * planned to end, the later of the two; completed over completed + withdrawn among those. Starts
   * still in learning (no end date) are outside the rate.
   */
  private MeasureResult completion(ApprenticeshipData a, MeasureQuery q) {
    Window w = window(q);
    long[] done = {0, 0};
    a.starts()
        .forEach(
            (cell, n) -> {
              LocalDate outcome = cell.outcomeDate();
              if (outcome != null && w.contains(outcome) && matches(cell, q.filter())) {
                if (cell.status() == StartStatus.COMPLETED) {
                  done[0] += n;
                } else if (cell.status() == StartStatus.WITHDRAWN) {
                  done[1] += n;
                }
              }
            });
    List<String> notes = new ArrayList<>();
    String placed;
    if (a.starts().plannedEnds() == 0) {
      placed = "by end date";
      notes.add(
          "no planned_end_date in the data: apprenticeships are counted in the year they "
              + "ended, and starts still in learning are excluded");
    } else {
      placed = "by the later of end date and planned end date";
    }
    if (done[0] + done[1] == 0) {
      notes.add("no apprenticeship ended (or was due to end) from " + w);
      return new MeasureResult(
          null,
          0.0,
          0.0,
          notes,
          List.of(
              "apprenticeships ending from "
                  + w
                  + " ("
                  + placed
                  + ")"
                  + q.filter().describe()
                  + ": none"));
    }
    return MeasureResult.rate(
        done[0],
        done[0] + done[1],
        100,
        notes,
        List.of(
            "apprenticeships ending from "
                + w
                + " ("
                + placed
                + ")"
                + q.filter().describe()
                + ": "
                + done[0]
                + " completed, "
                + done[1]
                + " withdrawn (starts still in learning are "
                + "not counted)",
            "100 x " + done[0] + " / " + (done[0] + done[1])));
  }

  private static Map<String, Long> perEmployer(ApprenticeshipCube c, Filter f, Window w) {
    Map<String, Long> by = new HashMap<>();
    c.forEachBetween(
        w.from(),
        w.to(),
        (cell, n) -> {
          if (matches(cell, f)) {
            by.merge(cell.employerId(), n, Long::sum);
          }
        });
    return by;
  }

  private MeasureResult champions(ApprenticeshipData a, MeasureQuery q) {
    Window w = window(q);
    Optional<MeasureResult> none = uncovered(a.starts(), w);
    if (none.isPresent()) {
      return none.get();
    }
    int min = q.params().integer("min_starts").orElse(10);
    long n = perEmployer(a.starts(), q.filter(), w).values().stream().filter(v -> v >= min).count();
    return new MeasureResult(
        (double) n,
        (double) n,
        null,
        List.of(),
        List.of(
            "employers with at least "
                + min
                + " starts from "
                + w
                + q.filter().describe()
                + ": "
                + n));
  }

  private MeasureResult lapsed(ApprenticeshipData a, MeasureQuery q) {
    Window w = window(q);
    Optional<MeasureResult> none = uncovered(a.starts(), w);
    if (none.isPresent()) {
      return none.get();
    }
    int min = q.params().integer("min_starts").orElse(10);
    int lookback = q.params().integer("lookback").orElse(3);
    Set<String> now = champions(perEmployer(a.starts(), q.filter(), w), min);
    Set<String> before = new TreeSet<>();
    for (int i = 1; i <= lookback; i++) {
      Window earlier = new Window(w.from().minusYears(i), w.to().minusYears(i));
      before.addAll(champions(perEmployer(a.starts(), q.filter(), earlier), min));
    }
    before.removeAll(now);
    return new MeasureResult(
        (double) before.size(),
        (double) before.size(),
        null,
        List.of(),
        List.of(
            "employers with at least "
                + min
                + " starts a year in any of the "
                + lookback
                + " years before "
                + w
                + " but not in it: "
                + before.size()));
  }

  private static Set<String> champions(Map<String, Long> perEmployer, int min) {
    Set<String> out = new HashSet<>();
    perEmployer.forEach(
        (e, n) -> {
          if (n >= min) {
            out.add(e);
          }
        });
    return out;
  }

  private MeasureResult perHundredThousand(DataSet data, ApprenticeshipData a, MeasureQuery q) {
    Window w = window(q);
    Optional<MeasureResult> none = uncovered(a.starts(), w);
    if (none.isPresent()) {
      return none.get();
    }
    long starts = count(a.starts(), q.filter(), w);
    String band =
        q.filter()
            .get("age_band")
            .filter(l -> l.size() == 1)
            .map(l -> l.get(0))
            .orElse(q.params().text("population_band").orElse("16-64"));
    Optional<List<String>> districts = q.filter().get("district");
    Set<String> districtCodes = new HashSet<>();
    data.districts().forEach(d -> districtCodes.add(d.code()));
    int year = w.from().getYear();
    double pop = 0;
    int usedYear = -1;
    for (int y = year; y >= year - 5 && pop == 0; y--) {
      for (Population p : a.population()) {
        boolean area =
            districts.isPresent()
                ? districts.get().stream().anyMatch(x -> x.equalsIgnoreCase(p.area()))
                : !districtCodes.contains(p.area());
        if (area && p.ageBand().equalsIgnoreCase(band) && p.year() == y) {
          pop += p.population();
          usedYear = y;
        }
      }
    }
    if (pop == 0) {
      return MeasureResult.noData(
          "no reference/population for age band " + band + " in " + year, List.of());
    }
    List<String> notes =
        usedYear == year
            ? List.of()
            : List.of("population of " + usedYear + " used; none for " + year);
    return MeasureResult.rate(
        (double) starts,
        pop,
        100_000,
        notes,
        List.of(
            "starts from " + w + q.filter().describe() + ": " + starts,
            "population aged " + band + " (" + usedYear + "): " + fmt(pop),
            "100,000 x " + starts + " / " + fmt(pop)));
  }

  /** True when a cell passes every dimension of the filter. */
  static boolean matches(Cell c, Filter f) {
    for (Map.Entry<String, List<String>> e : f.values().entrySet()) {
      if (!matches(c, e.getKey(), e.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static boolean matches(Cell c, String dimension, List<String> accepted) {
    if (dimension.equals("send")) {
      // one meaning of send in every family: N/K/E codes, Y = K or E
      return (c.send() == null ? kpi.core.neet.Send.UNKNOWN : c.send()).matches(accepted);
    }
    for (String v : accepted) {
      String a = v.strip();
      boolean hit =
          switch (dimension) {
            case "district" -> a.equalsIgnoreCase(c.district());
            case "age_band" -> a.equalsIgnoreCase(c.ageBand().id());
            case "level_band" ->
                a.equalsIgnoreCase(LevelBand.DEGREE)
                    ? LevelBand.isDegree(c.level())
                    : a.equalsIgnoreCase(c.levelBand().id())
                        || a.equals(Integer.toString(c.level()));
            case "employer_type" -> a.equalsIgnoreCase(c.employerType());
            case "sector" -> a.equalsIgnoreCase(c.sector());
            case "programme" -> a.equalsIgnoreCase(c.programme());
            case "status" -> a.equalsIgnoreCase(c.status().id());
            case "care_leaver" -> flag(a, c.careLeaver());
            case "looked_after" -> flag(a, c.lookedAfter());
            case "assisted" -> flag(a, c.assisted());
            case "troubled_family" -> flag(a, c.troubledFamily());
            default ->
                throw new InvalidRequestException(
                    "apprenticeship measures cannot filter by " + dimension);
          };
      if (hit) {
        return true;
      }
    }
    return false;
  }

  private static boolean flag(String accepted, Boolean value) {
    return kpi.core.catalog.FlagValue.anyMatches(List.of(accepted), value);
  }

  private static Filter without(Filter f, String dimension) {
    Map<String, List<String>> m = new HashMap<>(f.values());
    m.remove(dimension);
    return new Filter(m);
  }

  private static String fmt(double d) {
    return d == Math.rint(d)
        ? Long.toString((long) d)
        : String.format(java.util.Locale.ROOT, "%.4f", d);
  }

  @Override
  public List<BreakdownValue> breakdownValues(DataSet data, String dimension) {
    List<BreakdownValue> out = new ArrayList<>();
    switch (dimension) {
      case "district" ->
          data.districts().forEach(d -> out.add(new BreakdownValue(d.code(), d.name())));
      case "age_band" -> {
        for (AgeBand b : AgeBand.values()) {
          out.add(new BreakdownValue(b.id(), "aged " + b.id()));
        }
      }
      case "level_band" -> {
        for (LevelBand b : LevelBand.values()) {
          out.add(new BreakdownValue(b.id(), b.id()));
        }
        out.add(new BreakdownValue(LevelBand.DEGREE, "degree (within higher)"));
      }
      case "employer_type", "sector" -> {
        TreeSet<String> seen = new TreeSet<>();
        data.apprenticeships()
            .starts()
            .forEach(
                (c, n) -> {
                  String v = dimension.equals("sector") ? c.sector() : c.employerType();
                  if (!v.isEmpty()) {
                    seen.add(v);
                  }
                });
        seen.forEach(v -> out.add(new BreakdownValue(v, v)));
      }
      default -> throw new InvalidRequestException(id() + " cannot be broken down by " + dimension);
    }
    return out;
  }

  @Override
  public List<AcademicYear> years(DataSet data) {
    ApprenticeshipCube c = data.apprenticeships().starts();
    List<AcademicYear> out = new ArrayList<>();
    if (c.starts() == 0) {
      return out;
    }
    int first = c.first().getMonthValue() >= 8 ? c.first().getYear() : c.first().getYear() - 1;
    int last = c.last().getMonthValue() >= 8 ? c.last().getYear() : c.last().getYear() - 1;
    for (int y = first; y <= last; y++) {
      out.add(new AcademicYear(y));
    }
    return out;
  }
}
