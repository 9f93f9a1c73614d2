package kpi.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import kpi.core.catalog.Filter;
import kpi.core.catalog.Params;
import kpi.core.measure.NeetMeasure.Kind;
import kpi.core.neet.ActivityGroup;
import kpi.core.neet.ActivityGroups;
import kpi.core.neet.NeetCube;
import kpi.core.neet.Send;
import kpi.core.period.Period;
import kpi.core.period.Period.AcademicYear;
import kpi.core.period.Period.Month;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * NEET, not known and participation arithmetic on hand-built cubes. Every expectation is worked out
 * by hand in the comments.
 */
class NeetMeasureTest {
  private static final double EPS = 1e-9;
  private static final AcademicYear Y2016 = new AcademicYear(2016);
  private static final YearMonth DEC = YearMonth.of(2016, 12);
  private static final YearMonth JAN = YearMonth.of(2017, 1);
  private static final YearMonth FEB = YearMonth.of(2017, 2);
  private static final YearMonth MAR = YearMonth.of(2017, 3);
  private static final String ASHFORD = "E07000105";
  private static final String CANTERBURY = "E07000106";
  private static final String DARTFORD = "E07000107";

  private final NeetCube.Builder cube = NeetCube.builder();

  private void add(YearMonth month, int code, long n) {
    add(month, 16, ASHFORD, Send.N, code, n);
  }

  private void add(YearMonth month, int age, String district, Send send, int code, long n) {
    cube.add(new NeetCube.Cell(month, age, district, send, null, null, "", code), n);
  }

  private DataSet data() {
    return DataSet.builder()
        .neet(cube.build())
        .districts(
            List.of(
                new District(ASHFORD, "Ashford", 1, null),
                new District(CANTERBURY, "Canterbury", 2, null),
                new District(DARTFORD, "Dartford", 3, null)))
        .build();
  }

  private MeasureResult compute(Kind kind, Period period) {
    return compute(kind, period, Filter.none(), Params.none());
  }

  private MeasureResult compute(Kind kind, Period period, Filter filter, Params params) {
    return new NeetMeasure(kind).compute(data(), new MeasureQuery(period, filter, params));
  }

  private static Filter filter(String dimension, String... values) {
    return new Filter(Map.of(dimension, List.of(values)));
  }

  private static Params params(String name, Object value) {
    return new Params(Map.of(name, value));
  }

  /** NEET 3, 4, 5 over cohorts 100, 100, 103 in December, January, February. */
  private void winterNeet() {
    add(DEC, 540, 3);
    add(DEC, 210, 97); // Dec: cohort 100
    add(JAN, 619, 4);
    add(JAN, 220, 96); // Jan: cohort 100
    add(FEB, 680, 5);
    add(FEB, 310, 98); // Feb: cohort 103
  }

  @Nested
  class AcademicYearMeans {

    @Test
    void dividesTheSummedCountsOnceAndShowsTheMeans() {
      winterNeet();
      // sums: NEET 3 + 4 + 5 = 12, cohort 100 + 100 + 103 = 303; 100 x 12 / 303 = 3.96039603...%
      // shown means: NEET 12 / 3 = 4, cohort 303 / 3 = 101 (100 x 4 / 101 is the same number)
      MeasureResult r = compute(Kind.NEET_RATE, Y2016);

      assertThat(r.numerator()).isEqualTo(4.0);
      assertThat(r.denominator()).isEqualTo(101.0);
      assertThat(r.value()).isCloseTo(400.0 / 101.0, within(EPS));
      assertThat(r.value()).isCloseTo(3.9604, within(0.00005));
      // the mean of the monthly rates would be (3 + 4 + 500/103) / 3 = 3.9515...: not this
      assertThat(r.value()).isNotCloseTo((3.0 + 4.0 + 500.0 / 103.0) / 3.0, within(0.001));
      assertThat(r.notes()).isEmpty();
      assertThat(r.workings())
          .containsExactly(
              "Dec 2016: NEET 3, cohort 100 (custody excluded)",
              "Jan 2017: NEET 4, cohort 100 (custody excluded)",
              "Feb 2017: NEET 5, cohort 103 (custody excluded)",
              "mean of 3 months: NEET 4, cohort 101",
              "100 x 12 / 303 (the 3 months' sums) = 3.9604%");
    }

