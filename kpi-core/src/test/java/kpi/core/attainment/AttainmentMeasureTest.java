package kpi.core.attainment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kpi.core.catalog.Filter;
import kpi.core.catalog.Params;
import kpi.core.measure.AttainmentMeasure;
import kpi.core.measure.AttainmentMeasure.Kind;
import kpi.core.measure.DataSet;
import kpi.core.measure.MeasureQuery;
import kpi.core.measure.MeasureResult;
import kpi.core.period.Period;
import kpi.core.period.Period.AcademicYear;
import org.junit.jupiter.api.Test;

class AttainmentMeasureTest {
  private static final AcademicYear Y = new AcademicYear(2016);
  private final List<Ks4Result> ks4 = new ArrayList<>();
  private final List<Ks5Result> ks5 = new ArrayList<>();
  private final List<Age19Result> age19 = new ArrayList<>();
  private int next;

  private void pupil(String english, String maths, Double a8, Double p8, Boolean disadvantaged) {
    ks4.add(
        new Ks4Result(
            "P" + next++,
            Y,
            "",
            "high",
            "D1",
            null,
            disadvantaged,
            "N",
            a8,
            p8,
            english == null ? null : Grade.parse(english).orElseThrow(),
            maths == null ? null : Grade.parse(maths).orElseThrow()));
  }

  private DataSet data() {
    Ks4Cube.Builder c4 = Ks4Cube.builder();
    ks4.forEach(c4::add);
    Ks5Cube.Builder c5 = Ks5Cube.builder();
    ks5.forEach(c5::add);
    Age19Cube.Builder c19 = Age19Cube.builder();
    age19.forEach(c19::add);
    return DataSet.builder()
        .attainment(new AttainmentData(c4.build(), c5.build(), c19.build()))
        .build();
  }

  private MeasureResult m(Kind k, Map<String, List<String>> filter, Map<String, Object> params) {
    return new AttainmentMeasure(k)
        .compute(data(), new MeasureQuery(Y, new Filter(filter), new Params(params)));
  }

