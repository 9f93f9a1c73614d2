package kpi.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kpi.core.catalog.Catalog;
import kpi.core.catalog.ComparatorSpec;
import kpi.core.catalog.KpiDefinition;
import kpi.core.catalog.Polarity;
import kpi.core.catalog.Target;
import kpi.core.catalog.TargetRule;
import kpi.core.catalog.TrendSpec;
import kpi.core.catalog.Unit;
import kpi.core.comparator.ComparatorTable;
import kpi.core.comparator.Observation;
import kpi.core.engine.KpiResult.HistoryPoint;
import kpi.core.engine.KpiResult.PreviousValue;
import kpi.core.measure.DataSet;
import kpi.core.measure.District;
import kpi.core.neet.NeetCube;
import kpi.core.neet.Send;
import kpi.core.period.Period.AcademicYear;
import kpi.core.stats.Level;
import kpi.core.stats.RecentTrend;
import kpi.core.stats.Significance;
import kpi.core.status.Direction;
import kpi.core.status.Status;
import org.junit.jupiter.api.Test;

/**
 * Intervals, significance, quintiles, history and the recent trend on one KPI, over six winters
 * with a cohort of 1,000 each year (500 per district; every winter month the same):
 *
 * <pre>
 *   winter    2011/12  2012/13  2013/14  2014/15  2015/16  2016/17
 *   NEET         90       80       70       60       50       40      (D1 a quarter, D2 the rest)
 *   rate         9.0%     8.0%     7.0%     6.0%     5.0%     4.0%
 * </pre>
 */
class ScorecardStatisticsTest {
  private static final int[] NEET = {90, 80, 70, 60, 50, 40};
  private final NeetCube.Builder cube = NeetCube.builder();

  ScorecardStatisticsTest() {
    for (int i = 0; i < NEET.length; i++) {
      int start = 2011 + i;
      for (YearMonth m :
          List.of(
              YearMonth.of(start, 12), YearMonth.of(start + 1, 1), YearMonth.of(start + 1, 2))) {
        fill(m, "D1", NEET[i] / 4, 500);
        fill(m, "D2", NEET[i] - NEET[i] / 4, 500);
      }
    }
  }

  private void fill(YearMonth month, String district, int neet, int cohort) {
    cube.add(new NeetCube.Cell(month, 16, district, Send.N, null, null, "", 540), neet);
    cube.add(new NeetCube.Cell(month, 16, district, Send.N, null, null, "", 210), cohort - neet);
  }

  /** England 5.5, South East 4.5 and nine LAs 1..9 plus Kent 3.5, for 2017 (= 2016/17). */
  private static ComparatorTable comparators() {
    List<Observation> obs = new ArrayList<>();
    obs.add(
        new Observation(
            "NEETprop",
            "Y2017",
            "2017",
            "National",
            "E92000001",
            "England",
            Map.of(),
            5.5,
            null,
            "comparators/neet.csv"));
    obs.add(
        new Observation(
            "NEETprop",
            "Y2017",
            "2017",
            "Regional",
            "E12000008",
            "South East",
            Map.of(),
            4.5,
            null,
            "comparators/neet.csv"));
    for (int i = 1; i <= 9; i++) {
      obs.add(
          new Observation(
              "NEETprop",
              "Y2017",
              "2017",
              "Local authority",
              "E0600000" + i,
              "LA " + i,
              Map.of(),
              (double) i,
              null,
              "comparators/neet.csv"));
    }
    obs.add(
        new Observation(
            "NEETprop",
            "Y2017",
            "2017",
            "Local authority",
            "E10000016",
            "Kent",
            Map.of(),
            3.5,
            null,
            "comparators/neet.csv"));
    return new ComparatorTable(obs, List.of());
  }

  private KpiResult result(ScorecardRequest request) {
    KpiDefinition kpi =
        new KpiDefinition(
            "NEET-1",
            "NEET 16-17",
            "Theme",
            "neet.neet_rate",
            null,
            null,
            Unit.PERCENT,
            Polarity.LOWER_IS_BETTER,
            Target.of(TargetRule.AT_MOST, 6.0),
            List.of("district"),
            new ComparatorSpec("NEETprop", List.of("England", "South East"), "Local authority", 0),
            null,
            null,
            null,
            null,
            new TrendSpec("chi2-linear", 5),
            "test",
            null);
    Catalog catalog = new Catalog("test", "Test", "Kent", null, List.of(kpi), null, null, Map.of());
    DataSet data =
        DataSet.builder()
            .neet(cube.build())
            .comparators(comparators())
            .districts(
                List.of(new District("D1", "One", 1, null), new District("D2", "Two", 2, null)))
            .build();
    return ScorecardEngine.standard().compute(catalog, data, request).kpis().get(0);
  }

  private KpiResult result() {
    return result(ScorecardRequest.defaults().withPeriod(new AcademicYear(2016)));
  }

  @Test
  void wilsonIntervalsOnTheAveragedCounts() {
    // 40 / 1000. By hand, z = 1.96: z² = 3.8415, √(z² + 4·40·0.96) = √157.44 = 12.548;
    // lower = (80 + 3.8415 - 24.593) / 2007.68 = 2.951%, upper = 108.43 / 2007.68 = 5.401%.
    KpiResult r = result();
    assertThat(r.value()).isCloseTo(4.0, within(1e-9));
    assertThat(r.ci().method()).isEqualTo("wilson");
    assertThat(r.ci().lower()).isCloseTo(2.951, within(0.001));
    assertThat(r.ci().upper()).isCloseTo(5.401, within(0.001));
    // 99.8%, z = 3.0902: [2.480, 6.390].
    assertThat(r.interval(Level.P99_8).lower()).isCloseTo(2.480, within(0.001));
    assertThat(r.interval(Level.P99_8).upper()).isCloseTo(6.390, within(0.001));
  }

