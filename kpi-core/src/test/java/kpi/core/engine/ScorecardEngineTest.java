package kpi.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kpi.core.catalog.Baseline;
import kpi.core.catalog.Catalog;
import kpi.core.catalog.CompareWith;
import kpi.core.catalog.Filter;
import kpi.core.catalog.KpiDefinition;
import kpi.core.catalog.Params;
import kpi.core.catalog.Polarity;
import kpi.core.catalog.Target;
import kpi.core.catalog.TargetRule;
import kpi.core.catalog.Tolerance;
import kpi.core.catalog.Unit;
import kpi.core.comparator.ComparatorLookup;
import kpi.core.comparator.ComparatorValue;
import kpi.core.engine.KpiResult.BreakdownRow;
import kpi.core.engine.KpiResult.PreviousValue;
import kpi.core.measure.DataSet;
import kpi.core.measure.District;
import kpi.core.neet.ActivityGroup;
import kpi.core.neet.NeetCube;
import kpi.core.neet.Send;
import kpi.core.period.Period;
import kpi.core.period.Period.AcademicYear;
import kpi.core.period.Period.Month;
import kpi.core.status.Direction;
import kpi.core.status.Status;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The engine on a tiny catalog built in code, over this data (every winter month the same, so the
 * Dec-Feb means equal the monthly counts):
 *
 * <pre>
 *             2015/16 winter   2016/17 winter   March 2017
 *             NEET / cohort    NEET / cohort    participating / cohort
 *   D1        6 / 100          5 / 100          90 / 100
 *   D2        4 / 100          3 / 100          95 / 100
 *   D3        2 / 100          1 / 100          85 / 100
 *   county    12 / 300 = 4%    9 / 300 = 3%     270 / 300 = 90%
 * </pre>
 *
 * plus a September 2017 snapshot, so the data reaches into 2017/18 without a value for it.
 */
class ScorecardEngineTest {
  private static final double EPS = 1e-9;
  private static final AcademicYear Y2015 = new AcademicYear(2015);
  private static final AcademicYear Y2016 = new AcademicYear(2016);
  private static final List<String> DISTRICTS = List.of("D1", "D2", "D3");

  private final ScorecardEngine engine = ScorecardEngine.standard();
  private final NeetCube.Builder cube = NeetCube.builder();

  ScorecardEngineTest() {
    int[] neet2015 = {6, 4, 2};
    int[] neet2016 = {5, 3, 1};
    int[] participating = {90, 95, 85};
    for (int d = 0; d < 3; d++) {
      for (YearMonth m :
          List.of(YearMonth.of(2015, 12), YearMonth.of(2016, 1), YearMonth.of(2016, 2))) {
        fill(m, DISTRICTS.get(d), 540, neet2015[d], 100);
      }
      for (YearMonth m :
          List.of(YearMonth.of(2016, 12), YearMonth.of(2017, 1), YearMonth.of(2017, 2))) {
        fill(m, DISTRICTS.get(d), 540, neet2016[d], 100);
      }
      fill(YearMonth.of(2017, 3), DISTRICTS.get(d), 210, participating[d], 100);
      fill(YearMonth.of(2017, 9), DISTRICTS.get(d), 210, 100, 100);
    }
  }

  /** {@code n} records with {@code code}, the rest of the cohort in an EET code. */
  private void fill(YearMonth month, String district, int code, int n, int cohort) {
    cube.add(new NeetCube.Cell(month, 16, district, Send.N, null, null, "", code), n);
    int rest = code == 210 ? 530 : 210;
    cube.add(new NeetCube.Cell(month, 16, district, Send.N, null, null, "", rest), cohort - n);
  }

  private DataSet data() {
    return data(ComparatorLookup.none());
  }

  private DataSet data(ComparatorLookup comparators) {
    return DataSet.builder()
        .neet(cube.build())
        .comparators(comparators)
        .districts(
            List.of(
                new District("D1", "One", 1, null),
                new District("D2", "Two", 2, null),
                new District("D3", "Three", 3, null)))
        .build();
  }

  /** A small builder for KPI definitions. */
  private static final class Kpi {
    private final String id;
    private String measure = "neet.neet_rate";
    private Unit unit = Unit.PERCENT;
    private Polarity polarity = Polarity.LOWER_IS_BETTER;
    private Target target = Target.none();
    private Filter filter;
    private Params params;
    private List<String> breakdown;
    private CompareWith compareWith;
    private Tolerance amber;
    private String note;
    private Integer minDenominator;

    Kpi(String id) {
      this.id = id;
    }

    Kpi measure(String m, Unit u, Polarity p) {
      measure = m;
      unit = u;
      polarity = p;
      return this;
    }

