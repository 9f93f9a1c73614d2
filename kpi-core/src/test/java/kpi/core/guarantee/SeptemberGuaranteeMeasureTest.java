package kpi.core.guarantee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import kpi.core.catalog.Filter;
import kpi.core.catalog.Params;
import kpi.core.measure.DataSet;
import kpi.core.measure.MeasureQuery;
import kpi.core.measure.MeasureResult;
import kpi.core.measure.Measures;
import kpi.core.neet.Send;
import kpi.core.period.Period.AcademicYear;
import org.junit.jupiter.api.Test;

/**
 * The offer rate on a hand-made cohort for 2016/17:
 *
 * <pre>
 *   Year 11, D1: 40 x code 10, 5 x 12, 3 x 20, 2 x 30        (45 offers of 50)
 *   Year 12, D1: 20 x 14, 6 x 21, 4 x 31                     (20 offers of 30)
 *   Year 11, D2: 18 x 11, 2 x 22  (SEN support)              (18 offers of 20)
 * </pre>
 */
class SeptemberGuaranteeMeasureTest {
  private static final AcademicYear Y = new AcademicYear(2016);

  private static DataSet data() {
    GuaranteeCube.Builder cube = GuaranteeCube.builder();
    add(cube, 11, "D1", Send.N, "10", 40);
    add(cube, 11, "D1", Send.N, "12", 5);
    add(cube, 11, "D1", Send.N, "20", 3);
    add(cube, 11, "D1", Send.N, "30", 2);
    add(cube, 12, "D1", Send.N, "14", 20);
    add(cube, 12, "D1", Send.N, "21", 6);
    add(cube, 12, "D1", Send.N, "31", 4);
    add(cube, 11, "D2", Send.K, "11", 18);
    add(cube, 11, "D2", Send.K, "22", 2);
    add(cube, 11, "D1", Send.N, "10", 0);
    // A year earlier: must not count.
    cube.add(new GuaranteeCube.Cell(2015, 11, "D1", Send.N, "10"), 99);
    return DataSet.builder().guarantee(cube.build()).build();
  }

  private static void add(GuaranteeCube.Builder c, int yg, String d, Send s, String code, long n) {
    if (n > 0) {
      c.add(new GuaranteeCube.Cell(2016, yg, d, s, code), n);
    }
  }

  private static MeasureResult run(Filter f, Params p) {
    return Measures.builtIn()
        .get("september_guarantee.offer_rate")
        .orElseThrow()
        .compute(data(), new MeasureQuery(Y, f, p));
  }

  @Test
  void offersOverEveryoneInYears11And12() {
    // (45 + 20 + 18) / (50 + 30 + 20) = 83 / 100.
    MeasureResult r = run(Filter.none(), Params.none());
    assertThat(r.numerator()).isEqualTo(83.0);
    assertThat(r.denominator()).isEqualTo(100.0);
    assertThat(r.value()).isCloseTo(83.0, within(1e-9));
  }

  @Test
  void filtersByYearGroupDistrictAndSend() {
    assertThat(run(new Filter(Map.of("year_group", List.of("12"))), Params.none()).value())
        .isCloseTo(100.0 * 20 / 30, within(1e-9));
    assertThat(run(new Filter(Map.of("send", List.of("K"))), Params.none()).value())
        .isCloseTo(90.0, within(1e-9));
    assertThat(
            run(
                    new Filter(Map.of("district", List.of("D1"), "year_group", List.of("11"))),
                    Params.none())
                .value())
        .isCloseTo(90.0, within(1e-9));
  }

  @Test
  void aCatalogCanSayWhichCodesAreOffers() {
    // Only 10 and 11 count: (40 + 18) / 100.
    MeasureResult r = run(Filter.none(), new Params(Map.of("offer_codes", List.of("10", "11"))));
    assertThat(r.value()).isCloseTo(58.0, within(1e-9));
    assertThat(r.workings()).anyMatch(w -> w.contains("offer codes (catalog): 10, 11"));
  }

  @Test
  void noRowsForTheYearIsNoData() {
    MeasureResult r =
        Measures.builtIn()
            .get("september_guarantee.offer_rate")
            .orElseThrow()
            .compute(
                data(), new MeasureQuery(new AcademicYear(2014), Filter.none(), Params.none()));
    assertThat(r.value()).isNull();
  }
}
