package kpi.core.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kpi.core.InvalidRequestException;
import kpi.core.attainment.Age19Cube;
import kpi.core.attainment.AttainmentData;
import kpi.core.attainment.Ks4Cube;
import kpi.core.attainment.Ks5Cube;
import kpi.core.catalog.Filter;
import kpi.core.period.Period;
import kpi.core.period.Period.AcademicYear;

/**
 * The attainment measures: KS4 English and maths passes, Attainment 8 and Progress 8 means and
 * gaps; 16-18 average points per entry, English and maths progress, students and gaps; and the
 * age-19 level 2, level 3 and English-and-maths-by-19 rates. The period is the academic year the
 * results belong to (for age 19, the year the cohort reached 19).
 */
public final class AttainmentMeasure implements Measure {

  /** What is measured. */
  public enum Kind {
    KS4_EM_PASS_RATE("ks4.em_pass_rate", "attainment-ks4"),
    KS4_ATTAINMENT8_MEAN("ks4.attainment8_mean", "attainment-ks4"),
    KS4_PROGRESS8_MEAN("ks4.progress8_mean", "attainment-ks4"),
    KS4_GAP("ks4.gap", "attainment-ks4"),
    KS5_APS_PER_ENTRY("ks5.aps_per_entry", "attainment-16-18"),
    KS5_EM_PROGRESS_MEAN("ks5.em_progress_mean", "attainment-16-18"),
    KS5_STUDENTS("ks5.students", "attainment-16-18"),
    KS5_GAP("ks5.gap", "attainment-16-18"),
    AGE19_EM_BY_19_RATE("age19.em_by_19_rate", "attainment-age19"),
    AGE19_LEVEL2_RATE("age19.level2_rate", "attainment-age19"),
    AGE19_LEVEL3_RATE("age19.level3_rate", "attainment-age19");

    private final String id;
    private final String source;

    Kind(String id, String source) {
      this.id = id;
      this.source = source;
    }

    public String id() {
      return id;
    }
  }

  private static final Set<String> KS4_DIMENSIONS =
      Set.of("district", "school_type", "fsm", "disadvantaged", "send");
  private static final Set<String> KS5_DIMENSIONS =
      Set.of("district", "institution_type", "fsm", "qualification_type");
  private static final Set<String> AGE19_DIMENSIONS = Set.of("district", "fsm");
  private static final String LEGACY_NOTE =
      "letter grades (A*-G) read as 9-1 grades by DfE's"
          + " time-series mapping: C = 4 (standard pass), B = 5 (strong pass)";

  private final Kind kind;

  public AttainmentMeasure(Kind kind) {
    this.kind = kind;
  }

  @Override
  public String id() {
    return kind.id;
  }

  @Override
  public String source() {
    return kind.source;
  }

  /** A gap takes its group, the measure it compares ({@code of}) and that measure's own. */
  @Override
  public Set<String> parameters() {
    return switch (kind) {
      case KS4_EM_PASS_RATE -> Set.of("grade");
      case KS5_EM_PROGRESS_MEAN -> Set.of("subject");
      case KS4_GAP -> Set.of("group", "of", "grade");
      case KS5_GAP -> Set.of("group", "of", "subject");
      default -> Set.of();
    };
  }

  @Override
  public Set<String> dimensions() {
    return kind.source.equals("attainment-ks4")
        ? KS4_DIMENSIONS
        : kind.source.equals("attainment-16-18") ? KS5_DIMENSIONS : AGE19_DIMENSIONS;
  }

  @Override
  public MeasureResult compute(DataSet data, MeasureQuery q) {
    AttainmentData a = data.attainment();
    int year = q.period().academicYear().startYear();
    if (!years(data).contains(new AcademicYear(year))) {
      return MeasureResult.noData(
          "no " + kind.source + " results for " + q.period().academicYear().label(), List.of());
    }
    return switch (kind) {
      case KS4_EM_PASS_RATE -> emPass(a.ks4(), year, q);
      case KS4_ATTAINMENT8_MEAN -> ks4Mean(a.ks4(), year, q, true);
      case KS4_PROGRESS8_MEAN -> ks4Mean(a.ks4(), year, q, false);
      case KS5_APS_PER_ENTRY -> aps(a.ks5(), year, q);
      case KS5_EM_PROGRESS_MEAN -> progress(a.ks5(), year, q);
      case KS5_STUDENTS -> students(a.ks5(), year, q);
      case KS4_GAP, KS5_GAP -> gap(data, q);
      case AGE19_EM_BY_19_RATE -> age19(a.age19(), year, q, 0);
      case AGE19_LEVEL2_RATE -> age19(a.age19(), year, q, 2);
      case AGE19_LEVEL3_RATE -> age19(a.age19(), year, q, 3);
    };
  }

