package kpi.core.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import kpi.core.apprenticeship.ApprenticeshipCube;
import kpi.core.apprenticeship.ApprenticeshipData;
import kpi.core.apprenticeship.ApprenticeshipStart;
import kpi.core.apprenticeship.StartStatus;
import kpi.core.attainment.Age19Cube;
import kpi.core.attainment.AttainmentData;
import kpi.core.attainment.Grade;
import kpi.core.attainment.Ks4Cube;
import kpi.core.attainment.Ks4Result;
import kpi.core.attainment.Ks5Cube;
import kpi.core.catalog.Catalog;
import kpi.core.catalog.KpiDefinition;
import kpi.core.catalog.Polarity;
import kpi.core.catalog.Target;
import kpi.core.catalog.TargetRule;
import kpi.core.catalog.Unit;
import kpi.core.engine.KpiResult;
import kpi.core.engine.KpiResult.BreakdownRow;
import kpi.core.engine.Scorecard;
import kpi.core.engine.ScorecardEngine;
import kpi.core.engine.ScorecardRequest;
import kpi.core.measure.DataSet;
import kpi.core.measure.District;
import kpi.core.neet.NeetCube;
import kpi.core.neet.Send;
import kpi.core.pack.PackModel.Cell;
import kpi.core.pack.PackModel.Pack;
import kpi.core.pack.PackModel.SummaryRow;
import kpi.core.pack.PackModel.Table;
import kpi.core.period.Period.AcademicYear;
import kpi.core.status.Direction;
import kpi.core.status.Status;
import org.junit.jupiter.api.Test;

/**
 * Data packs on a tiny drop built in code. NEET (academic age 16, every winter month the same, so
 * the Dec-Feb means equal the monthly counts), cohorts of 100 in each of three districts:
 *
 * <pre>
 *             2015/16 winter   2016/17 winter   March 2017
 *             NEET / cohort    NEET / cohort    participating / cohort
 *   D1 One    6 / 100          5 / 100          90 / 100
 *   D2 Two    2 / 100          3 / 100          95 / 100
 *   D3 Three  1 / 100          1 / 100          85 / 100
 *   county    9 / 300 = 3%     9 / 300 = 3%     270 / 300 = 90%
 * </pre>
 *
 * Apprenticeship starts: D1 one in 2015/16 and three in 2016/17, D2 two in 2016/17. Key stage 4 in
 * 2016/17: two pupils in D1.
 *
 * <p>The catalog's defaults: amber tolerance and exceed margin 5% of the (county's) threshold, a
 * no-change band of 0.5 percentage points.
 */
class PackEngineTest {
  private static final AcademicYear Y2015 = new AcademicYear(2015);
  private static final AcademicYear Y2016 = new AcademicYear(2016);
  private static final List<String> DISTRICTS = List.of("D1", "D2", "D3");

  private final PackEngine engine = PackEngine.standard();

  private static DataSet data() {
    NeetCube.Builder cube = NeetCube.builder();
    int[] neet2015 = {6, 2, 1};
    int[] neet2016 = {5, 3, 1};
    int[] participating = {90, 95, 85};
    for (int d = 0; d < 3; d++) {
      for (YearMonth m :
          List.of(YearMonth.of(2015, 12), YearMonth.of(2016, 1), YearMonth.of(2016, 2))) {
        fill(cube, m, DISTRICTS.get(d), 540, neet2015[d], 100);
      }
      for (YearMonth m :
          List.of(YearMonth.of(2016, 12), YearMonth.of(2017, 1), YearMonth.of(2017, 2))) {
        fill(cube, m, DISTRICTS.get(d), 540, neet2016[d], 100);
      }
      fill(cube, YearMonth.of(2017, 3), DISTRICTS.get(d), 210, participating[d], 100);
    }
    ApprenticeshipCube.Builder starts = ApprenticeshipCube.builder();
    starts.add(start("L0", LocalDate.of(2015, 10, 1), "D1"));
    starts.add(start("L1", LocalDate.of(2016, 10, 1), "D1"));
    starts.add(start("L2", LocalDate.of(2016, 11, 1), "D1"));
    starts.add(start("L3", LocalDate.of(2017, 1, 1), "D1"));
    starts.add(start("L4", LocalDate.of(2016, 10, 1), "D2"));
    starts.add(start("L5", LocalDate.of(2017, 3, 1), "D2"));
    Ks4Cube.Builder ks4 = Ks4Cube.builder();
    ks4.add(pupil("P1", "5", "4", 50.0, 0.1, false));
    ks4.add(pupil("P2", "3", "4", 40.0, -0.2, true));
    return DataSet.builder()
        .neet(cube.build())
        .apprenticeships(new ApprenticeshipData(starts.build(), null, null, null))
        .attainment(
            new AttainmentData(ks4.build(), Ks5Cube.builder().build(), Age19Cube.builder().build()))
        .districts(
            List.of(
                new District("D1", "One", 1, null),
                new District("D2", "Two", 2, null),
                new District("D3", "Three", 3, null)))
        .build();
  }