    Kpi target(Target t) {
      target = t;
      return this;
    }

    Kpi params(Map<String, Object> p) {
      params = new Params(p);
      return this;
    }

    Kpi breakdown(String... b) {
      breakdown = List.of(b);
      return this;
    }

    Kpi compareWith(CompareWith c) {
      compareWith = c;
      return this;
    }

    Kpi amber(Tolerance t) {
      amber = t;
      return this;
    }

    Kpi note(String n) {
      note = n;
      return this;
    }

    Kpi filter(String dimension, String value) {
      filter = new Filter(Map.of(dimension, List.of(value)));
      return this;
    }

    Kpi minDenominator(int n) {
      minDenominator = n;
      return this;
    }

    KpiDefinition build() {
      return new KpiDefinition(
          id,
          "Title of " + id,
          "Theme",
          measure,
          filter,
          params,
          unit,
          polarity,
          target,
          breakdown,
          null,
          amber,
          null,
          null,
          compareWith,
          null,
          "test",
          note,
          minDenominator);
    }
  }

  private static Catalog catalog(Kpi... kpis) {
    return catalog(Map.of(), kpis);
  }

  private static Catalog catalog(Map<Integer, ActivityGroup> groups, Kpi... kpis) {
    List<KpiDefinition> defs = new ArrayList<>();
    for (Kpi k : kpis) {
      defs.add(k.build());
    }
    return new Catalog("test", "Test strategy", "Kent", null, defs, null, null, groups);
  }

  private static ScorecardRequest request(
      Period period,
      Map<String, PreviousValue> previous,
      List<String> districts,
      int suppressBelow) {
    return new ScorecardRequest(period, districts, previous, suppressBelow);
  }

  private KpiResult only(Catalog c, ScorecardRequest r) {
    return only(c, data(), r);
  }

  private KpiResult only(Catalog c, DataSet d, ScorecardRequest r) {
    Scorecard s = engine.compute(c, d, r);
    assertThat(s.kpis()).hasSize(1);
    return s.kpis().get(0);
  }

  @Nested
  class SmallBase {

    private void smallDistrict() {
      // D9: 3 NEET of 7 in each winter month -> 100 x 9 / 21 = 42.857...%, mean cohort 7
      for (int m : new int[] {12, 1, 2}) {
        YearMonth month = m == 12 ? YearMonth.of(2016, 12) : YearMonth.of(2017, m);
        fill(month, "D9", 540, 3, 7);
      }
    }

    @Test
    void aRateOnFewerThanTenCarriesTheCaveat() {
      smallDistrict();
      Catalog c = catalog(new Kpi("SMALL").filter("district", "D9"));
      KpiResult r = only(c, request(Y2016, Map.of(), List.of(), 0));
      assertThat(r.denominator()).isEqualTo(7.0);
      assertThat(r.smallBase()).isTrue();
      assertThat(r.notes().get(0)).startsWith("small base: the rate rests on 7 (fewer than 10)");
    }

    @Test
    void theThresholdIsTheKpisOrTheCatalogs() {
      smallDistrict();
      // a KPI's own min_denominator of 5: 7 is enough
      assertThat(
              only(
                      catalog(new Kpi("SMALL").filter("district", "D9").minDenominator(5)),
                      request(Y2016, Map.of(), List.of(), 0))
                  .smallBase())
          .isFalse();
      // the whole county (cohort 100 x 3 districts + 7) is not a small base
      assertThat(only(catalog(new Kpi("ALL")), request(Y2016, Map.of(), List.of(), 0)).smallBase())
          .isFalse();
    }
  }

  @Nested
  class PeriodChoice {

    @Test
    void theDefaultYearIsTheLatestWhereMostKpisHaveAValue() {
      // SEPT reads the September snapshot: only September 2017 exists, so 2017/18 has a value for
      // 1 of 4 KPIs while 2016/17 has NEET, NEET2 and PART (3 of 4). Latest-with-any-value chose
      // 2017/18 and left 3 of 4 KPIs with no data.
      Catalog c =
          catalog(
              new Kpi("NEET"),
              new Kpi("NEET2"),
              new Kpi("PART")
                  .measure("neet.participation_rate", Unit.PERCENT, Polarity.HIGHER_IS_BETTER),
              new Kpi("SEPT").params(Map.of("month", 9)));
      ScorecardEngine.PeriodChoice choice = engine.choosePeriod(c, data()).orElseThrow();
      assertThat(choice.year()).isEqualTo(Y2016);
      assertThat(choice.withValues()).isEqualTo(3);
      assertThat(choice.mostlyEmpty()).isFalse();
      assertThat(choice.reason())
          .isEqualTo(
              "2016/17, the latest academic year in which most KPIs"
                  + " have a value (3 of 4); 2017/18 has 1 of 4");
      assertThat(engine.compute(c, data(), ScorecardRequest.defaults()).period())
          .isEqualTo("2016/17");
    }