    /** NEET n[i] out of cohort c[i] in December, January and February (code 540 / 210). */
    private void winter(long[] neet, long[] cohort) {
      YearMonth[] months = {DEC, JAN, FEB};
      for (int i = 0; i < 3; i++) {
        add(months[i], 540, neet[i]);
        add(months[i], 210, cohort[i] - neet[i]);
      }
    }

    @Test
    void unevenWinterMonthsOnATargetAreExactlyOnIt() {
      // NEET 1, 2, 2 out of 166, 167, 167: 5 out of 500 cohort-months, 100 x 5 / 500 = 1 exactly.
      // Dividing the means (5/3) / (500/3) x 100 gives 1.0000000000000002 in doubles, a hair
      // above "at most 1.0%".
      winter(new long[] {1, 2, 2}, new long[] {166, 167, 167});
      MeasureResult r = compute(Kind.NEET_RATE, Y2016);

      assertThat(r.value()).isEqualTo(1.0);
      assertThat(
              kpi.core.status.StatusRule.evaluate(
                  r.value(),
                  1.0,
                  kpi.core.catalog.TargetRule.AT_MOST,
                  kpi.core.catalog.Polarity.LOWER_IS_BETTER,
                  kpi.core.catalog.Tolerance.absolute(0.5),
                  kpi.core.catalog.Tolerance.absolute(0.5)))
          .isEqualTo(kpi.core.status.Status.ACHIEVING);
    }

    @Test
    void unevenWinterMonthsBelowATargetAreExactlyOnIt() {
      // NEET 1, 1, 2 out of 666, 667, 667: 100 x 4 / 2000 = 0.2 exactly; the means give
      // 0.19999999999999998, a hair below "at least 0.2".
      winter(new long[] {1, 1, 2}, new long[] {666, 667, 667});
      assertThat(compute(Kind.NEET_RATE, Y2016).value()).isEqualTo(0.2);
    }

    @Test
    void halfwayValuesAreExactSoTheyRoundUp() {
      // NEET 4, 4, 5 out of 133, 133, 134: 100 x 13 / 400 = 3.25 exactly (printed 3.3, half up);
      // the means give 3.2499999999999996 (printed 3.2).
      winter(new long[] {4, 4, 5}, new long[] {133, 133, 134});
      MeasureResult r = compute(Kind.NEET_RATE, Y2016);
      assertThat(r.value()).isEqualTo(3.25);
      assertThat(
              java.math.BigDecimal.valueOf(r.value()).setScale(1, java.math.RoundingMode.HALF_UP))
          .hasToString("3.3");
      // numerator and denominator are the means, for reading: 13 / 3 and 400 / 3
      assertThat(r.numerator()).isCloseTo(13.0 / 3, within(EPS));
      assertThat(r.denominator()).isCloseTo(400.0 / 3, within(EPS));
    }

    @Test
    void anotherHalfwayValue() {
      // NEET 6, 6, 7 out of 133, 133, 134: 100 x 19 / 400 = 4.75 (the means: 4.749999999999999)
      winter(new long[] {6, 6, 7}, new long[] {133, 133, 134});
      assertThat(compute(Kind.NEET_RATE, Y2016).value()).isEqualTo(4.75);
    }

    @Test
    void custodyIsOutOfTheCohortAndTheNumerator() {
      winterNeet();
      add(DEC, 710, 10);
      add(JAN, 710, 10);
      add(FEB, 710, 10);
      add(FEB, 720, 2); // legacy refugee code is excluded as well
      // unchanged: 4 / 101
      MeasureResult r = compute(Kind.NEET_RATE, Y2016);
      assertThat(r.numerator()).isEqualTo(4.0);
      assertThat(r.denominator()).isEqualTo(101.0);
      assertThat(compute(Kind.NEET_OR_NOT_KNOWN_RATE, Y2016).numerator()).isEqualTo(4.0);
      assertThat(
              compute(Kind.PARTICIPATION_RATE, Y2016, Filter.none(), params("month", 2))
                  .denominator())
          .isEqualTo(103.0);
    }