  private static MeasureResult emPass(Ks4Cube c, int year, MeasureQuery q) {
    int grade = q.params().integer("grade").orElse(4);
    if (grade != 4 && grade != 5) {
      throw new InvalidRequestException(
          "params.grade must be 4 (standard pass) or 5 (strong" + " pass): " + grade);
    }
    long[] n = {0, 0, 0, 0};
    c.forEach(
        (cell, s) -> {
          if (cell.year() == year && ks4Matches(cell, q.filter())) {
            n[1] += s.pupils();
            boolean pass =
                cell.english() != null
                    && cell.maths() != null
                    && cell.english().atLeast(grade)
                    && cell.maths().atLeast(grade);
            n[0] += pass ? s.pupils() : 0;
            n[2] += cell.english() == null || cell.maths() == null ? s.pupils() : 0;
            n[3] +=
                (cell.english() != null && cell.english().legacy())
                        || (cell.maths() != null && cell.maths().legacy())
                    ? s.pupils()
                    : 0;
          }
        });
    List<String> notes = new ArrayList<>();
    if (n[3] > 0) {
      notes.add(LEGACY_NOTE);
    }
    if (n[2] > 0) {
      notes.add(
          n[2]
              + " pupils without an English or maths grade count as not achieving, as"
              + " in DfE's measure (all pupils at the end of key stage 4)");
    }
    return MeasureResult.rate(
        n[0],
        n[1],
        100,
        notes,
        List.of(
            "pupils with grade " + grade + " or above in both English and maths: " + n[0],
            "pupils at the end of KS4" + q.filter().describe() + ": " + n[1],
            "100 x " + n[0] + " / " + n[1]));
  }

  private static MeasureResult ks4Mean(Ks4Cube c, int year, MeasureQuery q, boolean a8) {
    double[] sum = {0};
    long[] count = {0};
    c.forEach(
        (cell, s) -> {
          if (cell.year() == year && ks4Matches(cell, q.filter())) {
            sum[0] += a8 ? s.a8Sum() : s.p8Sum();
            count[0] += a8 ? s.a8Count() : s.p8Count();
          }
        });
    String what = a8 ? "Attainment 8" : "Progress 8";
    if (count[0] == 0) {
      return new MeasureResult(
          null,
          sum[0],
          0.0,
          List.of("no pupils with a " + what + " score" + q.filter().describe()),
          List.of());
    }
    return new MeasureResult(
        sum[0] / count[0],
        sum[0],
        (double) count[0],
        List.of(),
        List.of(
            "sum of "
                + what
                + " scores: "
                + round(sum[0])
                + " over "
                + count[0]
                + " pupils"
                + (a8 ? "" : " in the measure (blanks are not in it)"),
            "mean = " + round(sum[0]) + " / " + count[0]));
  }

  private static MeasureResult aps(Ks5Cube c, int year, MeasureQuery q) {
    double[] sums = {0, 0};
    c.forEachCell(
        (cell, s) -> {
          if (cell.year() == year
              && ks5Matches(
                  cell.district(),
                  cell.institutionType(),
                  cell.fsm(),
                  Set.of(cell.qualificationType()),
                  q.filter())) {
            sums[0] += s.points();
            sums[1] += s.entries();
          }
        });
    if (sums[1] == 0) {
      return new MeasureResult(
          null,
          sums[0],
          0.0,
          List.of("no entries" + q.filter().describe() + ", so there is no average point score"),
          List.of());
    }
    return new MeasureResult(
        sums[0] / sums[1],
        sums[0],
        sums[1],
        List.of(),
        List.of(
            "points "
                + round(sums[0])
                + " over size-weighted entries "
                + round(sums[1])
                + q.filter().describe(),
            "APS per entry = " + round(sums[0]) + " / " + round(sums[1])));
  }

  private static MeasureResult progress(Ks5Cube c, int year, MeasureQuery q) {
    String subject = q.params().text("subject").orElse("english").toLowerCase(Locale.ROOT);
    if (!subject.equals("english") && !subject.equals("maths")) {
      throw new InvalidRequestException("params.subject must be english or maths: " + subject);
    }
    int i = subject.equals("english") ? 0 : 2;
    double[] sums = {0, 0};
    c.forEachProgress(
        (g, p) -> {
          if (g.year() == year
              && ks5Matches(
                  g.district(), g.institutionType(), g.fsm(), g.qualificationTypes(), q.filter())) {
            sums[0] += p[i];
            sums[1] += p[i + 1];
          }
        });
    if (sums[1] == 0) {
      return new MeasureResult(
          null,
          sums[0],
          0.0,
          List.of("no students with a " + subject + " progress score"),
          List.of());
    }
    return new MeasureResult(
        sums[0] / sums[1],
        sums[0],
        sums[1],
        List.of(),
        List.of(
            "sum of "
                + subject
                + " progress scores "
                + round(sums[0])
                + " over "
                + (long) sums[1]
                + " students with a score (blank is not in the measure; -1 is a score)"));
  }