    @Test
    void withoutAMajorityAnywhereTheYearWithMostValuesIsChosen() {
      // SEPT has a value in 2017/18 only; the NEET KPIs filtered to a district nobody lives in
      // have none anywhere: 2017/18 has 1 of 3, every other year 0 of 3
      Catalog c =
          catalog(
              new Kpi("SEPT").params(Map.of("month", 9)),
              new Kpi("NONE1").filter("district", "D0"),
              new Kpi("NONE2").filter("district", "D0"));
      ScorecardEngine.PeriodChoice choice = engine.choosePeriod(c, data()).orElseThrow();
      assertThat(choice.year()).isEqualTo(new AcademicYear(2017));
      assertThat(choice.mostlyEmpty()).isTrue();
      assertThat(choice.reason()).startsWith("2017/18: no academic year has a value for most KPIs");
    }
  }

  @Nested
  class YearlyKpisInMonthlyScorecards {

    private DataSet withReturns() {
      // a yearly hand-kept figure: 12 in 2015/16, 15 in 2016/17
      return DataSet.builder()
          .neet(cube.build())
          .districts(List.of(new District("D1", "One", 1, null)))
          .returns(
              new kpi.core.returns.Returns(
                  List.of(
                      new kpi.core.returns.ReturnEntry(
                          "RET", "AY2015", "2015/16", "", 12.0, null, null, ""),
                      new kpi.core.returns.ReturnEntry(
                          "RET", "AY2016", "2016/17", "", 15.0, null, null, ""))))
          .build();
    }

    @Test
    void aYearlyKpiShowsItsAcademicYearAndComparesWithThePreviousOne() {
      Catalog c =
          catalog(new Kpi("RET").measure("returns.value", Unit.COUNT, Polarity.HIGHER_IS_BETTER));
      KpiResult r =
          only(c, withReturns(), request(new Month(YearMonth.of(2017, 1)), Map.of(), List.of(), 0));
      // January 2017 is in 2016/17: 15, against 2015/16's 12 (not against itself, "2016-12")
      assertThat(r.value()).isEqualTo(15.0);
      assertThat(r.period()).isEqualTo("2016/17");
      assertThat(r.previous().period()).isEqualTo("2015/16");
      assertThat(r.previous().value()).isEqualTo(12.0);
      assertThat(r.change()).isEqualTo(3.0);
      assertThat(r.direction()).isEqualTo(kpi.core.status.Direction.IMPROVING);
      assertThat(r.measuredYearly()).isTrue();
      assertThat(r.notes().get(0))
          .isEqualTo(
              "measured yearly: the value for the academic year"
                  + " 2016/17 (which 2017-01 falls in), compared with 2015/16");
    }

    @Test
    void aQuarterReadsItsThreeSnapshotsWithOneDivision() {
      // 2017-Q1 = January, February, March 2017. D1: NEET 5 of 100 (Jan, Feb); March holds the
      // participation fill (90 in 210, 10 in 530): no NEET, cohort 100 -> 100 x 10 / 300
      Catalog c = catalog(new Kpi("NEET").filter("district", "D1"));
      KpiResult r = only(c, request(new Period.Quarter(2017, 1), Map.of(), List.of(), 0));
      assertThat(r.period()).isEqualTo("2017-Q1");
      assertThat(r.value()).isCloseTo(100.0 * 10 / 300, within(EPS));
      assertThat(r.measuredYearly()).isFalse();
      // the previous quarter, October-December 2016: only December exists, NEET 5 of 100
      assertThat(r.previous().period()).isEqualTo("2016-Q4");
      assertThat(r.previous().value()).isCloseTo(5.0, within(EPS));
    }
  }

  @Nested
  class Periods {

    @Test
    void latestYearIsTheLastWithAnyValue() {
      // 2017/18 has a September snapshot but no winter months and no March
      Catalog c =
          catalog(
              new Kpi("NEET"),
              new Kpi("PART")
                  .measure("neet.participation_rate", Unit.PERCENT, Polarity.HIGHER_IS_BETTER));
      assertThat(engine.latestYear(c, data())).contains(Y2016);
      Scorecard s = engine.compute(c, data(), ScorecardRequest.defaults());
      assertThat(s.period()).isEqualTo("2016/17");
      assertThat(s.kpis()).extracting(k -> k.kpi().id()).containsExactly("NEET", "PART");
      assertThat(s.kpis()).extracting(KpiResult::period).containsOnly("2016/17");
      assertThat(s.catalog()).isSameAs(c);
    }