    @Test
    void notKnownIncludesPreSixteenCodesAndTheHeadlineIsTheSum() {
      // Dec: NK 810 + 820 + 120(pre-16) = 3, NEET 2, others 95 -> cohort 100
      add(DEC, 810, 1);
      add(DEC, 820, 1);
      add(DEC, 120, 1);
      add(DEC, 540, 2);
      add(DEC, 210, 95);
      // Jan: NK 830 x 2, NEET 4, EET-not-participating 94 -> cohort 100
      add(JAN, 830, 2);
      add(JAN, 540, 4);
      add(JAN, 260, 94);
      // Feb: NK 4, NEET 3, participating 99 -> cohort 106
      add(FEB, 810, 4);
      add(FEB, 616, 3);
      add(FEB, 210, 99);
      // custody in every month changes nothing
      add(DEC, 710, 7);
      add(JAN, 710, 7);
      add(FEB, 710, 7);
      // mean NK = (3 + 2 + 4) / 3 = 3; mean NEET = (2 + 4 + 3) / 3 = 3;
      // mean cohort = (100 + 100 + 106) / 3 = 102
      MeasureResult nk = compute(Kind.NOT_KNOWN_RATE, Y2016);
      MeasureResult neet = compute(Kind.NEET_RATE, Y2016);
      MeasureResult both = compute(Kind.NEET_OR_NOT_KNOWN_RATE, Y2016);

      assertThat(nk.numerator()).isEqualTo(3.0);
      assertThat(nk.denominator()).isEqualTo(102.0);
      assertThat(nk.value()).isCloseTo(300.0 / 102.0, within(EPS)); // 2.9412%
      assertThat(neet.value()).isCloseTo(300.0 / 102.0, within(EPS));
      assertThat(both.numerator()).isEqualTo(6.0);
      assertThat(both.value()).isCloseTo(600.0 / 102.0, within(EPS)); // 5.8824%
      assertThat(both.value()).isCloseTo(nk.value() + neet.value(), within(EPS));
      assertThat(nk.workings().get(0))
          .isEqualTo("Dec 2016: not known 3, cohort 100 (custody excluded)");
    }

    @Test
    void countIsTheMeanNeetCountWithoutARate() {
      winterNeet();
      MeasureResult r = compute(Kind.COUNT, Y2016);
      assertThat(r.value()).isEqualTo(4.0);
      assertThat(r.numerator()).isNull();
      assertThat(r.denominator()).isNull();
    }

    @Test
    void aCountCanBeFractional() {
      add(DEC, 540, 1);
      add(JAN, 540, 1);
      add(FEB, 540, 2);
      // (1 + 1 + 2) / 3 = 1.3333...
      assertThat(compute(Kind.COUNT, Y2016).value()).isCloseTo(4.0 / 3.0, within(EPS));
    }
  }

  @Nested
  class Participation {

    private void winterAndMarch() {
      // Dec-Feb: 50% participating; must not be used
      for (YearMonth m : List.of(DEC, JAN, FEB)) {
        add(m, 210, 50);
        add(m, 540, 50);
      }
      // March: FTE 80, apprenticeship 6, other 4 (WBL 410), EET-not-participating 5,
      // NEET 3, not known 2 -> cohort 100, participating 90; custody 9 out of the cohort
      add(MAR, 210, 70);
      add(MAR, 290, 10);
      add(MAR, 310, 6);
      add(MAR, 410, 4);
      add(MAR, 330, 5);
      add(MAR, 540, 3);
      add(MAR, 810, 2);
      add(MAR, 710, 9);
    }

