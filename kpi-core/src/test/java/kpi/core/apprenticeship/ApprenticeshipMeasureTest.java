package kpi.core.apprenticeship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kpi.core.catalog.Filter;
import kpi.core.catalog.NoChangeBand;
import kpi.core.catalog.Params;
import kpi.core.catalog.Polarity;
import kpi.core.catalog.Unit;
import kpi.core.measure.ApprenticeshipMeasure;
import kpi.core.measure.ApprenticeshipMeasure.Kind;
import kpi.core.measure.DataSet;
import kpi.core.measure.District;
import kpi.core.measure.MeasureQuery;
import kpi.core.measure.MeasureResult;
import kpi.core.period.Period;
import kpi.core.status.Direction;
import kpi.core.status.DirectionRule;
import org.junit.jupiter.api.Test;

class ApprenticeshipMeasureTest {
  private static final Period Y1617 = new Period.AcademicYear(2016);
  private final List<ApprenticeshipStart> starts = new ArrayList<>();
  private final List<Headcount> heads = new ArrayList<>();
  private final List<School> schools = new ArrayList<>();
  private final List<Population> population = new ArrayList<>();
  private int next;

  private ApprenticeshipStart start(
      LocalDate date, int age, int level, String employer, String type) {
    return start(date, age, level, employer, type, "L" + (next++), StartStatus.CONTINUING, null);
  }

  private ApprenticeshipStart start(
      LocalDate date,
      int age,
      int level,
      String employer,
      String type,
      String learner,
      StartStatus status,
      Boolean troubled) {
    // an apprenticeship that has ended ended nine months after it started
    LocalDate end =
        status == StartStatus.COMPLETED || status == StartStatus.WITHDRAWN
            ? date.plusMonths(9)
            : null;
    ApprenticeshipStart s =
        new ApprenticeshipStart(
            learner,
            date,
            age,
            level,
            "E07000105",
            employer,
            type,
            "Construction",
            status,
            end,
            null,
            null,
            null,
            troubled,
            null,
            "");
    starts.add(s);
    return s;
  }

  private void ended(
      String learner, LocalDate start, StartStatus status, LocalDate end, LocalDate plannedEnd) {
    starts.add(
        new ApprenticeshipStart(
            learner,
            start,
            17,
            2,
            "E07000105",
            "E1",
            "private",
            "Construction",
            status,
            end,
            null,
            null,
            null,
            null,
            null,
            "",
            plannedEnd));
  }

  @Test
  void achievementBelongsToTheLaterOfActualAndPlannedEnd() {
    LocalDate sep15 = LocalDate.of(2015, 9, 1);
    LocalDate sep16 = LocalDate.of(2016, 9, 1);
    // a: completed Jun 2017, planned Jun 2017 -> 2016/17
    ended("a", sep15, StartStatus.COMPLETED, LocalDate.of(2017, 6, 1), LocalDate.of(2017, 6, 1));
    // b: completed early, Mar 2016, but planned to end Oct 2016 -> 2016/17 (the later)
    ended("b", sep15, StartStatus.COMPLETED, LocalDate.of(2016, 3, 1), LocalDate.of(2016, 10, 1));
    // c: withdrew Dec 2016, planned end Sep 2017 -> 2017/18, not in 2016/17
    ended("c", sep16, StartStatus.WITHDRAWN, LocalDate.of(2016, 12, 1), LocalDate.of(2017, 9, 1));
    // d: withdrew Jul 2017, planned Feb 2017 -> 2016/17 (the actual end is the later)
    ended("d", sep15, StartStatus.WITHDRAWN, LocalDate.of(2017, 7, 1), LocalDate.of(2017, 2, 1));
    // e: still in learning, due Mar 2017 -> outside the rate
    ended("e", sep15, StartStatus.CONTINUING, null, LocalDate.of(2017, 3, 1));
    // f: started Sep 2016, still in learning, due 2018 -> outside (not 0 of 1 in its start year)
    ended("f", sep16, StartStatus.CONTINUING, null, LocalDate.of(2018, 3, 1));
    // 2016/17: a and b completed, d withdrawn: 100 x 2 / 3 = 66.67%
    MeasureResult r = measure(Kind.COMPLETION_RATE, Y1617, Map.of(), Map.of());
    assertThat(r.numerator()).isEqualTo(2.0);
    assertThat(r.denominator()).isEqualTo(3.0);
    assertThat(r.value()).isCloseTo(200.0 / 3, within(1e-9));
    assertThat(r.notes()).isEmpty();
    // 2017/18: only c, withdrawn: 0 of 1
    MeasureResult next =
        measure(Kind.COMPLETION_RATE, new Period.AcademicYear(2017), Map.of(), Map.of());
    assertThat(next.numerator()).isEqualTo(0.0);
    assertThat(next.denominator()).isEqualTo(1.0);
    // 2015/16: nothing ended or was due (b's early completion belongs to its planned year)
    assertThat(
            measure(Kind.COMPLETION_RATE, new Period.AcademicYear(2015), Map.of(), Map.of())
                .value())
        .isNull();
  }