    @Test
    void noValueAnywhereIsAnError() {
      Catalog c = catalog(new Kpi("NEET"));
      DataSet empty = DataSet.builder().build();
      assertThat(engine.latestYear(c, empty)).isEmpty();
      assertThatThrownBy(() -> engine.compute(c, empty, ScorecardRequest.defaults()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("holds no value");
    }

    @Test
    void anAskedPeriodWithoutDataGivesNoDataNotAnError() {
      KpiResult r =
          only(
              catalog(new Kpi("NEET").target(Target.of(TargetRule.AT_MOST, 5))),
              ScorecardRequest.defaults().withPeriod(new AcademicYear(2017)));
      assertThat(r.value()).isNull();
      assertThat(r.status()).isEqualTo(Status.NO_DATA);
      assertThat(r.notes()).anyMatch(n -> n.startsWith("no neet-tracking snapshot for Dec 2017"));
      // previous (2016/17) still found, but there is nothing to compare it with
      assertThat(r.previous().value()).isCloseTo(3.0, within(EPS));
      assertThat(r.direction()).isEqualTo(Direction.NOT_COMPARABLE);
    }

    @Test
    void unknownMeasureIsAnError() {
      Catalog c =
          catalog(
              new Kpi("X").measure("ks4.no_such_measure", Unit.PERCENT, Polarity.HIGHER_IS_BETTER));
      assertThatThrownBy(
              () -> engine.compute(c, data(), ScorecardRequest.defaults().withPeriod(Y2016)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("KPI X")
          .hasMessageContaining("unknown measure ks4.no_such_measure");
    }
  }

  @Nested
  class Targets {

    @Test
    void atMostUsesTheValueAndJudgesAgainstIt() {
      // 3% against at most 3: gap 0 -> achieving; margins 5% of 3 = 0.15
      KpiResult r =
          only(
              catalog(
                  new Kpi("NEET")
                      .target(
                          new Target(
                              TargetRule.AT_MOST,
                              3.0,
                              null,
                              null,
                              LocalDate.of(2018, 8, 31),
                              null))),
              ScorecardRequest.defaults());
      assertThat(r.value()).isCloseTo(3.0, within(EPS));
      assertThat(r.numerator()).isCloseTo(9.0, within(EPS));
      assertThat(r.denominator()).isCloseTo(300.0, within(EPS));
      assertThat(r.target().threshold()).isEqualTo(3.0);
      assertThat(r.target().rule()).isEqualTo("at_most");
      assertThat(r.target().deadline()).isEqualTo("2018-08-31");
      assertThat(r.target().text()).isEqualTo("at most 3.0% by Aug 2018");
      assertThat(r.target().amberTolerance()).isEqualTo(0.15);
      assertThat(r.target().exceedMargin()).isEqualTo(0.15);
      assertThat(r.status()).isEqualTo(Status.ACHIEVING);
    }

    @Test
    void increaseByPercentOnAGivenBaselineIsBaselineTimesOnePointOne() {
      // participation 10% up on 80 (given for 2015/16): threshold 88; 90 is 2 above, the
      // exceed margin is 5% of 88 = 4.4 -> achieving
      KpiResult r =
          only(
              catalog(
                  new Kpi("PART")
                      .measure("neet.participation_rate", Unit.PERCENT, Polarity.HIGHER_IS_BETTER)
                      .target(
                          new Target(
                              TargetRule.INCREASE_BY_PERCENT,
                              10.0,
                              new Baseline(Y2015, 80.0),
                              null,
                              null,
                              null))),
              ScorecardRequest.defaults());
      assertThat(r.target().threshold()).isEqualTo(88.0);
      assertThat(r.target().baselineValue()).isEqualTo(80.0);
      assertThat(r.target().baselinePeriod()).isEqualTo("2015/16");
      assertThat(r.target().text()).isEqualTo("increase by 10% on 2015/16");
      assertThat(r.value()).isCloseTo(90.0, within(EPS));
      assertThat(r.status()).isEqualTo(Status.ACHIEVING);
    }

    @Test
    void increaseByPercentOnACountBaselineFromTheDataIsExact() {
      // NEET count 2015/16 = 12 -> threshold 13.2; 2016/17 = 9 -> short by 4.2, amber 0.66: red
      KpiResult r =
          only(
              catalog(
                  new Kpi("COUNT")
                      .measure("neet.count", Unit.COUNT, Polarity.HIGHER_IS_BETTER)
                      .target(
                          new Target(
                              TargetRule.INCREASE_BY_PERCENT,
                              10.0,
                              new Baseline(Y2015, null),
                              null,
                              null,
                              null))),
              ScorecardRequest.defaults().withPeriod(Y2016));
      assertThat(r.target().baselineValue()).isEqualTo(12.0);
      assertThat(r.target().threshold()).isEqualTo(13.2);
      assertThat(r.status()).isEqualTo(Status.REQUIRES_IMPROVEMENT);
    }

    @Test
    void decreaseByOnABaselineComputedFromTheData() {
      // NEET 2015/16 = 4% (from the data); decrease by 0.5 -> threshold 3.5; 3% is 0.5 better,
      // exceed margin 5% of 3.5 = 0.175 -> exceeding
      KpiResult r =
          only(
              catalog(
                  new Kpi("NEET")
                      .target(
                          new Target(
                              TargetRule.DECREASE_BY,
                              0.5,
                              new Baseline(Y2015, null),
                              null,
                              null,
                              null))),
              ScorecardRequest.defaults());
      assertThat(r.target().baselineValue()).isCloseTo(4.0, within(EPS));
      assertThat(r.target().threshold()).isCloseTo(3.5, within(EPS));
      assertThat(r.status()).isEqualTo(Status.EXCEEDING);
    }

    @Test
    void aBaselinePeriodWithoutDataLeavesTheTargetUnjudged() {
      KpiResult r =
          only(
              catalog(
                  new Kpi("NEET")
                      .target(
                          new Target(
                              TargetRule.DECREASE_BY,
                              0.5,
                              new Baseline(new AcademicYear(2011), null),
                              null,
                              null,
                              null))),
              ScorecardRequest.defaults());
      assertThat(r.target().threshold()).isNull();
      assertThat(r.target().amberTolerance()).isNull();
      assertThat(r.status()).isEqualTo(Status.NO_TARGET);
      assertThat(r.notes())
          .contains("no value for the baseline period 2011/12, so the target cannot be judged");
    }

    @Test
    void improveUsesThePreviousPeriodFromTheData() {
      // NEET 4% in 2015/16 -> 3% in 2016/17, lower is better: 1 point better, margin 0.2
      KpiResult r =
          only(
              catalog(
                  new Kpi("NEET")
                      .target(new Target(TargetRule.IMPROVE, null, null, null, null, null))),
              ScorecardRequest.defaults());
      assertThat(r.target().threshold()).isCloseTo(4.0, within(EPS));
      assertThat(r.target().baselinePeriod()).isEqualTo("2015/16");
      assertThat(r.target().text()).isEqualTo("improve on 2015/16");
      assertThat(r.status()).isEqualTo(Status.EXCEEDING);
      assertThat(r.previous())
          .isEqualTo(new PreviousValue("2015/16", r.previous().value(), "data"));
      assertThat(r.change()).isCloseTo(-1.0, within(EPS));
      assertThat(r.noChangeBand()).isEqualTo(0.5);
      assertThat(r.direction()).isEqualTo(Direction.IMPROVING);
    }

    @Test
    void improveOnAGivenBaselineIgnoresThePreviousPeriod() {
      // improve on 2.9 (given for 2011/12): 3% is worse although 2015/16 was 4%;
      // 0.1 short, amber 5% of 2.9 = 0.145 -> near target
      KpiResult r =
          only(
              catalog(
                  new Kpi("NEET")
                      .target(
                          new Target(
                              TargetRule.IMPROVE,
                              null,
                              new Baseline(new AcademicYear(2011), 2.9),
                              null,
                              null,
                              null))),
              ScorecardRequest.defaults());
      assertThat(r.target().threshold()).isEqualTo(2.9);
      assertThat(r.target().baselinePeriod()).isEqualTo("2011/12");
      assertThat(r.status()).isEqualTo(Status.NEAR_TARGET);
      assertThat(r.direction())
          .as("direction still compares with 2015/16")
          .isEqualTo(Direction.IMPROVING);
    }

    @Test
    void improveWithoutAPreviousValueCannotBeJudged() {
      // participation: there is no March 2016 snapshot
      KpiResult r =
          only(
              catalog(
                  new Kpi("PART")
                      .measure("neet.participation_rate", Unit.PERCENT, Polarity.HIGHER_IS_BETTER)
                      .target(new Target(TargetRule.IMPROVE, null, null, null, null, null))),
              ScorecardRequest.defaults());
      assertThat(r.previous()).isNull();
      assertThat(r.target().threshold()).isNull();
      assertThat(r.status()).isEqualTo(Status.NO_TARGET);
      assertThat(r.direction()).isEqualTo(Direction.NOT_COMPARABLE);
      assertThat(r.notes())
          .contains("no previous value to improve on, so the target cannot be judged");
      assertThat(r.target().text()).isEqualTo("improve on the previous period");
    }

    @Test
    void comparatorTargetsUseTheNamedArea() {
      ComparatorLookup lookup =
          (kpi, period) ->
              List.of(
                  new ComparatorValue("England", "2017", 92.3, null),
                  new ComparatorValue("South East", "2017", null, "c"));
      Kpi above =
          new Kpi("PART")
              .measure("neet.participation_rate", Unit.PERCENT, Polarity.HIGHER_IS_BETTER)
              .target(new Target(TargetRule.ABOVE_COMPARATOR, null, null, null, null, null));
      // 90 against England 92.3: 2.3 short, amber 5% of 92.3 = 4.615 -> near target
      KpiResult r = only(catalog(above), data(lookup), ScorecardRequest.defaults());
      assertThat(r.target().threshold()).isEqualTo(92.3);
      assertThat(r.target().baselinePeriod()).isEqualTo("2017");
      assertThat(r.target().text()).isEqualTo("above England");
      assertThat(r.status()).isEqualTo(Status.NEAR_TARGET);
      assertThat(r.comparators())
          .extracting(ComparatorValue::name)
          .containsExactly("England", "South East");

      // a suppressed comparator leaves the target unjudged
      KpiResult se =
          only(
              catalog(
                  new Kpi("PART")
                      .measure("neet.participation_rate", Unit.PERCENT, Polarity.HIGHER_IS_BETTER)
                      .target(
                          new Target(
                              TargetRule.ABOVE_COMPARATOR, null, null, "south east", null, null))),
              data(lookup),
              ScorecardRequest.defaults());
      assertThat(se.target().threshold()).isNull();
      assertThat(se.status()).isEqualTo(Status.NO_TARGET);
      assertThat(se.notes())
          .contains("no south east comparator value, so the target cannot be judged");
    }

    @Test
    void aKpisOwnAmberToleranceWinsOverTheDefault() {
      // at most 2.5 with 3%: 0.5 over; default amber 5% of 2.5 = 0.125 would be red, own 0.5 amber
      KpiResult own =
          only(
              catalog(
                  new Kpi("NEET")
                      .target(Target.of(TargetRule.AT_MOST, 2.5))
                      .amber(Tolerance.absolute(0.5))),
              ScorecardRequest.defaults());
      assertThat(own.status()).isEqualTo(Status.NEAR_TARGET);
      assertThat(own.target().amberTolerance()).isEqualTo(0.5);
      KpiResult dflt =
          only(
              catalog(new Kpi("NEET").target(Target.of(TargetRule.AT_MOST, 2.5))),
              ScorecardRequest.defaults());
      assertThat(dflt.status()).isEqualTo(Status.REQUIRES_IMPROVEMENT);
      assertThat(dflt.target().amberTolerance()).isEqualTo(0.125);
    }

    @Test
    void noTargetIsGreyButStillHasADirection() {
      KpiResult r = only(catalog(new Kpi("NEET")), ScorecardRequest.defaults());
      assertThat(r.status()).isEqualTo(Status.NO_TARGET);
      assertThat(r.target().text()).isEqualTo("no target");
      assertThat(r.direction()).isEqualTo(Direction.IMPROVING);
    }
  }

  @Nested
  class PreviousValues {

    @Test
    void theDataWinsOverAGivenPreviousValue() {
      KpiResult r =
          only(
              catalog(new Kpi("NEET")),
              request(
                  Y2016,
                  Map.of("NEET", new PreviousValue("2015/16", 9.9, "previous")),
                  List.of(),
                  0));
      assertThat(r.previous().source()).isEqualTo("data");
      assertThat(r.previous().value()).isCloseTo(4.0, within(EPS));
    }

    @Test
    void aGivenPreviousValueFillsAGapInTheData() {
      // participation improve: March 2016 is not in the data; 91 from an earlier scorecard.
      // 90 vs 91: 1 point worse (band 0.5) -> worsening; amber 5% of 91 = 4.55 -> near target
      Kpi part =
          new Kpi("PART")
              .measure("neet.participation_rate", Unit.PERCENT, Polarity.HIGHER_IS_BETTER)
              .target(new Target(TargetRule.IMPROVE, null, null, null, null, null));
      PreviousValue given = new PreviousValue("2015/16", 91.0, "previous");
      KpiResult r = only(catalog(part), request(Y2016, Map.of("PART", given), List.of(), 0));
      assertThat(r.previous()).isEqualTo(given);
      assertThat(r.target().threshold()).isEqualTo(91.0);
      assertThat(r.change()).isCloseTo(-1.0, within(EPS));
      assertThat(r.direction()).isEqualTo(Direction.WORSENING);
      assertThat(r.status()).isEqualTo(Status.NEAR_TARGET);
    }

    @Test
    void aGivenPreviousValueForAnotherPeriodIsIgnored() {
      Kpi part =
          new Kpi("PART")
              .measure("neet.participation_rate", Unit.PERCENT, Polarity.HIGHER_IS_BETTER);
      KpiResult r =
          only(
              catalog(part),
              request(
                  Y2016,
                  Map.of("PART", new PreviousValue("2014/15", 91.0, "previous")),
                  List.of(),
                  0));
      assertThat(r.previous()).isNull();
      assertThat(r.direction()).isEqualTo(Direction.NOT_COMPARABLE);
      KpiResult nullValue =
          only(
              catalog(part),
              request(
                  Y2016,
                  Map.of("PART", new PreviousValue("2015/16", null, "previous")),
                  List.of(),
                  0));
      assertThat(nullValue.previous()).isNull();
    }

    @Test
    void monthsCompareWithThePreviousMonthOrTheSameMonthLastYear() {
      Month jan = new Month(YearMonth.of(2017, 1));
      // previous month: December 2016 = 3%, no change
      KpiResult prev = only(catalog(new Kpi("NEET")), ScorecardRequest.defaults().withPeriod(jan));
      assertThat(prev.period()).isEqualTo("2017-01");
      assertThat(prev.previous().period()).isEqualTo("2016-12");
      assertThat(prev.previous().value()).isCloseTo(3.0, within(EPS));
      assertThat(prev.direction()).isEqualTo(Direction.NO_CHANGE);
      // same month last year: January 2016 = 4%, improving by 1 point
      KpiResult last =
          only(
              catalog(new Kpi("NEET").compareWith(CompareWith.SAME_PERIOD_LAST_YEAR)),
              ScorecardRequest.defaults().withPeriod(jan));
      assertThat(last.previous().period()).isEqualTo("2016-01");
      assertThat(last.previous().value()).isCloseTo(4.0, within(EPS));
      assertThat(last.direction()).isEqualTo(Direction.IMPROVING);
    }
  }

  @Nested
  class Breakdowns {

    @Test
    void districtRowsSumToTheCounty() {
      KpiResult r =
          only(catalog(new Kpi("NEET").breakdown("district")), ScorecardRequest.defaults());
      assertThat(r.breakdown()).extracting(BreakdownRow::code).containsExactly("D1", "D2", "D3");
      assertThat(r.breakdown())
          .extracting(BreakdownRow::label)
          .containsExactly("One", "Two", "Three");
      assertThat(r.breakdown()).extracting(BreakdownRow::value).containsExactly(5.0, 3.0, 1.0);
      double numerators = r.breakdown().stream().mapToDouble(BreakdownRow::numerator).sum();
      double cohorts = r.breakdown().stream().mapToDouble(BreakdownRow::denominator).sum();
      assertThat(numerators).isCloseTo(r.numerator(), within(EPS));
      assertThat(cohorts).isCloseTo(r.denominator(), within(EPS));
      assertThat(r.breakdown()).noneMatch(BreakdownRow::suppressed);
    }

    @Test
    void smallNumeratorsAreSuppressed() {
      // suppress below 5: D1 (5 NEET) shown; D2 (3) and D3 (1) suppressed
      KpiResult r =
          only(
              catalog(new Kpi("NEET").breakdown("district")),
              request(Y2016, Map.of(), List.of(), 5));
      assertThat(r.breakdown())
          .extracting(BreakdownRow::suppressed)
          .containsExactly(false, true, true);
      BreakdownRow d2 = r.breakdown().get(1);
      assertThat(d2.value()).isNull();
      assertThat(d2.numerator()).isNull();
      assertThat(d2.denominator()).isNull();
      assertThat(d2.label()).isEqualTo("Two");
      assertThat(r.value()).as("the county total is not suppressed").isCloseTo(3.0, within(EPS));
    }

    @Test
    void aZeroIsShownNotSuppressed() {
      NeetCube.Builder small = NeetCube.builder();
      for (YearMonth m :
          List.of(YearMonth.of(2016, 12), YearMonth.of(2017, 1), YearMonth.of(2017, 2))) {
        small.add(new NeetCube.Cell(m, 16, "D1", Send.N, null, null, "", 210), 40); // no NEET
        small.add(new NeetCube.Cell(m, 16, "D2", Send.N, null, null, "", 540), 6);
        small.add(new NeetCube.Cell(m, 16, "D2", Send.N, null, null, "", 210), 3); // cohort 9
      }
      DataSet d =
          DataSet.builder()
              .neet(small.build())
              .districts(
                  List.of(
                      new District("D1", "One", 1, null),
                      new District("D2", "Two", 2, null),
                      new District("D3", "Three", 3, null)))
              .build();
      KpiResult r =
          only(
              catalog(new Kpi("NEET").breakdown("district")),
              d,
              request(Y2016, Map.of(), List.of(), 5));
      BreakdownRow d1 = r.breakdown().get(0);
      assertThat(d1.suppressed()).isFalse();
      assertThat(d1.value()).isEqualTo(0.0);
      assertThat(d1.numerator()).isEqualTo(0.0);
      // D2: 6 / 9 is above the threshold on both counts
      assertThat(r.breakdown().get(1).suppressed()).isFalse();
      assertThat(r.breakdown().get(1).value()).isCloseTo(600.0 / 9.0, within(EPS));
      // D3 has nobody: no rate, nothing to suppress
      BreakdownRow d3 = r.breakdown().get(2);
      assertThat(d3.suppressed()).isFalse();
      assertThat(d3.value()).isNull();
    }

    @Test
    void smallCountsOfACountKpiAreSuppressed() {
      // neet.count per district: 5, 3, 1 -> 3 and 1 suppressed
      KpiResult r =
          only(
              catalog(
                  new Kpi("COUNT")
                      .measure("neet.count", Unit.COUNT, Polarity.LOWER_IS_BETTER)
                      .breakdown("district")),
              request(Y2016, Map.of(), List.of(), 5));
      assertThat(r.breakdown())
          .extracting(BreakdownRow::suppressed)
          .containsExactly(false, true, true);
      assertThat(r.breakdown().get(0).value()).isEqualTo(5.0);
    }

    @Test
    void requestedDistrictsOnlyAndUnknownDimensionsSkipped() {
      KpiResult r =
          only(
              catalog(new Kpi("NEET").breakdown("district", "sector")),
              request(Y2016, Map.of(), List.of("D3"), 0));
      assertThat(r.breakdown()).extracting(BreakdownRow::code).containsExactly("D3");
      assertThat(r.breakdown().get(0).dimension()).isEqualTo("district");
    }

    @Test
    void sendBreakdownGivesThreeRows() {
      KpiResult r = only(catalog(new Kpi("NEET").breakdown("send")), ScorecardRequest.defaults());
      // everyone is N
      assertThat(r.breakdown()).extracting(BreakdownRow::code).containsExactly("N", "K", "E");
      assertThat(r.breakdown().get(0).value()).isCloseTo(3.0, within(EPS));
      assertThat(r.breakdown().get(1).value()).isNull();
    }
  }

  @Nested
  class CatalogSettings {

    @Test
    void catalogActivityGroupsApply() {
      // the catalog moves 540 (every NEET record here) out of NEET: 2016/17 NEET becomes 0 / 300
      Catalog standard = catalog(new Kpi("NEET"));
      Catalog custom = catalog(Map.of(540, ActivityGroup.EET_NOT_PARTICIPATING), new Kpi("NEET"));
      assertThat(only(standard, ScorecardRequest.defaults()).value()).isCloseTo(3.0, within(EPS));
      assertThat(only(custom, ScorecardRequest.defaults().withPeriod(Y2016)).value())
          .isEqualTo(0.0);
    }

    @Test
    void aParameterTheMeasureRejectsBecomesANote() {
      KpiResult r =
          only(
              catalog(
                  new Kpi("PART")
                      .measure("neet.participation_rate", Unit.PERCENT, Polarity.HIGHER_IS_BETTER)
                      .params(Map.of("route", "college"))),
              ScorecardRequest.defaults().withPeriod(Y2016));
      assertThat(r.value()).isNull();
      assertThat(r.status()).isEqualTo(Status.NO_DATA);
      assertThat(r.notes()).anyMatch(n -> n.contains("params.route"));
    }

    @Test
    void aMonthParameterOutOfRangeBecomesANoteNotACrash() {
      KpiResult r =
          only(
              catalog(new Kpi("NEET").params(Map.of("month", 13))),
              ScorecardRequest.defaults().withPeriod(Y2016));
      assertThat(r.value()).isNull();
      assertThat(r.status()).isEqualTo(Status.NO_DATA);
      assertThat(r.notes()).anyMatch(n -> n.contains("params.month"));
    }

    @Test
    void theKpiNoteAndTheWorkingsAreCarried() {
      KpiResult r =
          only(
              catalog(new Kpi("NEET").note("kept from the 2017 refresh")),
              ScorecardRequest.defaults());
      assertThat(r.notes()).contains("kept from the 2017 refresh");
      assertThat(r.workings()).last().isEqualTo("100 x 27 / 900 (the 3 months' sums) = 3%");
    }
  }
}