  private static MeasureResult students(Ks5Cube c, int year, MeasureQuery q) {
    long[] n = {0};
    c.forEachStudentGroup(
        (g, count) -> {
          if (g.year() == year
              && ks5Matches(
                  g.district(), g.institutionType(), g.fsm(), g.qualificationTypes(), q.filter())) {
            n[0] += count;
          }
        });
    return new MeasureResult(
        (double) n[0],
        (double) n[0],
        null,
        List.of(),
        List.of(
            "distinct students"
                + q.filter().describe()
                + ": "
                + n[0]
                + " (a student with two matching types counts once)"));
  }

  private MeasureResult gap(DataSet data, MeasureQuery q) {
    String group = q.params().text("group").orElse("disadvantaged").toLowerCase(Locale.ROOT);
    String defaultOf = kind == Kind.KS4_GAP ? "ks4.attainment8_mean" : "ks5.aps_per_entry";
    String of = q.params().text("of").orElse(defaultOf);
    Kind inner = null;
    for (Kind k : Kind.values()) {
      if (k.id.equals(of)
          && k.source.equals(kind.source)
          && k != Kind.KS4_GAP
          && k != Kind.KS5_GAP) {
        inner = k;
      }
    }
    if (inner == null) {
      throw new InvalidRequestException(
          id() + " needs params.of to be another " + kind.source + " measure: " + of);
    }
    if (!dimensions().contains(group)) {
      throw new InvalidRequestException(
          id()
              + " params.group must be one of "
              + String.join(", ", new TreeSet<>(dimensions()))
              + ": "
              + group);
    }
    AttainmentMeasure m = new AttainmentMeasure(inner);
    MeasureResult others = m.compute(data, q.withFilter(q.filter().with(group, List.of("false"))));
    MeasureResult members = m.compute(data, q.withFilter(q.filter().with(group, List.of("true"))));
    List<String> workings = new ArrayList<>();
    workings.add(of + " for pupils not " + group + ": " + value(others));
    workings.add(of + " for " + group + " pupils: " + value(members));
    if (others.value() == null || members.value() == null) {
      List<String> notes = new ArrayList<>();
      notes.add(
          "no gap: "
              + (others.value() == null
                  ? "no value for pupils not " + group
                  : "no value for " + group + " pupils"));
      return new MeasureResult(null, null, null, notes, workings);
    }
    double gap = others.value() - members.value();
    workings.add("gap = " + value(others) + " - " + value(members) + " = " + round(gap));
    List<String> notes = new ArrayList<>(others.notes());
    members.notes().stream().filter(n -> !notes.contains(n)).forEach(notes::add);
    return new MeasureResult(gap, null, null, notes, workings);
  }

  /** 0: English and maths by 19 among those without it at 16; 2 or 3: level 2 or 3 by 19. */
  private static MeasureResult age19(Age19Cube c, int year, MeasureQuery q, int which) {
    long[] n = {0, 0, 0};
    c.forEach(
        (cell, count) -> {
          if (cell.year() != year || !age19Matches(cell, q.filter())) {
            return;
          }
          if (which == 0) {
            if (!cell.emAt16()) {
              n[1] += count;
              n[0] += cell.emBy19() ? count : 0;
            }
          } else {
            Boolean flag = which == 2 ? cell.level2() : cell.level3();
            n[1] += count;
            n[0] += Boolean.TRUE.equals(flag) ? count : 0;
            n[2] += flag == null ? count : 0;
          }
        });
    List<String> notes =
        n[2] == 0
            ? List.of()
            : List.of(
                n[2]
                    + " young people without a level "
                    + which
                    + " flag count as not achieving it");
    String what =
        which == 0
            ? "with English and maths by 19, of those without it at 16"
            : "with level " + which + " by 19";
    return MeasureResult.rate(
        n[0],
        n[1],
        100,
        notes,
        List.of("young people " + what + ": " + n[0] + " of " + n[1] + q.filter().describe()));
  }