  @Test
  void passRateCountsPupilsWithoutAGradeInTheDenominator() {
    pupil("5", "4", 50.0, 0.1, false);
    pupil("4", "3", 40.0, -0.2, false);
    pupil("9", "9", 80.0, 1.0, true);
    pupil(null, "6", 30.0, null, true);
    // Grade 4+: pupils 1 and 3 of 4 = 50%; grade 5+: pupil 3 only = 25%.
    MeasureResult four = m(Kind.KS4_EM_PASS_RATE, Map.of(), Map.of("grade", 4));
    assertThat(four.value()).isEqualTo(50.0);
    assertThat(four.denominator()).isEqualTo(4.0);
    assertThat(four.notes()).anyMatch(n -> n.contains("without an English or maths grade"));
    assertThat(m(Kind.KS4_EM_PASS_RATE, Map.of(), Map.of("grade", 5)).value()).isEqualTo(25.0);
    assertThatThrownBy(() -> m(Kind.KS4_EM_PASS_RATE, Map.of(), Map.of("grade", 6)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void legacyLettersCompareAsCEqualsFourAndBEqualsFive() {
    pupil("C", "C", null, null, null);
    pupil("B", "A*", null, null, null);
    pupil("D", "A", null, null, null);
    MeasureResult four = m(Kind.KS4_EM_PASS_RATE, Map.of(), Map.of("grade", 4));
    assertThat(four.numerator()).isEqualTo(2.0);
    assertThat(four.notes()).anyMatch(n -> n.contains("C = 4"));
    assertThat(m(Kind.KS4_EM_PASS_RATE, Map.of(), Map.of("grade", 5)).numerator()).isEqualTo(1.0);
  }

  @Test
  void meansLeaveOutBlanksAndProgress8BlanksAreNotInTheMeasure() {
    pupil("5", "5", 50.0, 0.5, false);
    pupil("5", "5", 40.0, null, false);
    pupil("5", "5", null, -1.0, false);
    assertThat(m(Kind.KS4_ATTAINMENT8_MEAN, Map.of(), Map.of()).value()).isEqualTo(45.0);
    MeasureResult p8 = m(Kind.KS4_PROGRESS8_MEAN, Map.of(), Map.of());
    assertThat(p8.value()).isEqualTo(-0.25);
    assertThat(p8.denominator()).isEqualTo(2.0);
  }

  @Test
  void gapIsOthersMinusGroupAndNullWhenAGroupIsEmpty() {
    pupil("5", "5", 60.0, null, false);
    pupil("5", "5", 50.0, null, false);
    pupil("5", "5", 40.0, null, true);
    MeasureResult gap =
        m(Kind.KS4_GAP, Map.of(), Map.of("of", "ks4.attainment8_mean", "group", "disadvantaged"));
    assertThat(gap.value()).isEqualTo(55.0 - 40.0);
    ks4.clear();
    pupil("5", "5", 60.0, null, false);
    MeasureResult none = m(Kind.KS4_GAP, Map.of(), Map.of("group", "disadvantaged"));
    assertThat(none.value()).isNull();
    assertThat(none.notes()).anyMatch(n -> n.contains("no value for disadvantaged pupils"));
  }

  private void student(
      String id, boolean fsm, String type, double entries, double points, Double english) {
    ks5.add(new Ks5Result(id, Y, "college", "D1", fsm, type, entries, points, english, null));
  }

  @Test
  void apsPerEntryIsPointsOverEntriesAndZeroEntriesIsNull() {
    student("s1", false, "a-level", 3, 120, null);
    student("s2", true, "a-level", 2, 60, null);
    student("s2", true, "tech-level", 1, 28, null);
    // A level: (120 + 60) / (3 + 2) = 36.
    assertThat(
            m(Kind.KS5_APS_PER_ENTRY, Map.of("qualification_type", List.of("a-level")), Map.of())
                .value())
        .isEqualTo(36.0);
    assertThat(
            m(Kind.KS5_APS_PER_ENTRY, Map.of("qualification_type", List.of("academic")), Map.of())
                .value())
        .isNull();
    // FSM gap in A level APS: 40 - 30 = 10.
    assertThat(
            m(
                    Kind.KS5_GAP,
                    Map.of("qualification_type", List.of("a-level")),
                    Map.of("of", "ks5.aps_per_entry", "group", "fsm"))
                .value())
        .isEqualTo(10.0);
  }

  @Test
  void studentsCountOnceAndMinusOneIsARealProgressScore() {
    student("s1", false, "tech-level", 1, 28, -1.0);
    student("s1", false, "applied-general", 1, 28, -1.0);
    student("s2", false, "applied-general", 1, 28, null);
    student("s3", false, "a-level", 3, 90, 0.5);
    assertThat(
            m(
                    Kind.KS5_STUDENTS,
                    Map.of("qualification_type", List.of("tech-level", "applied-general")),
                    Map.of())
                .value())
        .isEqualTo(2.0);
    // English progress over s1 (-1) and s3 (0.5); s2 has none: (-1 + 0.5) / 2.
    MeasureResult e = m(Kind.KS5_EM_PROGRESS_MEAN, Map.of(), Map.of("subject", "english"));
    assertThat(e.value()).isCloseTo(-0.25, within(1e-12));
    assertThat(e.denominator()).isEqualTo(2.0);
  }

  @Test
  void aProgressScoreOnAStudentsLaterRowCounts() {
    // s1's English score is on the second row only; s2 has it on the first; s3 on neither.
    student("s1", false, "a-level", 3, 90, null);
    student("s1", false, "tech-level", 1, 28, 0.6);
    student("s2", false, "a-level", 2, 60, 0.2);
    student("s2", false, "applied-general", 1, 28, null);
    student("s3", false, "a-level", 1, 30, null);
    // (0.6 + 0.2) / 2 students with a score = 0.4 (reading first rows only gave 0.2 / 1)
    MeasureResult e = m(Kind.KS5_EM_PROGRESS_MEAN, Map.of(), Map.of("subject", "english"));
    assertThat(e.value()).isCloseTo(0.4, within(1e-12));
    assertThat(e.denominator()).isEqualTo(2.0);
  }

  @Test
  void progressDoesNotDependOnRowOrder() {
    // Twelve students over two or three rows each, one row of each carrying the score k / 10
    // for student k (1..12) except students 4, 8, 12 who have none:
    // scored students 1, 2, 3, 5, 6, 7, 9, 10, 11: sum 54 / 10 = 5.4 over 9 = 0.6.
    List<Ks5Result> rows = new ArrayList<>();
    String[] types = {"a-level", "tech-level", "applied-general"};
    for (int k = 1; k <= 12; k++) {
      int n = 2 + k % 2;
      int scored = k % 3;
      for (int i = 0; i < n; i++) {
        Double score = k % 4 != 0 && i == scored % n ? k / 10.0 : null;
        rows.add(new Ks5Result("s" + k, Y, "college", "D1", false, types[i], 1, 30, score, null));
      }
    }
    java.util.Random random = new java.util.Random(14);
    for (int shuffle = 0; shuffle < 20; shuffle++) {
      ks5.clear();
      List<Ks5Result> order = new ArrayList<>(rows);
      java.util.Collections.shuffle(order, random);
      ks5.addAll(order);
      MeasureResult e = m(Kind.KS5_EM_PROGRESS_MEAN, Map.of(), Map.of("subject", "english"));
      assertThat(e.value()).as("order " + shuffle).isCloseTo(0.6, within(1e-12));
      assertThat(e.denominator()).isEqualTo(9.0);
    }
  }

  @Test
  void englishAndMathsBy19IsAmongThoseWithoutItAt16() {
    AcademicYear y = Y;
    age19.add(new Age19Result("a", y, "D1", null, true, true, true, true));
    age19.add(new Age19Result("b", y, "D1", null, false, true, true, false));
    age19.add(new Age19Result("c", y, "D1", null, false, false, true, false));
    age19.add(new Age19Result("d", y, "D1", null, false, false, null, null));
    MeasureResult em = m(Kind.AGE19_EM_BY_19_RATE, Map.of(), Map.of());
    assertThat(em.numerator()).isEqualTo(1.0);
    assertThat(em.denominator()).isEqualTo(3.0);
    assertThat(m(Kind.AGE19_LEVEL2_RATE, Map.of(), Map.of()).value()).isEqualTo(75.0);
    assertThat(m(Kind.AGE19_LEVEL3_RATE, Map.of(), Map.of()).value()).isEqualTo(25.0);
    assertThatThrownBy(() -> new Age19Result("e", y, "D1", null, true, false, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void yearsWithoutResultsGiveNullNeverZero() {
    pupil("5", "5", 50.0, null, false);
    MeasureResult r =
        new AttainmentMeasure(Kind.KS4_EM_PASS_RATE)
            .compute(data(), new MeasureQuery(new Period.AcademicYear(2012), null, null));
    assertThat(r.value()).isNull();
    assertThat(r.notes()).isNotEmpty();
    assertThat(Grade.parse("a*")).contains(Grade.A_STAR);
    assertThat(Grade.parse("10")).isEmpty();
    assertThatThrownBy(
            () -> new Ks4Result("x", Y, "", "", "D1", null, null, "", 91.0, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
