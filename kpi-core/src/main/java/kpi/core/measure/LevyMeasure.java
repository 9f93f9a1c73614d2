package kpi.core.measure;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kpi.core.InvalidRequestException;
import kpi.core.catalog.Filter;
import kpi.core.levy.LevyCube;
import kpi.core.levy.LevyStatement;
import kpi.core.period.Period;
import kpi.core.period.Period.AcademicYear;

/**
 * The apprenticeship levy measures over {@code levy} (monthly apprenticeship service statements):
 * the share of the levy that entered the accounts which was spent on apprenticeships, transferred
 * to other employers, or left to expire. Each is {@code 100 x sum(part) / sum(levy declared)} over
 * the period's months, one division of summed amounts. An academic year is 1 August - 31 July, as
 * for apprenticeship starts; a month or quarter is its own months.
 */
public final class LevyMeasure implements Measure {

  /** What is measured. */
  public enum Kind {
    SPENT_SHARE("levy.spent_share", "funds used"),
    TRANSFERRED_SHARE("levy.transferred_share", "funds transferred out"),
    EXPIRED_SHARE("levy.expired_share", "funds expired");

    private final String id;
    private final String part;

    Kind(String id, String part) {
      this.id = id;
      this.part = part;
    }

    public String id() {
      return id;
    }
  }

  public static final String SOURCE = "levy";

  /** True for a levy measure: its numerator and denominator are pounds, not people. */
  public static boolean isLevy(String measureId) {
    return measureId != null && measureId.startsWith("levy.");
  }

  private static final Set<String> DIMENSIONS = Set.of("employer_type", "employer");

  private final Kind kind;

  public LevyMeasure(Kind kind) {
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

  @Override
  public Set<String> dimensions() {
    return DIMENSIONS;
  }

  @Override
  public Set<String> parameters() {
    return Set.of();
  }

  /** Statements are monthly, so a month or quarter has a value of its own. */
  @Override
  public boolean measuresWithinYear(DataSet data, MeasureQuery query) {
    return true;
  }

  /** The months of a period: August to July for an academic year. */
  static List<YearMonth> months(Period p) {
    if (p instanceof AcademicYear y) {
      List<YearMonth> out = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        out.add(YearMonth.of(y.startYear(), 8).plusMonths(i));
      }
      return out;
    }
    return p.calendarMonths();
  }

  @Override
  public MeasureResult compute(DataSet data, MeasureQuery q) {
    LevyCube cube = data.levy();
    if (cube.isEmpty()) {
      return MeasureResult.noData("no levy statements in the drop", List.of());
    }
    List<YearMonth> window = months(q.period());
    YearMonth from = window.get(0);
    YearMonth to = window.get(window.size() - 1);
    List<YearMonth> held = window.stream().filter(cube.months()::contains).toList();
    if (held.isEmpty()) {
      return MeasureResult.noData(
          "the levy statements ("
              + cube.months().first()
              + " to "
              + cube.months().last()
              + ") do not cover "
              + from
              + " to "
              + to
              + (to.isBefore(LevyStatement.FIRST_MONTH) ? "; the levy began in April 2017" : ""),
          List.of());
    }
    long[] sums = {0, 0};
    cube.forEach(
        (cell, s) -> {
          if (!cell.month().isBefore(from)
              && !cell.month().isAfter(to)
              && matches(cell, q.filter())) {
            sums[0] += s.levyDeclared();
            sums[1] +=
                switch (kind) {
                  case SPENT_SHARE -> s.fundsUsed();
                  case TRANSFERRED_SHARE -> s.transferredOut();
                  case EXPIRED_SHARE -> s.expired();
                };
          }
        });
    List<String> notes = new ArrayList<>();
    if (held.size() < window.size()) {
      notes.add(
          "levy statements for "
              + held.size()
              + " of the "
              + window.size()
              + " months ("
              + held.get(0)
              + " to "
              + held.get(held.size() - 1)
              + ")"
              + (from.isBefore(LevyStatement.FIRST_MONTH) ? "; the levy began in April 2017" : ""));
    }
    if (kind == Kind.TRANSFERRED_SHARE && to.isBefore(YearMonth.of(2018, 4))) {
      notes.add("levy transfers between employers began in April 2018");
    } else if (kind == Kind.EXPIRED_SHARE && to.isBefore(YearMonth.of(2019, 5))) {
      notes.add("levy funds first expired in May 2019, 24 months after they entered");
    }
    List<String> workings =
        List.of(
            "levy declared from "
                + from
                + " to "
                + to
                + q.filter().describe()
                + ": "
                + pounds(sums[0]),
            kind.part + ": " + pounds(sums[1]),
            "100 x " + pounds(sums[1]) + " / " + pounds(sums[0]));
    return MeasureResult.rate(sums[1] / 100.0, sums[0] / 100.0, 100, notes, workings);
  }

  private static boolean matches(LevyCube.Cell c, Filter f) {
    return f.accepts("employer_type", c.employerType()) && f.accepts("employer", c.employerId());
  }

  /** Pence as pounds for workings: {@code £1234.56}. */
  static String pounds(long pence) {
    return "£" + BigDecimal.valueOf(pence, 2).toPlainString();
  }

  @Override
  public List<BreakdownValue> breakdownValues(DataSet data, String dimension) {
    if (!DIMENSIONS.contains(dimension)) {
      throw new InvalidRequestException(id() + " cannot be broken down by " + dimension);
    }
    TreeSet<String> seen = new TreeSet<>();
    data.levy()
        .forEach(
            (c, s) -> seen.add(dimension.equals("employer") ? c.employerId() : c.employerType()));
    seen.remove("");
    List<BreakdownValue> out = new ArrayList<>();
    seen.forEach(v -> out.add(new BreakdownValue(v, v)));
    return out;
  }

  @Override
  public List<AcademicYear> years(DataSet data) {
    TreeSet<AcademicYear> years = new TreeSet<>();
    data.levy().months().forEach(m -> years.add(AcademicYear.fundingYearContaining(m.atDay(1))));
    return List.copyOf(years);
  }
}