  @Test
  void theLatestStartYearIsNotZeroPercentWhileMostAreStillLearning() {
    // seven starts in 2016/17: five still learning, two withdrew early in 2017 but were planned
    // to finish in 2018. Counted by start year that was 0 completed of 2 ended: 0.0%.
    for (int i = 0; i < 5; i++) {
      ended(
          "n" + i,
          LocalDate.of(2016, 10, 1),
          StartStatus.CONTINUING,
          null,
          LocalDate.of(2018, 4, 1));
    }
    ended(
        "w1",
        LocalDate.of(2016, 10, 1),
        StartStatus.WITHDRAWN,
        LocalDate.of(2017, 1, 1),
        LocalDate.of(2018, 4, 1));
    ended(
        "w2",
        LocalDate.of(2016, 10, 1),
        StartStatus.WITHDRAWN,
        LocalDate.of(2017, 2, 1),
        LocalDate.of(2018, 4, 1));
    // an earlier start that ended and was due in 2016/17
    ended(
        "old",
        LocalDate.of(2015, 10, 1),
        StartStatus.COMPLETED,
        LocalDate.of(2016, 11, 1),
        LocalDate.of(2016, 10, 1));
    // 2016/17: only "old": 1 of 1 = 100%; the withdrawals count in 2017/18: 0 of 2
    assertThat(measure(Kind.COMPLETION_RATE, Y1617, Map.of(), Map.of()).value()).isEqualTo(100.0);
    assertThat(
            measure(Kind.COMPLETION_RATE, new Period.AcademicYear(2017), Map.of(), Map.of())
                .denominator())
        .isEqualTo(2.0);
  }

  private DataSet data() {
    ApprenticeshipCube.Builder cube = ApprenticeshipCube.builder();
    starts.forEach(cube::add);
    return DataSet.builder()
        .districts(List.of(new District("E07000105", "Ashford", 1, List.of())))
        .apprenticeships(new ApprenticeshipData(cube.build(), heads, schools, population))
        .build();
  }

  private MeasureResult measure(
      Kind k, Period p, Map<String, List<String>> filter, Map<String, Object> params) {
    return new ApprenticeshipMeasure(k)
        .compute(data(), new MeasureQuery(p, new Filter(filter), new Params(params)));
  }

  @Test
  void withoutPlannedEndDatesTheNoteSaysInLearningStartsAreExcluded() {
    ended("a", LocalDate.of(2015, 10, 1), StartStatus.COMPLETED, LocalDate.of(2016, 11, 1), null);
    ended("b", LocalDate.of(2016, 10, 1), StartStatus.CONTINUING, null, null);
    MeasureResult r = measure(Kind.COMPLETION_RATE, Y1617, Map.of(), Map.of());
    assertThat(r.value()).isEqualTo(100.0); // a, by its end date; b is still learning
    assertThat(r.notes())
        .anyMatch(
            n -> n.contains("no planned_end_date") && n.contains("still in learning are excluded"));
  }