  /** {@code n} records with {@code code}, the rest of the cohort in an EET code. */
  private static void fill(
      NeetCube.Builder cube, YearMonth month, String district, int code, int n, int cohort) {
    cube.add(new NeetCube.Cell(month, 16, district, Send.N, null, null, "", code), n);
    int rest = code == 210 ? 530 : 210;
    cube.add(new NeetCube.Cell(month, 16, district, Send.N, null, null, "", rest), cohort - n);
  }

  private static ApprenticeshipStart start(String learner, LocalDate date, String district) {
    return new ApprenticeshipStart(
        learner,
        date,
        17,
        2,
        district,
        "E1",
        "private",
        "Construction",
        StartStatus.CONTINUING,
        null,
        null,
        null,
        null,
        null,
        null,
        "");
  }

  private static Ks4Result pupil(
      String id, String english, String maths, double a8, double p8, boolean disadvantaged) {
    return new Ks4Result(
        id,
        Y2016,
        "",
        "high",
        "D1",
        null,
        disadvantaged,
        "N",
        a8,
        p8,
        Grade.parse(english).orElseThrow(),
        Grade.parse(maths).orElseThrow());
  }

  private static KpiDefinition kpi(
      String id, String measure, Unit unit, Polarity polarity, Target target) {
    return new KpiDefinition(
        id,
        "Title of " + id,
        "Theme",
        measure,
        null,
        null,
        unit,
        polarity,
        target,
        List.of("district"),
        null,
        null,
        null,
        null,
        null,
        null,
        "test (seed 7)",
        null,
        null);
  }

  /** NEET-1 at most 4%, IMP-1 improve, DEC-1 10% down, ST-1 at least 10 starts, NT-1 none. */
  private static Catalog catalog() {
    return new Catalog(
        "test",
        "Test strategy",
        "Kent",
        null,
        List.of(
            kpi(
                "NEET-1",
                "neet.neet_rate",
                Unit.PERCENT,
                Polarity.LOWER_IS_BETTER,
                Target.of(TargetRule.AT_MOST, 4.0)),
            kpi(
                "IMP-1",
                "neet.neet_rate",
                Unit.PERCENT,
                Polarity.LOWER_IS_BETTER,
                new Target(TargetRule.IMPROVE, null, null, null, null, null)),
            kpi(
                "DEC-1",
                "neet.neet_rate",
                Unit.PERCENT,
                Polarity.LOWER_IS_BETTER,
                Target.of(TargetRule.DECREASE_BY_PERCENT, 10)),
            kpi(
                "ST-1",
                "apprenticeships.starts",
                Unit.COUNT,
                Polarity.HIGHER_IS_BETTER,
                Target.of(TargetRule.AT_LEAST, 10)),
            kpi(
                "NT-1",
                "neet.participation_rate",
                Unit.PERCENT,
                Polarity.HIGHER_IS_BETTER,
                Target.none())),
        null,
        null,
        Map.of());
  }