  private static boolean ks4Matches(Ks4Cube.Cell c, Filter f) {
    for (Map.Entry<String, List<String>> e : f.values().entrySet()) {
      boolean hit =
          switch (e.getKey()) {
            case "district" -> anyEquals(e.getValue(), c.district());
            case "school_type" -> anyEquals(e.getValue(), c.schoolType());
            case "fsm" -> flagMatches(e.getValue(), c.fsm());
            case "disadvantaged" -> flagMatches(e.getValue(), c.disadvantaged());
            case "send" ->
                kpi.core.neet.Send.parse(c.send())
                    .orElse(kpi.core.neet.Send.UNKNOWN)
                    .matches(e.getValue());
            default ->
                throw new InvalidRequestException("KS4 measures cannot filter by " + e.getKey());
          };
      if (!hit) {
        return false;
      }
    }
    return true;
  }

  private static boolean ks5Matches(
      String district, String institution, Boolean fsm, Set<String> types, Filter f) {
    for (Map.Entry<String, List<String>> e : f.values().entrySet()) {
      boolean hit =
          switch (e.getKey()) {
            case "district" -> anyEquals(e.getValue(), district);
            case "institution_type" -> anyEquals(e.getValue(), institution);
            case "fsm" -> flagMatches(e.getValue(), fsm);
            case "qualification_type" -> types.stream().anyMatch(t -> anyEquals(e.getValue(), t));
            default ->
                throw new InvalidRequestException("16-18 measures cannot filter by " + e.getKey());
          };
      if (!hit) {
        return false;
      }
    }
    return true;
  }

  private static boolean age19Matches(Age19Cube.Cell c, Filter f) {
    for (Map.Entry<String, List<String>> e : f.values().entrySet()) {
      boolean hit =
          switch (e.getKey()) {
            case "district" -> anyEquals(e.getValue(), c.district());
            case "fsm" -> flagMatches(e.getValue(), c.fsm());
            default ->
                throw new InvalidRequestException("age-19 measures cannot filter by " + e.getKey());
          };
      if (!hit) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyEquals(List<String> accepted, String value) {
    return value != null && accepted.stream().anyMatch(a -> a.strip().equalsIgnoreCase(value));
  }

  private static boolean flagMatches(List<String> accepted, Boolean value) {
    return kpi.core.catalog.FlagValue.anyMatches(accepted, value);
  }

  private static String value(MeasureResult r) {
    return r.value() == null ? "none" : round(r.value());
  }

  private static String round(double d) {
    return new java.math.BigDecimal(Double.toString(d))
        .setScale(4, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  @Override
  public List<BreakdownValue> breakdownValues(DataSet data, String dimension) {
    List<BreakdownValue> out = new ArrayList<>();
    if (!dimensions().contains(dimension)) {
      throw new InvalidRequestException(id() + " cannot be broken down by " + dimension);
    }
    switch (dimension) {
      case "district" ->
          data.districts().forEach(d -> out.add(new BreakdownValue(d.code(), d.name())));
      case "fsm", "disadvantaged" -> {
        out.add(new BreakdownValue("true", dimension.equals("fsm") ? "FSM" : "disadvantaged"));
        out.add(
            new BreakdownValue("false", dimension.equals("fsm") ? "not FSM" : "not disadvantaged"));
      }
      case "send" -> {
        out.add(new BreakdownValue("N", "No SEND"));
        out.add(new BreakdownValue("K", "SEN support"));
        out.add(new BreakdownValue("E", "EHC plan"));
      }
      default -> {
        TreeSet<String> seen = new TreeSet<>();
        AttainmentData a = data.attainment();
        if (dimension.equals("school_type")) {
          a.ks4().forEach((c, s) -> seen.add(c.schoolType()));
        } else {
          a.ks5()
              .forEachCell(
                  (c, s) ->
                      seen.add(
                          dimension.equals("institution_type")
                              ? c.institutionType()
                              : c.qualificationType()));
        }
        seen.remove("");
        seen.forEach(v -> out.add(new BreakdownValue(v, v)));
      }
    }
    return out;
  }

  @Override
  public List<AcademicYear> years(DataSet data) {
    TreeSet<Integer> years = new TreeSet<>();
    AttainmentData a = data.attainment();
    switch (kind.source) {
      case "attainment-ks4" -> a.ks4().forEach((c, s) -> years.add(c.year()));
      case "attainment-16-18" -> a.ks5().forEachCell((c, s) -> years.add(c.year()));
      default -> a.age19().forEach((c, n) -> years.add(c.year()));
    }
    List<AcademicYear> out = new ArrayList<>();
    years.forEach(y -> out.add(new Period.AcademicYear(y)));
    return out;
  }
}