  @Test
  void academicYearRunsFromFirstAugustToThirtyFirstJuly() {
    start(LocalDate.of(2016, 7, 31), 17, 2, "E1", "private");
    start(LocalDate.of(2016, 8, 1), 17, 2, "E1", "private");
    start(LocalDate.of(2017, 7, 31), 17, 2, "E1", "private");
    start(LocalDate.of(2017, 8, 1), 17, 2, "E1", "private");
    assertThat(measure(Kind.STARTS, Y1617, Map.of(), Map.of()).value()).isEqualTo(2.0);
    assertThat(measure(Kind.STARTS, new Period.AcademicYear(2015), Map.of(), Map.of()).value())
        .isEqualTo(1.0);
  }

  @Test
  void aLearnerWhoStartsTwiceCountsTwice() {
    start(LocalDate.of(2016, 9, 1), 17, 2, "E1", "private", "L1", StartStatus.WITHDRAWN, null);
    start(LocalDate.of(2017, 2, 1), 17, 3, "E2", "private", "L1", StartStatus.CONTINUING, null);
    assertThat(measure(Kind.STARTS, Y1617, Map.of(), Map.of()).value()).isEqualTo(2.0);
  }

  @Test
  void degreeIsWithinHigherAndBandsNeverDoubleCount() {
    start(LocalDate.of(2016, 9, 1), 20, 2, "E1", "private");
    start(LocalDate.of(2016, 9, 1), 20, 3, "E1", "private");
    start(LocalDate.of(2016, 9, 1), 20, 4, "E1", "private");
    start(LocalDate.of(2016, 9, 1), 20, 6, "E1", "private");
    start(LocalDate.of(2016, 9, 1), 20, 7, "E1", "private");
    double all = measure(Kind.STARTS, Y1617, Map.of(), Map.of()).value();
    double bands = 0;
    for (LevelBand b : LevelBand.values()) {
      bands += measure(Kind.STARTS, Y1617, Map.of("level_band", List.of(b.id())), Map.of()).value();
    }
    assertThat(bands).isEqualTo(all).isEqualTo(5.0);
    assertThat(
            measure(Kind.STARTS, Y1617, Map.of("level_band", List.of("higher")), Map.of()).value())
        .isEqualTo(3.0);
    assertThat(
            measure(Kind.STARTS, Y1617, Map.of("level_band", List.of("degree")), Map.of()).value())
        .isEqualTo(2.0);
  }

  @Test
  void ageBandsFromAgeAtStart() {
    assertThat(AgeBand.of(16)).isEqualTo(AgeBand.UNDER_19);
    assertThat(AgeBand.of(18)).isEqualTo(AgeBand.UNDER_19);
    assertThat(AgeBand.of(19)).isEqualTo(AgeBand.AGE_19_TO_24);
    assertThat(AgeBand.of(24)).isEqualTo(AgeBand.AGE_19_TO_24);
    assertThat(AgeBand.of(25)).isEqualTo(AgeBand.AGE_25_PLUS);
    assertThatThrownBy(() -> AgeBand.of(15)).isInstanceOf(IllegalArgumentException.class);
    assertThat(LevelBand.parseLevel("Higher")).contains(4);
    assertThat(LevelBand.parseLevel("Degree")).contains(6);
    assertThat(LevelBand.parseLevel("Intermediate Apprenticeship")).contains(2);
    assertThat(LevelBand.parseLevel("8")).isEmpty();
  }

  /** Seed 004, section 4.1: Kent starts 2011/12 and 2012/13 by age band. */
  @Test
  void seedKentStartsTableGivesTheSeedsChangesAndDirections() {
    int[][] table = {{16, 2696, 2524}, {20, 3385, 3734}, {30, 4787, 5004}};
    for (int[] row : table) {
      for (int i = 0; i < row[1]; i++) {
        start(LocalDate.of(2011, 10, 1), row[0], 2, "E" + (i % 300), "private");
      }
      for (int i = 0; i < row[2]; i++) {
        start(LocalDate.of(2012, 10, 1), row[0], 2, "E" + (i % 300), "private");
      }
    }
    Period y1112 = new Period.AcademicYear(2011);
    Period y1213 = new Period.AcademicYear(2012);
    int[] expected = {-172, 349, 217};
    Direction[] directions = {Direction.WORSENING, Direction.IMPROVING, Direction.IMPROVING};
    for (int i = 0; i < 3; i++) {
      String band =
          List.of(AgeBand.UNDER_19, AgeBand.AGE_19_TO_24, AgeBand.AGE_25_PLUS).get(i).id();
      Map<String, List<String>> f = Map.of("age_band", List.of(band));
      double before = measure(Kind.STARTS, y1112, f, Map.of()).value();
      double after = measure(Kind.STARTS, y1213, f, Map.of()).value();
      assertThat(after - before).as(band).isEqualTo(expected[i]);
      DirectionRule.Travel t =
          DirectionRule.evaluate(
              after, before, Unit.COUNT, Polarity.HIGHER_IS_BETTER, NoChangeBand.standard());
      assertThat(t.direction()).as(band).isEqualTo(directions[i]);
    }
    double all =
        measure(Kind.STARTS, y1213, Map.of(), Map.of()).value()
            - measure(Kind.STARTS, y1112, Map.of(), Map.of()).value();
    assertThat(all).isEqualTo(394);
  }

