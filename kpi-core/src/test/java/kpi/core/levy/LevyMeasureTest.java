package kpi.core.levy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import kpi.core.catalog.Filter;
import kpi.core.measure.DataSet;
import kpi.core.measure.LevyMeasure;
import kpi.core.measure.LevyMeasure.Kind;
import kpi.core.measure.MeasureQuery;
import kpi.core.measure.MeasureResult;
import kpi.core.period.Period;
import org.junit.jupiter.api.Test;

class LevyMeasureTest {
  private static final Period Y1617 = new Period.AcademicYear(2016);
  private static final Period Y1718 = new Period.AcademicYear(2017);

  /** Amounts in pounds. */
  private static long pence(double pounds) {
    return BigDecimal.valueOf(pounds)
        .movePointRight(2)
        .setScale(0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  private static LevyStatement st(
      String employer,
      String type,
      String month,
      double declared,
      double used,
      double transferred,
      double expired) {
    return new LevyStatement(
        employer,
        type,
        YearMonth.parse(month),
        pence(declared),
        pence(used),
        pence(transferred),
        pence(expired));
  }

  private static DataSet data(LevyStatement... statements) {
    LevyCube.Builder cube = LevyCube.builder();
    for (LevyStatement s : statements) {
      cube.add(s);
    }
    return DataSet.builder().levy(cube.build()).build();
  }

  private static MeasureResult run(Kind kind, DataSet data, Period p, Map<String, List<String>> f) {
    return new LevyMeasure(kind).compute(data, new MeasureQuery(p, new Filter(f), null));
  }

  private final DataSet data =
      data(
          // the council: 2016/17 (Aug-Jul) holds Apr-Jul 2017
          st("KCC", "council", "2017-04", 1000.00, 0, 0, 0),
          st("KCC", "council", "2017-05", 1000.00, 150.50, 0, 0),
          st("KCC", "council", "2017-07", 1000.00, 299.50, 100.00, 0),
          // 2017/18: August
          st("KCC", "council", "2017-08", 1000.00, 800.00, 0, 0),
          // a school trust, Council-owned schools' account
          st("T1", "School", "2017-06", 500.00, 0.01, 0, 0));

  @Test
  void spentShareIsOneDivisionOfSummedAmounts() {
    // 2016/17 = Aug 2016 - Jul 2017: declared 1000 + 1000 + 1000 + 500 = 3500.00;
    // used 0 + 150.50 + 299.50 + 0.01 = 450.01; 100 x 450.01 / 3500 = 12.8574285714...
    MeasureResult r = run(Kind.SPENT_SHARE, data, Y1617, Map.of());
    assertThat(r.numerator()).isEqualTo(450.01);
    assertThat(r.denominator()).isEqualTo(3500.0);
    assertThat(r.value()).isEqualTo(100 * 450.01 / 3500.0);
    assertThat(r.value()).isBetween(12.857428, 12.857429);
    // statements exist for Apr, May, Jun, Jul of the 12 months
    assertThat(r.notes())
        .containsExactly(
            "levy statements for 4 of the 12 months (2017-04 to 2017-07); the levy began in April 2017");
  }

  @Test
  void transferredShareAndFilters() {
    // council only, 2016/17: declared 3000, transferred 100: 100 x 100 / 3000 = 3.333...
    MeasureResult r =
        run(Kind.TRANSFERRED_SHARE, data, Y1617, Map.of("employer_type", List.of("council")));
    assertThat(r.numerator()).isEqualTo(100.0);
    assertThat(r.denominator()).isEqualTo(3000.0);
    // the school account, by its id: declared 500, used 0.01: 100 x 0.01 / 500 = 0.002
    MeasureResult school = run(Kind.SPENT_SHARE, data, Y1617, Map.of("employer", List.of("t1")));
    assertThat(school.value()).isEqualTo(100 * 0.01 / 500.0);
    // employer types are kept lower-case: "School" is "school"
    assertThat(
            run(Kind.SPENT_SHARE, data, Y1617, Map.of("employer_type", List.of("school")))
                .denominator())
        .isEqualTo(500.0);
  }

  @Test
  void monthsAndQuartersAreTheirOwnMonths() {
    // July 2017: 299.50 / 1000 -> 29.95
    MeasureResult jul =
        run(Kind.SPENT_SHARE, data, new Period.Month(YearMonth.of(2017, 7)), Map.of());
    assertThat(jul.value()).isEqualTo(100 * 299.50 / 1000.0);
    assertThat(jul.notes()).isEmpty();
    // 2017/18: August only, 800 / 1000 = 80
    assertThat(run(Kind.SPENT_SHARE, data, Y1718, Map.of()).value()).isEqualTo(80.0);
    // expired share: nothing expired, 0 of 1000 is 0.0, a real value
    assertThat(run(Kind.EXPIRED_SHARE, data, Y1718, Map.of()).value()).isEqualTo(0.0);
  }

  @Test
  void aPeriodTheStatementsDoNotCoverHasNoValue() {
    MeasureResult r = run(Kind.SPENT_SHARE, data, new Period.AcademicYear(2015), Map.of());
    assertThat(r.value()).isNull();
    assertThat(r.notes())
        .containsExactly(
            "the levy statements (2017-04 to 2017-08) do not cover"
                + " 2015-08 to 2016-07; the levy began in April 2017");
    assertThat(run(Kind.SPENT_SHARE, DataSet.builder().build(), Y1617, Map.of()).notes())
        .containsExactly("no levy statements in the drop");
    assertThat(new LevyMeasure(Kind.SPENT_SHARE).years(data))
        .containsExactly(new Period.AcademicYear(2016), new Period.AcademicYear(2017));
  }
}
