package kpi.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import kpi.core.attainment.Age19Cube;
import kpi.core.attainment.AttainmentData;
import kpi.core.attainment.Grade;
import kpi.core.attainment.Ks4Cube;
import kpi.core.catalog.Filter;
import kpi.core.catalog.Params;
import kpi.core.period.Period;
import org.junit.jupiter.api.Test;

/**
 * DfE's published KS4 and age-19 figures for three authorities, rebuilt from DfE's own counts
 * through the same arithmetic the measures use: the percentages and means must come back as DfE
 * printed them.
 */
class AttainmentRealDataTest {
  private static final List<String> AUTHORITIES = List.of("Kent", "Lancashire", "Derby");

  private static double num(Map<String, String> row, String column) {
    return Double.parseDouble(row.get(column));
  }

  @Test
  void ks4PassRateAttainment8AndProgress8FromPublishedCounts() throws Exception {
    List<Map<String, String>> rows =
        RealNeetFiguresTest.readCsv(RealNeetFiguresTest.realData("ks4_2223_la_data_revised.csv"));
    int checked = 0;
    for (String la : AUTHORITIES) {
      Map<String, String> row =
          rows.stream()
              .filter(
                  r ->
                      r.get("la_name").equals(la)
                          && r.get("gender").equals("Total")
                          && r.get("version").equals("Revised")
                          && r.get("time_period").equals("202223")
                          && r.get("establishment_type").startsWith("State-funded"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no 2022/23 row for " + la));
      long pupils = (long) num(row, "t_pupils");
      long passes = (long) num(row, "t_l2basics_94");
      Ks4Cube.Builder cube = Ks4Cube.builder();
      Period.AcademicYear year = new Period.AcademicYear(2022);
      // Passing pupils: grade 4 in both; the rest: a 3 in maths. A8 and P8 sums as published.
      cube.add(
          new Ks4Cube.Cell(2022, "X", "", null, null, "", Grade.G4, Grade.G4),
          passes,
          num(row, "t_att8"),
          pupils,
          num(row, "t_p8score"),
          (long) num(row, "t_inp8calc"));
      cube.add(
          new Ks4Cube.Cell(2022, "X", "", null, null, "", Grade.G4, Grade.G3),
          pupils - passes,
          0,
          0,
          0,
          0);
      DataSet data =
          DataSet.builder().attainment(new AttainmentData(cube.build(), null, null)).build();
      MeasureQuery q = new MeasureQuery(year, Filter.none(), new Params(Map.of("grade", 4)));
      double rate =
          new AttainmentMeasure(AttainmentMeasure.Kind.KS4_EM_PASS_RATE).compute(data, q).value();
      double a8 =
          new AttainmentMeasure(AttainmentMeasure.Kind.KS4_ATTAINMENT8_MEAN)
              .compute(data, q)
              .value();
      double p8 =
          new AttainmentMeasure(AttainmentMeasure.Kind.KS4_PROGRESS8_MEAN).compute(data, q).value();
      assertThat(rate)
          .as(la + " pt_l2basics_94")
          .isCloseTo(num(row, "pt_l2basics_94"), within(0.05));
      assertThat(a8).as(la + " avg_att8").isCloseTo(num(row, "avg_att8"), within(0.05));
      assertThat(p8).as(la + " avg_p8score").isCloseTo(num(row, "avg_p8score"), within(0.005));
      checked++;
    }
    assertThat(checked).isEqualTo(3);
  }

  @Test
  void age19RatesFromPublishedCounts() throws Exception {
    List<Map<String, String>> rows =
        RealNeetFiguresTest.readCsv(
            RealNeetFiguresTest.realData("level_2_3_by_age19_la_characteristics.csv"));
    for (String la : AUTHORITIES) {
      Map<String, String> row =
          rows.stream()
              .filter(
                  r ->
                      r.get("la_name").equals(la)
                          && r.get("characteristic").equals("Total")
                          && r.get("characteristic_group").equals("Total")
                          && r.get("time_period").equals("201718"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no 2017/18 total for " + la));
      long cohort = (long) num(row, "number_in_ss_cohort");
      long l2 = (long) num(row, "l2_by19");
      long l3 = (long) num(row, "l3_by19");
      long em16 = (long) num(row, "l2_em_by16");
      long emLater = (long) num(row, "l2_em_by19_belowat16");
      MeasureQuery q = new MeasureQuery(new Period.AcademicYear(2017), null, null);
      // Level 2 and level 3 by 19: achievers and the rest of the cohort.
      Age19Cube.Builder levels = Age19Cube.builder();
      levels.add(new Age19Cube.Cell(2017, "X", null, false, false, true, true), l3);
      levels.add(new Age19Cube.Cell(2017, "X", null, false, false, true, false), l2 - l3);
      levels.add(new Age19Cube.Cell(2017, "X", null, false, false, false, false), cohort - l2);
      DataSet data =
          DataSet.builder().attainment(new AttainmentData(null, null, levels.build())).build();
      assertThat(
              new AttainmentMeasure(AttainmentMeasure.Kind.AGE19_LEVEL2_RATE)
                  .compute(data, q)
                  .value())
          .as(la + " l2by19")
          .isCloseTo(num(row, "l2by19"), within(1e-6));
      assertThat(
              new AttainmentMeasure(AttainmentMeasure.Kind.AGE19_LEVEL3_RATE)
                  .compute(data, q)
                  .value())
          .as(la + " l3by19")
          .isCloseTo(num(row, "l3by19"), within(1e-6));
      // English and maths by 19 among those without it at 16: the denominator leaves out the
      // pupils who had it at 16.
      Age19Cube.Builder em = Age19Cube.builder();
      em.add(new Age19Cube.Cell(2017, "X", null, true, true, null, null), em16);
      em.add(new Age19Cube.Cell(2017, "X", null, false, true, null, null), emLater);
      em.add(
          new Age19Cube.Cell(2017, "X", null, false, false, null, null), cohort - em16 - emLater);
      DataSet emData =
          DataSet.builder().attainment(new AttainmentData(null, null, em.build())).build();
      assertThat(
              new AttainmentMeasure(AttainmentMeasure.Kind.AGE19_EM_BY_19_RATE)
                  .compute(emData, q)
                  .value())
          .as(la + " l2_em_by19belowat16")
          .isCloseTo(num(row, "l2_em_by19belowat16"), within(1e-6));
    }
  }
}