    @Test
    void usesTheMarchSnapshot() {
      winterAndMarch();
      // 100 x 90 / 100 = 90%
      MeasureResult r = compute(Kind.PARTICIPATION_RATE, Y2016);
      assertThat(r.numerator()).isEqualTo(90.0);
      assertThat(r.denominator()).isEqualTo(100.0);
      assertThat(r.value()).isCloseTo(90.0, within(EPS));
      assertThat(r.workings())
          .first()
          .asString()
          .startsWith("Mar 2017: participating 90, cohort 100");
      assertThat(new NeetMeasure(Kind.PARTICIPATION_RATE).months(Y2016, Params.none()))
          .containsExactly(MAR);
    }

    @Test
    void paramsMonthPicksAnotherSnapshot() {
      winterAndMarch();
      // January: 50 / 100
      assertThat(compute(Kind.PARTICIPATION_RATE, Y2016, Filter.none(), params("month", 1)).value())
          .isCloseTo(50.0, within(EPS));
    }

    @Test
    void routesSplitParticipation() {
      winterAndMarch();
      // FTE 80/100, apprenticeship 6/100, other 4/100; together the 90%
      assertThat(
              compute(
                      Kind.PARTICIPATION_RATE,
                      Y2016,
                      Filter.none(),
                      params("route", "full_time_education"))
                  .value())
          .isCloseTo(80.0, within(EPS));
      assertThat(
              compute(
                      Kind.PARTICIPATION_RATE,
                      Y2016,
                      Filter.none(),
                      params("route", "Full-time education"))
                  .value())
          .isCloseTo(80.0, within(EPS));
      assertThat(
              compute(
                      Kind.PARTICIPATION_RATE,
                      Y2016,
                      Filter.none(),
                      params("route", "apprenticeship"))
                  .value())
          .isCloseTo(6.0, within(EPS));
      MeasureResult other =
          compute(Kind.PARTICIPATION_RATE, Y2016, Filter.none(), params("route", "other"));
      assertThat(other.value()).isCloseTo(4.0, within(EPS));
      assertThat(other.denominator())
          .as("the cohort is not narrowed by the route")
          .isEqualTo(100.0);
    }