  @Test
  void significanceAgainstEachComparatorAtBothLevels() {
    // England 5.5 is above the 95% interval (so lower-is-better Kent is better) but inside the
    // 99.8% one; the South East's 4.5 is inside both.
    KpiResult r = result();
    assertThat(r.significanceAgainst("England"))
        .extracting(s -> s.result())
        .containsExactly(Significance.BETTER, Significance.SIMILAR);
    assertThat(r.significanceAgainst("South East"))
        .extracting(s -> s.result())
        .containsExactly(Significance.SIMILAR, Significance.SIMILAR);
  }

  @Test
  void quintileAmongLocalAuthoritiesAndWhereDistrictsWouldSit() {
    // Ten LAs from the lowest: {1, 2} {3, Kent 3.5} {4, 5} {6, 7} {8, 9}: Kent is quintile 2
    // (1 = best = lowest). D1 10/500 = 2.0% sits after LA 2, in quintile 2; D2 30/500 = 6.0%
    // sits with 6 and 7, in quintile 4.
    KpiResult r = result();
    assertThat(r.quintile().value()).isEqualTo(2);
    assertThat(r.quintile().n()).isEqualTo(10);
    assertThat(r.quintile().placed()).isFalse();
    assertThat(r.quintile().source()).isEqualTo("comparators/neet.csv");
    assertThat(r.breakdown()).extracting(b -> b.quintile()).containsExactly(2, 4);
  }

  @Test
  void recentTrendOverTheLastFiveWinters() {
    // r = 80,70,60,50,40 of 1000: N = 5000, R = 300, A = 800, B = 15000, C = 55000.
    // N·A - R·B = -500000; χ² = 5000 · 2.5e11 / (300 · 4700 · 5e7) = 17.730 > 9.5495.
    KpiResult r = result();
    assertThat(r.trend().periods())
        .containsExactly("2012/13", "2013/14", "2014/15", "2015/16", "2016/17");
    assertThat(r.trend().chi2()).isCloseTo(17.730, within(0.001));
    assertThat(r.trend().result()).isEqualTo(RecentTrend.Result.DECREASING);
    assertThat(r.trend().judgement(Polarity.LOWER_IS_BETTER))
        .isEqualTo(RecentTrend.Judgement.GETTING_BETTER);
  }

  @Test
  void historyOfEarlierPeriodsWithStatuses() {
    // At most 6.0% (amber within 5% of 6.0 = 0.3, exceeding by 0.3 or more): 9, 8, 7 red;
    // 6.0 achieving; 5.0 exceeding. An earlier scorecard adds 2010/11.
    KpiResult r =
        result(
            new ScorecardRequest(
                new AcademicYear(2016),
                List.of(),
                Map.of(),
                0,
                Map.of(
                    "NEET-1", List.of(new PreviousValue("2010/11", 9.5, "previous scorecard")))));
    assertThat(r.history())
        .extracting(HistoryPoint::period)
        .containsExactly("2010/11", "2011/12", "2012/13", "2013/14", "2014/15", "2015/16");
    assertThat(r.history())
        .extracting(HistoryPoint::status)
        .containsExactly(
            Status.REQUIRES_IMPROVEMENT,
            Status.REQUIRES_IMPROVEMENT,
            Status.REQUIRES_IMPROVEMENT,
            Status.REQUIRES_IMPROVEMENT,
            Status.ACHIEVING,
            Status.EXCEEDING);
    assertThat(r.history().get(0).source()).isEqualTo("previous scorecard");
    assertThat(r.history().get(1).value()).isCloseTo(9.0, within(1e-9));
    // Directions, lower is better, band 0.5 pp with "less than" the band for no change:
    // 2010/11 has nothing before it; 9.5 -> 9.0 is a fall of exactly 0.5 pp, not less than the
    // band, so improving; each later year falls by 1.0 pp.
    assertThat(r.history())
        .extracting(HistoryPoint::direction)
        .containsExactly(
            Direction.NOT_COMPARABLE,
            Direction.IMPROVING,
            Direction.IMPROVING,
            Direction.IMPROVING,
            Direction.IMPROVING,
            Direction.IMPROVING);
  }

  @Test
  void historyDirectionNotComparableWithoutAnEarlierValue() {
    // For 2014/15 the history is 2011/12..2013/14 from the data (9.0, 8.0, 7.0%); 2010/11 has
    // no value, so 2011/12 has no direction; each later winter falls by 1.0 pp: improving.
    KpiResult r = result(ScorecardRequest.defaults().withPeriod(new AcademicYear(2014)));
    assertThat(r.history())
        .extracting(HistoryPoint::period)
        .containsExactly("2011/12", "2012/13", "2013/14");
    assertThat(r.history())
        .extracting(HistoryPoint::direction)
        .containsExactly(Direction.NOT_COMPARABLE, Direction.IMPROVING, Direction.IMPROVING);
  }

  @Test
  void noTrendWithFewerThanFiveYears() {
    KpiResult r = result(ScorecardRequest.defaults().withPeriod(new AcademicYear(2014)));
    // 2014/15 has 2011/12..2014/15 behind it: four winters, 2010/11 missing.
    assertThat(r.trend().result()).isEqualTo(RecentTrend.Result.CANNOT_BE_CALCULATED);
    assertThat(r.trend().reason()).contains("2010/11");
  }
}
