package kpi.core.neet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import kpi.core.catalog.Filter;
import kpi.core.catalog.Params;
import kpi.core.measure.DataSet;
import kpi.core.measure.District;
import kpi.core.measure.MeasureQuery;
import kpi.core.measure.MeasureResult;
import kpi.core.measure.NeetMeasure;
import kpi.core.period.Period;
import org.junit.jupiter.api.Test;

/** The NCCIS fields the cube keeps beyond the tidy layout: vulnerable group and leavers. */
class NccisSemanticsTest {
  private static final YearMonth JAN = YearMonth.of(2017, 1);
  private static final LocalDate DOB = LocalDate.of(2000, 10, 1); // academic age 16 in 2016/17

  private static NeetRecord rec(String id, int code, Boolean vulnerable) {
    return new NeetRecord(id, JAN, DOB, 16, "D1", code, Send.N, null, null, "", vulnerable);
  }

  @Test
  void vulnerableGroupIsAFilterDimension() {
    NeetCube.Builder cube = NeetCube.builder();
    // Vulnerable: 2 NEET of 4. Not vulnerable: 1 NEET of 5. Unknown: 1 NEET of 1.
    cube.add(rec("V1", 540, true));
    cube.add(rec("V2", 540, true));
    cube.add(rec("V3", 210, true));
    cube.add(rec("V4", 220, true));
    cube.add(rec("N1", 540, false));
    for (int i = 0; i < 4; i++) {
      cube.add(rec("N" + (i + 2), 210, false));
    }
    cube.add(rec("U1", 540, null));
    DataSet data =
        DataSet.builder()
            .districts(List.of(new District("D1", "One", 1, List.of())))
            .neet(cube.build())
            .activityGroups(ActivityGroups.standard())
            .build();
    NeetMeasure neet = new NeetMeasure(NeetMeasure.Kind.NEET_RATE);

    MeasureResult vulnerable = neet.compute(data, query(Map.of("vulnerable_group", "true")));
    MeasureResult others = neet.compute(data, query(Map.of("vulnerable_group", "false")));
    MeasureResult all = neet.compute(data, query(Map.of()));

    assertThat(vulnerable.value()).isEqualTo(50.0); // 2 / 4
    assertThat(others.value()).isEqualTo(20.0); // 1 / 5
    assertThat(all.value()).isEqualTo(40.0); // 4 / 10
  }

  @Test
  void leaversAreCountedByMonthAndStatusOnly() {
    NeetCube.Builder cube = NeetCube.builder();
    cube.add(rec("P1", 540, null));
    cube.addLeaver(JAN, "T");
    cube.addLeaver(JAN, "A");
    cube.addLeaver(JAN, "T");

    assertThat(cube.build().records()).isEqualTo(1);
    assertThat(cube.build().leavers(JAN)).containsExactly(Map.entry("A", 1L), Map.entry("T", 2L));
    DataSet data =
        DataSet.builder()
            .districts(List.of(new District("D1", "One", 1, List.of())))
            .neet(cube.build())
            .activityGroups(ActivityGroups.standard())
            .build();
    MeasureResult r =
        new NeetMeasure(NeetMeasure.Kind.NEET_RATE)
            .compute(data, new MeasureQuery(new Period.Month(JAN), Filter.none(), Params.none()));
    assertThat(r.value()).isEqualTo(100.0);
    assertThat(r.workings())
        .anySatisfy(w -> assertThat(w).contains("3 young people").contains("A 1, T 2"));
  }

  @Test
  void aRecordTakenBackLeavesNoCell() {
    NeetCube.Builder cube = NeetCube.builder();
    NeetRecord r = rec("P1", 540, null);
    cube.add(r);
    cube.add(NeetCube.cellOf(r), -1);
    assertThat(cube.build().records()).isZero();
    assertThat(cube.build().cells()).isZero();
  }

  private static MeasureQuery query(Map<String, String> filter) {
    Filter f = Filter.none();
    for (Map.Entry<String, String> e : filter.entrySet()) {
      f = f.with(e.getKey(), List.of(e.getValue()));
    }
    return new MeasureQuery(new Period.Month(JAN), f, Params.none());
  }
}