  /** Seed 001: 707 starts = 2.3% of headcount, 243 non-schools and 464 schools. */
  @Test
  void seedPublicSectorArithmetic() {
    for (int i = 0; i < 243; i++) {
      start(LocalDate.of(2017, 6, 1), 19, 2, "KCC", "council");
    }
    for (int i = 0; i < 464; i++) {
      start(LocalDate.of(2017, 6, 1), 19, 2, "S" + (i % 200), "school");
    }
    // Headcounts that make 2.3% exactly: 243 / 0.023 and 464 / 0.023.
    heads.add(new Headcount("Kent County Council", "council", 2017, 243 / 0.023));
    heads.add(new Headcount("Kent maintained schools", "school", 2017, 464 / 0.023));
    Period y1718 = new Period.AcademicYear(2017);
    MeasureResult council =
        measure(
            Kind.PUBLIC_SECTOR_RATE, y1718, Map.of("employer_type", List.of("council")), Map.of());
    MeasureResult schoolsRate =
        measure(
            Kind.PUBLIC_SECTOR_RATE, y1718, Map.of("employer_type", List.of("school")), Map.of());
    MeasureResult both =
        measure(
            Kind.PUBLIC_SECTOR_RATE,
            y1718,
            Map.of("employer_type", List.of("council", "school")),
            Map.of());
    assertThat(council.value()).isCloseTo(2.3, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(schoolsRate.value()).isCloseTo(2.3, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(both.numerator()).isEqualTo(707.0);
    assertThat(both.value()).isCloseTo(2.3, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void reportingYearRunsFromFirstAprilToThirtyFirstMarch() {
    start(LocalDate.of(2017, 3, 31), 19, 2, "KCC", "council");
    start(LocalDate.of(2017, 4, 1), 19, 2, "KCC", "council");
    start(LocalDate.of(2018, 3, 31), 19, 2, "KCC", "council");
    start(LocalDate.of(2018, 4, 1), 19, 2, "KCC", "council");
    heads.add(new Headcount("KCC", "council", 2017, 100));
    heads.add(new Headcount("KCC", "council", 2018, 100));
    MeasureResult r =
        measure(
            Kind.PUBLIC_SECTOR_RATE,
            new Period.AcademicYear(2017),
            Map.of("employer_type", List.of("council")),
            Map.of());
    assertThat(r.numerator()).isEqualTo(2.0);
    assertThat(r.value()).isEqualTo(2.0);
    // Cumulative from 2017 to 2018/19: 3 starts over 200 headcount; in-year: 1 over 100.
    MeasureResult cum =
        measure(
            Kind.PUBLIC_SECTOR_RATE,
            new Period.AcademicYear(2018),
            Map.of("employer_type", List.of("council")),
            Map.of());
    assertThat(cum.numerator()).isEqualTo(3.0);
    assertThat(cum.denominator()).isEqualTo(200.0);
    MeasureResult inYear =
        measure(
            Kind.PUBLIC_SECTOR_RATE,
            new Period.AcademicYear(2018),
            Map.of("employer_type", List.of("council")),
            Map.of("in_year", true));
    assertThat(inYear.value()).isEqualTo(1.0);
    assertThat(
            measure(
                    Kind.PUBLIC_SECTOR_RATE,
                    new Period.AcademicYear(2016),
                    Map.of("employer_type", List.of("council")),
                    Map.of())
                .value())
        .isNull();
  }

  @Test
  void completionChampionsLapsedAndCumulative() {
    start(LocalDate.of(2016, 9, 1), 17, 2, "E1", "private", "a", StartStatus.COMPLETED, true);
    start(LocalDate.of(2016, 9, 1), 17, 2, "E1", "private", "b", StartStatus.COMPLETED, false);
    start(LocalDate.of(2016, 9, 1), 17, 2, "E1", "private", "c", StartStatus.WITHDRAWN, true);
    start(LocalDate.of(2016, 9, 1), 17, 2, "E1", "private", "d", StartStatus.CONTINUING, null);
    MeasureResult c = measure(Kind.COMPLETION_RATE, Y1617, Map.of(), Map.of());
    assertThat(c.numerator()).isEqualTo(2.0);
    assertThat(c.denominator()).isEqualTo(3.0);
    for (int i = 0; i < 10; i++) {
      start(LocalDate.of(2015, 9, 1), 17, 2, "BIG", "private");
    }
    assertThat(
            measure(Kind.CHAMPION_EMPLOYERS, new Period.AcademicYear(2015), Map.of(), Map.of())
                .value())
        .isEqualTo(1.0);
    assertThat(measure(Kind.CHAMPION_EMPLOYERS, Y1617, Map.of(), Map.of()).value()).isEqualTo(0.0);
    assertThat(measure(Kind.LAPSED_CHAMPIONS, Y1617, Map.of(), Map.of()).value()).isEqualTo(1.0);
    assertThat(
            measure(
                    Kind.CUMULATIVE_STARTS,
                    Y1617,
                    Map.of("troubled_family", List.of("true")),
                    Map.of("since", "2015/16"))
                .value())
        .isEqualTo(2.0);
    assertThat(measure(Kind.CUMULATIVE_STARTS, Y1617, Map.of(), Map.of("since", "2015/16")).value())
        .isEqualTo(14.0);
  }

  @Test
  void schoolsWithApprenticesAndPerHundredThousand() {
    schools.add(new School("100001", "A School", "E07000105", "secondary", "academy"));
    schools.add(new School("100002", "B School", "E07000105", "primary", "maintained"));
    schools.add(new School("100003", "C School", "E07000105", "primary", "maintained"));
    schools.add(new School("100004", "D School", "E07000105", "primary", "maintained"));
    start(LocalDate.of(2016, 9, 1), 19, 2, "100001", "school");
    start(LocalDate.of(2016, 10, 1), 19, 2, "100001", "school");
    start(LocalDate.of(2016, 10, 1), 19, 2, "100003", "school");
    MeasureResult r = measure(Kind.EMPLOYERS_WITH_STARTS_RATE, Y1617, Map.of(), Map.of());
    assertThat(r.numerator()).isEqualTo(2.0);
    assertThat(r.denominator()).isEqualTo(4.0);
    assertThat(r.value()).isEqualTo(50.0);
    population.add(new Population("Kent", "19-24", 2016, 120_000));
    MeasureResult p =
        measure(Kind.STARTS_PER_100K, Y1617, Map.of("age_band", List.of("19-24")), Map.of());
    assertThat(p.value()).isEqualTo(100_000 * 3.0 / 120_000);
  }

  @Test
  void periodsOutsideTheDataGiveNullNeverZero() {
    start(LocalDate.of(2016, 9, 1), 17, 2, "E1", "private");
    MeasureResult r = measure(Kind.STARTS, new Period.AcademicYear(2012), Map.of(), Map.of());
    assertThat(r.value()).isNull();
    assertThat(r.notes()).isNotEmpty();
    assertThat(
            new ApprenticeshipMeasure(Kind.STARTS)
                .compute(DataSet.builder().build(), new MeasureQuery(Y1617, null, null))
                .value())
        .isNull();
    assertThat(measure(Kind.COMPLETION_RATE, Y1617, Map.of(), Map.of()).value())
        .as("no completed or withdrawn starts: zero denominator")
        .isNull();
  }
}