    @Test
    void anUnknownRouteIsRejected() {
      winterAndMarch();
      assertThatThrownBy(
              () ->
                  compute(
                      Kind.PARTICIPATION_RATE, Y2016, Filter.none(), params("route", "college")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("params.route")
          .hasMessageContaining("college");
    }

    @Test
    void routeMeansNothingToTheNeetMeasures() {
      winterNeet();
      assertThat(compute(Kind.NEET_RATE, Y2016, Filter.none(), params("route", "college")).value())
          .isCloseTo(400.0 / 101.0, within(EPS));
    }
  }

  @Nested
  class SnapshotChoice {

    @Test
    void paramsMonthOneUsesJanuaryOnly() {
      winterNeet();
      // January: 4 / 100
      MeasureResult r = compute(Kind.NEET_RATE, Y2016, Filter.none(), params("month", 1));
      assertThat(r.numerator()).isEqualTo(4.0);
      assertThat(r.denominator()).isEqualTo(100.0);
      assertThat(r.value()).isCloseTo(4.0, within(EPS));
      assertThat(new NeetMeasure(Kind.NEET_RATE).months(Y2016, params("month", 1)))
          .containsExactly(JAN);
      // a month written as text in a catalog means the same
      assertThat(compute(Kind.NEET_RATE, Y2016, Filter.none(), params("month", "1")).value())
          .isCloseTo(4.0, within(EPS));
    }

    @Test
    void aMonthParameterThatIsNoMonthIsRejectedNotIgnored() {
      winterNeet();
      for (Object bad : List.of(13, 0, -1, "January", "1.5")) {
        assertThatThrownBy(
                () -> compute(Kind.NEET_RATE, Y2016, Filter.none(), params("month", bad)))
            .as("month %s", bad)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("params.month")
            .hasMessageContaining(String.valueOf(bad));
      }
      assertThat(compute(Kind.NEET_RATE, Y2016, Filter.none(), params("month", 12)).value())
          .isCloseTo(3.0, within(EPS));
    }

    @Test
    void theWinterMonthsOfAnAcademicYear() {
      assertThat(new NeetMeasure(Kind.NEET_RATE).months(Y2016, Params.none()))
          .containsExactly(DEC, JAN, FEB);
      assertThat(new NeetMeasure(Kind.COUNT).months(Y2016, Params.none()))
          .containsExactly(DEC, JAN, FEB);
    }

    @Test
    void aMonthPeriodReadsThatSnapshot() {
      winterNeet();
      // February: 5 / 103 = 4.8544%
      MeasureResult r = compute(Kind.NEET_RATE, new Month(FEB));
      assertThat(r.numerator()).isEqualTo(5.0);
      assertThat(r.denominator()).isEqualTo(103.0);
      assertThat(r.value()).isCloseTo(500.0 / 103.0, within(EPS));
      // a month period wins over params.month
      assertThat(compute(Kind.NEET_RATE, new Month(DEC), Filter.none(), params("month", 1)).value())
          .isCloseTo(3.0, within(EPS));
    }

    @Test
    void aMissingWinterMonthGivesTheMeanOfTheOthersWithANote() {
      add(DEC, 540, 3);
      add(DEC, 210, 97);
      add(FEB, 540, 5);
      add(FEB, 210, 98);
      // mean NEET (3 + 5) / 2 = 4; mean cohort (100 + 103) / 2 = 101.5; 4 / 101.5 = 3.9409%
      MeasureResult r = compute(Kind.NEET_RATE, Y2016);
      assertThat(r.numerator()).isEqualTo(4.0);
      assertThat(r.denominator()).isEqualTo(101.5);
      assertThat(r.value()).isCloseTo(400.0 / 101.5, within(EPS));
      assertThat(r.notes()).containsExactly("no snapshot for Jan 2017: mean of 2 of 3 months");
    }

    @Test
    void aMonthWithNoMatchingRecordsStillCountsAsPresent() {
      winterNeet();
      add(JAN, 16, CANTERBURY, Send.N, 540, 1);
      // Canterbury has records in January only; December and February exist in the data, so
      // they are months with a cohort of 0, not missing months: mean (0 + 1 + 0) / 3
      MeasureResult r =
          compute(Kind.NEET_RATE, Y2016, filter("district", CANTERBURY), Params.none());
      assertThat(r.numerator()).isCloseTo(1.0 / 3.0, within(EPS));
      assertThat(r.value()).isCloseTo(100.0, within(EPS));
      assertThat(r.notes()).isEmpty();
    }
  }

  @Nested
  class NoValue {

    @Test
    void noDataForThePeriodIsNullWithANote() {
      winterNeet();
      MeasureResult r = compute(Kind.NEET_RATE, new AcademicYear(2015));
      assertThat(r.value()).isNull();
      assertThat(r.numerator()).isNull();
      assertThat(r.denominator()).isNull();
      assertThat(r.notes())
          .containsExactly("no neet-tracking snapshot for Dec 2015, Jan 2016, Feb 2016");
    }

    @Test
    void noDataAtAllIsNullForEveryKind() {
      for (Kind kind : Kind.values()) {
        MeasureResult r = compute(kind, Y2016);
        assertThat(r.value()).as("%s", kind).isNull();
        assertThat(r.notes()).as("%s", kind).hasSize(1);
        assertThat(r.notes().get(0)).startsWith("no neet-tracking snapshot for");
      }
      assertThat(compute(Kind.PARTICIPATION_RATE, Y2016).notes())
          .containsExactly("no neet-tracking snapshot for Mar 2017");
    }

    @Test
    void aZeroDenominatorIsNullNotNaNOrZero() {
      // the months exist, but only custody records: cohort 0 in each
      add(DEC, 710, 2);
      add(JAN, 710, 2);
      add(FEB, 710, 2);
      MeasureResult r = compute(Kind.NEET_RATE, Y2016);
      assertThat(r.value()).isNull();
      assertThat(r.numerator()).isEqualTo(0.0);
      assertThat(r.denominator()).isEqualTo(0.0);
      assertThat(r.notes()).containsExactly("the denominator is 0, so there is no rate");
    }

    @Test
    void aFilterThatMatchesNobodyIsNull() {
      winterNeet();
      MeasureResult r = compute(Kind.NEET_RATE, Y2016, filter("district", DARTFORD), Params.none());
      assertThat(r.value()).isNull();
      assertThat(r.denominator()).isEqualTo(0.0);
    }

    @Test
    void aCountWithNoRecordsIsZeroWhenTheMonthsExist() {
      // a count of nobody is a true 0, unlike a rate over nobody
      add(DEC, 210, 1);
      add(JAN, 210, 1);
      add(FEB, 210, 1);
      assertThat(compute(Kind.COUNT, Y2016).value()).isEqualTo(0.0);
    }

    @Test
    void unknownCodesAreInNeitherNumeratorNorCohort() {
      winterNeet();
      add(JAN, 999, 50); // the reader rejects these; the measure must not count them either
      assertThat(compute(Kind.NEET_RATE, Y2016).denominator()).isEqualTo(101.0);
    }
  }

  @Nested
  class Filters {

    /** One January snapshot: NEET / cohort per SEND status. */
    private void sendCube() {
      sendCell(Send.N, 1, 100);
      sendCell(Send.K, 2, 20);
      sendCell(Send.E, 3, 10);
      sendCell(Send.Y, 4, 10);
      sendCell(Send.UNKNOWN, 5, 50);
    }

    private void sendCell(Send send, int neet, int cohort) {
      add(JAN, 16, ASHFORD, send, 540, neet);
      add(JAN, 16, ASHFORD, send, 210, cohort - neet);
    }

    private MeasureResult january(Filter f) {
      return compute(Kind.NEET_RATE, new Month(JAN), f, Params.none());
    }

    @Test
    void sendKAndETakesEveryoneWithSendIncludingAnUntypedY() {
      sendCube();
      // K + E + Y: NEET 2 + 3 + 4 = 9, cohort 20 + 10 + 10 = 40 -> 22.5%
      MeasureResult r = january(filter("send", "K", "E"));
      assertThat(r.numerator()).isEqualTo(9.0);
      assertThat(r.denominator()).isEqualTo(40.0);
      assertThat(r.value()).isCloseTo(22.5, within(EPS));
      assertThat(january(filter("send", "e", "k")).value()).isCloseTo(22.5, within(EPS));
    }

    @Test
    void oneTypeOfSendTakesOnlyThatType() {
      sendCube();
      assertThat(january(filter("send", "K")).value()).isCloseTo(10.0, within(EPS)); // 2/20
      assertThat(january(filter("send", "E")).value()).isCloseTo(30.0, within(EPS)); // 3/10
    }

    /** Y means "any SEND" (data-formats.md), so as a filter it takes K, E and Y records. */
    @Test
    void sendYTakesAnySend() {
      sendCube();
      MeasureResult r = january(filter("send", "Y"));
      assertThat(r.numerator()).isEqualTo(9.0);
      assertThat(r.denominator()).isEqualTo(40.0);
      assertThat(january(filter("send", "y")).value()).isCloseTo(22.5, within(EPS));
    }

    @Test
    void noSendAndUnknownAreSeparate() {
      sendCube();
      assertThat(january(filter("send", "N")).value()).isCloseTo(1.0, within(EPS)); // 1/100
      assertThat(january(filter("send", "unknown")).value()).isCloseTo(10.0, within(EPS)); // 5/50
      // everyone: 15 / 190
      assertThat(january(Filter.none()).value()).isCloseTo(1500.0 / 190.0, within(EPS));
    }

    @Test
    void defaultAgesAreSixteenAndSeventeen() {
      // NEET / cohort by academic age: 15: 9/10, 16: 1/10, 17: 3/10, 18: 7/10, 19: 9/10
      int[][] byAge = {{15, 9}, {16, 1}, {17, 3}, {18, 7}, {19, 9}};
      for (int[] a : byAge) {
        add(JAN, a[0], ASHFORD, Send.N, 540, a[1]);
        add(JAN, a[0], ASHFORD, Send.N, 210, 10 - a[1]);
      }
      // 16-17: (1 + 3) / 20 = 20%
      MeasureResult headline = january(Filter.none());
      assertThat(headline.numerator()).isEqualTo(4.0);
      assertThat(headline.denominator()).isEqualTo(20.0);
      assertThat(NeetMeasure.DEFAULT_AGES).containsExactly("16", "17");
      // an explicit age filter replaces the default: 16-18 is (1 + 3 + 7) / 30
      assertThat(january(filter("academic_age", "16", "17", "18")).numerator()).isEqualTo(11.0);
      assertThat(january(filter("academic_age", "18")).value()).isCloseTo(70.0, within(EPS));
      assertThat(january(filter("academic_age", "15")).value()).isCloseTo(90.0, within(EPS));
    }

    @Test
    void flagAndGenderFilters() {
      cube.add(new NeetCube.Cell(JAN, 16, ASHFORD, Send.N, true, false, "F", 540), 2);
      cube.add(new NeetCube.Cell(JAN, 16, ASHFORD, Send.N, true, null, "M", 210), 8);
      cube.add(new NeetCube.Cell(JAN, 17, ASHFORD, Send.N, false, true, "F", 540), 1);
      cube.add(new NeetCube.Cell(JAN, 17, ASHFORD, Send.N, null, true, "", 210), 9);
      // looked after: 2 / 10; not looked after: 1 / 1; unknown: 0 / 9
      assertThat(january(filter("looked_after", "true")).value()).isCloseTo(20.0, within(EPS));
      assertThat(january(filter("looked_after", "false")).value()).isCloseTo(100.0, within(EPS));
      assertThat(january(filter("looked_after", "unknown")).denominator()).isEqualTo(9.0);
      // care leavers: 1 / 10
      assertThat(january(filter("care_leaver", "true")).value()).isCloseTo(10.0, within(EPS));
      // gender F: 3 / 3
      assertThat(january(filter("gender", "f")).value()).isCloseTo(100.0, within(EPS));
      // activity code filter narrows the cohort too: 540 only -> 3 / 3
      assertThat(january(filter("activity_code", "540")).denominator()).isEqualTo(3.0);
    }

    @Test
    void districtNumeratorsAndCohortsSumToTheCounty() {
      // three districts, different counts each month
      long[][] neet = {{3, 1, 0}, {4, 2, 1}, {5, 0, 2}}; // [month][district]
      long[][] other = {{97, 40, 20}, {96, 41, 22}, {98, 39, 19}};
      List<YearMonth> months = List.of(DEC, JAN, FEB);
      List<String> districts = List.of(ASHFORD, CANTERBURY, DARTFORD);
      for (int m = 0; m < 3; m++) {
        for (int d = 0; d < 3; d++) {
          add(months.get(m), 17, districts.get(d), Send.N, 540, neet[m][d]);
          add(months.get(m), 17, districts.get(d), Send.N, 230, other[m][d]);
        }
      }
      // county: NEET (4 + 7 + 7) / 3 = 6; cohort (161 + 166 + 163) / 3 = 163.3333
      MeasureResult county = compute(Kind.NEET_RATE, Y2016);
      assertThat(county.numerator()).isCloseTo(6.0, within(EPS));
      assertThat(county.denominator()).isCloseTo(490.0 / 3.0, within(EPS));

      double numerators = 0;
      double cohorts = 0;
      for (BreakdownValue d : new NeetMeasure(Kind.NEET_RATE).breakdownValues(data(), "district")) {
        MeasureResult r =
            compute(Kind.NEET_RATE, Y2016, Filter.none().and("district", d.code()), Params.none());
        numerators += r.numerator();
        cohorts += r.denominator();
      }
      assertThat(numerators).isCloseTo(county.numerator(), within(EPS));
      assertThat(cohorts).isCloseTo(county.denominator(), within(EPS));
      // Ashford alone: NEET (3 + 4 + 5) / 3 = 4, cohort 101
      assertThat(compute(Kind.NEET_RATE, Y2016, filter("district", ASHFORD), Params.none()).value())
          .isCloseTo(400.0 / 101.0, within(EPS));
    }

    @Test
    void aBreakdownOutsideTheKpiFilterMatchesNobody() {
      sendCube();
      // KPI filtered to K/E, broken down by N: nobody (the N row must not leak in)
      Filter f = filter("send", "K", "E").and("send", "N");
      assertThat(january(f).denominator()).isEqualTo(0.0);
      assertThat(january(filter("send", "K", "E").and("send", "K")).value())
          .isCloseTo(10.0, within(EPS));
    }
  }

  @Nested
  class ActivityGroupOverrides {

    @Test
    void theDataSetsGroupsDecideWhatCounts() {
      add(JAN, 550, 10); // volunteering: participating in the standard table
      add(JAN, 540, 10);
      add(JAN, 210, 80);
      DataSet standard = data();
      DataSet custom =
          standard.withActivityGroups(
              ActivityGroups.standard().withOverrides(Map.of(550, ActivityGroup.NEET)));
      MeasureQuery q = new MeasureQuery(new Month(JAN), null, null);
      NeetMeasure neetRate = new NeetMeasure(Kind.NEET_RATE);
      // standard: 10 / 100; with 550 as NEET: 20 / 100
      assertThat(neetRate.compute(standard, q).value()).isCloseTo(10.0, within(EPS));
      assertThat(neetRate.compute(custom, q).value()).isCloseTo(20.0, within(EPS));
      assertThat(new NeetMeasure(Kind.PARTICIPATION_RATE).compute(custom, q).value())
          .isCloseTo(80.0, within(EPS));
    }
  }

  @Nested
  class Describing {

    @Test
    void yearsAreTheAcademicYearsOfTheSnapshots() {
      add(YearMonth.of(2016, 8), 210, 1); // 2015/16
      add(DEC, 210, 1);
      add(FEB, 210, 1);
      add(YearMonth.of(2017, 9), 210, 1); // 2017/18
      assertThat(new NeetMeasure(Kind.NEET_RATE).years(data()))
          .containsExactly(new AcademicYear(2015), Y2016, new AcademicYear(2017));
    }

    @Test
    void breakdownValues() {
      add(JAN, 17, ASHFORD, Send.N, 210, 1);
      add(JAN, 16, ASHFORD, Send.N, 210, 1);
      cube.add(new NeetCube.Cell(JAN, 16, ASHFORD, Send.N, null, null, "M", 210), 1);
      cube.add(new NeetCube.Cell(JAN, 16, ASHFORD, Send.N, null, null, "F", 210), 1);
      NeetMeasure m = new NeetMeasure(Kind.NEET_RATE);
      assertThat(m.breakdownValues(data(), "district"))
          .extracting(BreakdownValue::label)
          .containsExactly("Ashford", "Canterbury", "Dartford");
      assertThat(m.breakdownValues(data(), "send"))
          .extracting(BreakdownValue::code)
          .containsExactly("N", "K", "E");
      assertThat(m.breakdownValues(data(), "academic_age"))
          .containsExactly(new BreakdownValue("16", "age 16"), new BreakdownValue("17", "age 17"));
      assertThat(m.breakdownValues(data(), "gender"))
          .extracting(BreakdownValue::code)
          .containsExactly("F", "M");
      assertThat(m.breakdownValues(data(), "looked_after"))
          .extracting(BreakdownValue::code)
          .containsExactly("true", "false");
      assertThatThrownBy(() -> m.breakdownValues(data(), "sector"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("sector");
    }

    @Test
    void builtInMeasures() {
      assertThat(Measures.builtIn().ids())
          .contains(
              "neet.neet_rate",
              "neet.not_known_rate",
              "neet.neet_or_not_known_rate",
              "neet.participation_rate",
              "neet.count");
      Measure m = Measures.builtIn().get("neet.participation_rate").orElseThrow();
      assertThat(m.id()).isEqualTo("neet.participation_rate");
      assertThat(m.source()).isEqualTo("neet-tracking");
      assertThat(m.dimensions()).contains("district", "send", "academic_age");
      assertThat(Measures.builtIn().get("neet.no_such_rate")).isEmpty();
    }
  }
}