  private static SummaryRow row(Pack pack, String id) {
    return pack.summary().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  private static Pack district(Publication p, String name) {
    return p.districts().stream().filter(d -> d.area().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void districtsAreJudgedAgainstTheCountyThreshold() {
    Publication p = engine.publish(catalog(), data(), Y2016, 0);
    // NEET-1, at most 4% (a rate: the county's threshold), amber and exceed 5% of 4 = 0.2 points.
    // D1 5% is 1 point over: requires improvement. D2 3% is 1 point under (>= 0.2): exceeding.
    assertThat(row(district(p, "One"), "NEET-1").status()).isEqualTo(Status.REQUIRES_IMPROVEMENT);
    assertThat(row(district(p, "Two"), "NEET-1").status()).isEqualTo(Status.EXCEEDING);
    assertThat(row(district(p, "One"), "NEET-1").area().text()).isEqualTo("5.0%");
    assertThat(row(district(p, "One"), "NEET-1").county().text()).isEqualTo("3.0%");
    assertThat(row(district(p, "One"), "NEET-1").target()).isEqualTo("at most 4.0%");
  }

  @Test
  void directionOfTravelComparesEachDistrictWithItsOwnPreviousYear() {
    Publication p = engine.publish(catalog(), data(), Y2016, 0);
    // Lower is better, no change within 0.5 points: D1 6 -> 5 improving, D2 2 -> 3 worsening,
    // D3 1 -> 1 no change.
    assertThat(row(district(p, "One"), "NEET-1").direction()).isEqualTo(Direction.IMPROVING);
    assertThat(row(district(p, "Two"), "NEET-1").direction()).isEqualTo(Direction.WORSENING);
    assertThat(row(district(p, "Three"), "NEET-1").direction()).isEqualTo(Direction.NO_CHANGE);
    assertThat(row(district(p, "One"), "NEET-1").previous()).isNotNull();
    // Nothing before 2015/16: no previous value, not comparable, no figure.
    Publication first = engine.publish(catalog(), data(), Y2015, 0);
    SummaryRow d1 = row(district(first, "One"), "NEET-1");
    assertThat(d1.direction()).isEqualTo(Direction.NOT_COMPARABLE);
    assertThat(d1.previous()).isNull();
  }

  @Test
  void improveJudgesADistrictAgainstItsOwnPreviousValue() {
    Publication p = engine.publish(catalog(), data(), Y2016, 0);
    // The county: 3% then 3%, so its threshold is 3 and amber/exceed 5% of 3 = 0.15 points.
    // D1 6 -> 5: 1 point better (>= 0.15), exceeding. D2 2 -> 3: 1 point worse, requires
    // improvement. D3 1 -> 1: improve is strict, 0 short (<= 0.15), near target.
    assertThat(row(district(p, "One"), "IMP-1").status()).isEqualTo(Status.EXCEEDING);
    assertThat(row(district(p, "Two"), "IMP-1").status()).isEqualTo(Status.REQUIRES_IMPROVEMENT);
    assertThat(row(district(p, "Three"), "IMP-1").status()).isEqualTo(Status.NEAR_TARGET);
    // 2015/16 has no year before it: nothing to improve on.
    Publication first = engine.publish(catalog(), data(), Y2015, 0);
    assertThat(row(district(first, "One"), "IMP-1").status()).isEqualTo(Status.NO_TARGET);
  }

  @Test
  void aRelativeTargetStartsFromTheDistrictsOwnPreviousValue() {
    Publication p = engine.publish(catalog(), data(), Y2016, 0);
    // 10% down from each district's 2015/16 value; the county's 3 -> 2.7 gives 5% of 2.7 = 0.135.
    // D1 6 -> 5.4: 5 is 0.4 under, exceeding. D2 2 -> 1.8: 3 is 1.2 over, requires improvement.
    // D3 1 -> 0.9: 1 is 0.1 over (<= 0.135), near target.
    assertThat(row(district(p, "One"), "DEC-1").status()).isEqualTo(Status.EXCEEDING);
    assertThat(row(district(p, "Two"), "DEC-1").status()).isEqualTo(Status.REQUIRES_IMPROVEMENT);
    assertThat(row(district(p, "Three"), "DEC-1").status()).isEqualTo(Status.NEAR_TARGET);
  }

  @Test
  void aCountyCountHasNoDistrictShare() {
    Publication p = engine.publish(catalog(), data(), Y2016, 0);
    // 10 starts is the county's target: D1's 3 starts get no status, only a value.
    SummaryRow st = row(district(p, "One"), "ST-1");
    assertThat(st.status()).isEqualTo(Status.NO_TARGET);
    assertThat(st.area().text()).isEqualTo("3");
    assertThat(row(district(p, "Two"), "ST-1").area().text()).isEqualTo("2");
    // D1 1 -> 3 starts, higher is better.
    assertThat(st.direction()).isEqualTo(Direction.IMPROVING);
    assertThat(row(district(p, "One"), "NT-1").status()).isEqualTo(Status.NO_TARGET);
  }

  @Test
  void theCountyPackShowsTheScorecardsOwnStatusesAndEveryDistrict() {
    Publication p = engine.publish(catalog(), data(), Y2016, 0);
    Pack county = p.county();
    assertThat(county.county()).isTrue();
    assertThat(county.area()).isEqualTo("Kent");
    assertThat(county.slug()).isEqualTo("county");
    assertThat(county.unsuppressed()).isTrue();
    // The county's NEET-1: 3% against at most 4%, exceeding (1 >= 0.2); 3% -> 3% no change.
    assertThat(row(county, "NEET-1").status()).isEqualTo(Status.EXCEEDING);
    assertThat(row(county, "NEET-1").direction()).isEqualTo(Direction.NO_CHANGE);
    assertThat(county.tables().get(0).title()).isEqualTo("KPIs by district, 2016/17");
    assertThat(county.tables().get(0).columns()).containsExactly("One", "Two", "Three");
    assertThat(county.definitions()).hasSize(5);
    assertThat(county.definitions().get(0))
        .isEqualTo("NEET-1: Title of NEET-1; target at most 4.0%; source: test");
    assertThat(p.scorecard().period()).isEqualTo("2016/17");
    assertThat(p.districts()).extracting(Pack::slug).containsExactly("one", "two", "three");
  }

  @Test
  void aDistrictPackHoldsItsTables() {
    Publication p = engine.publish(catalog(), data(), Y2016, 0);
    Pack one = district(p, "One");
    List<String> titles = one.tables().stream().map(Table::title).toList();
    assertThat(titles)
        .containsExactly(
            "NEET and not known, 16-17 year olds, by month",
            "Participation by route, March 2017",
            "Apprenticeship starts by level, One",
            "Apprenticeship starts by age at start, One",
            "Apprenticeship starts by sector, 2016/17, One",
            "Attainment at key stage 4, One");
    Table trend = one.tables().get(0);
    // Seven monthly snapshots; the district's NEET and not known beside the county's.
    assertThat(trend.rows()).hasSize(7);
    assertThat(trend.rows().get(0).label()).isEqualTo("2015-12");
    assertThat(trend.rows().get(0).cells())
        .extracting(Cell::text)
        .containsExactly("6.0%", "0.0%", "3.0%", "0.0%");
    // Starts by sector in 2016/17: D1's three, in one sector, and the total.
    Table sector = one.tables().get(4);
    assertThat(sector.rows()).extracting(r -> r.cells().get(0).text()).containsExactly("3", "3");
    // Key stage 4: one of D1's two pupils has 4+ in both English and maths: 50%.
    Table ks4 = one.tables().get(5);
    assertThat(ks4.rows().get(0).cells().get(0).text()).isEqualTo("50.0%");
    assertThat(ks4.rows().get(0).cells().get(2).text()).isEqualTo("45.00");
  }

  @Test
  void smallNumbersAreWithheldWithTheirStatusAndDirection() {
    Publication p = engine.publish(catalog(), data(), Y2016, 5);
    // D3 has 1 NEET young person: the rate is withheld, and with it its status and direction.
    SummaryRow d3 = row(district(p, "Three"), "NEET-1");
    assertThat(d3.area().text()).isEqualTo("[c]");
    assertThat(d3.area().suppressed()).isTrue();
    assertThat(d3.status()).isNull();
    assertThat(d3.direction()).isNull();
    assertThat(district(p, "Three").primarySuppressed()).isPositive();
    assertThat(district(p, "Three").unsuppressed()).isFalse();
    assertThat(p.plan().hidden(d3.area().figure())).isTrue();
    // The same plan, whichever year is asked for: 2015/16's packs hide D3's 2016/17 figure too.
    Publication last = engine.publish(catalog(), data(), Y2015, 5);
    assertThat(last.plan().hidden(d3.area().figure())).isTrue();
  }

  @Test
  void aSuppressedScorecardHidesWhatThePacksHide() {
    Catalog catalog = catalog();
    DataSet data = data();
    Scorecard s =
        ScorecardEngine.standard()
            .compute(catalog, data, new ScorecardRequest(Y2016, List.of(), Map.of(), 0));
    Scorecard hidden = engine.suppress(catalog, data, s, 5);
    KpiResult neet = hidden.kpis().get(0);
    BreakdownRow d3 =
        neet.breakdown().stream().filter(b -> b.code().equals("D3")).findFirst().orElseThrow();
    assertThat(d3.suppressed()).isTrue();
    assertThat(d3.value()).isNull();
    // The county's 9 of 300 is not small: shown, with its status.
    assertThat(neet.value()).isEqualTo(3.0);
    assertThat(neet.status()).isEqualTo(Status.EXCEEDING);
    // Nothing hidden without suppression.
    assertThat(engine.suppress(catalog, data, s, 1).kpis().get(0).breakdown())
        .noneMatch(BreakdownRow::suppressed);
  }
}
