package kpi.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kpi.core.catalog.Polarity;
import kpi.core.stats.RecentTrend.Count;
import kpi.core.stats.RecentTrend.Outcome;
import kpi.core.stats.RecentTrend.Result;
import kpi.core.stats.RecentTrend.Value;
import org.junit.jupiter.api.Test;

/** Fingertips' recent trend: hand-worked cases and DfE's real 2019-2023 northern-LA counts. */
class RecentTrendTest {
  private static final List<String> YEARS = List.of("2019", "2020", "2021", "2022", "2023");
  private static final String NORTH =
      "neet_ud_neet_characteristics_2019-2023_northLAs_by_characteristic.csv";

  private static List<Count> counts(double[] r, double[] n) {
    List<Count> out = new ArrayList<>();
    for (int i = 0; i < r.length; i++) {
      out.add(new Count(YEARS.get(i), r[i], n[i]));
    }
    return out;
  }

  @Test
  void chiSquaredForLinearTrendByHand() {
    // r = 10,20,30,40,50 of 100 each year. N = 500, R = 150, A = Σrt = 550, B = Σnt = 1500,
    // C = Σnt² = 5500. N·A - R·B = 275000 - 225000 = 50000; R(N-R) = 52500; N·C - B² = 500000.
    // χ² = 500 · 50000² / (52500 · 500000) = 1.25e12 / 2.625e10 = 47.619.
    Outcome o =
        RecentTrend.proportions(
            counts(new double[] {10, 20, 30, 40, 50}, new double[] {100, 100, 100, 100, 100}));
    assertThat(o.chi2()).isCloseTo(47.619, within(0.001));
    assertThat(o.result()).isEqualTo(Result.INCREASING);
    assertThat(o.judgement(Polarity.LOWER_IS_BETTER))
        .isEqualTo(RecentTrend.Judgement.GETTING_WORSE);
    assertThat(o.judgement(Polarity.HIGHER_IS_BETTER))
        .isEqualTo(RecentTrend.Judgement.GETTING_BETTER);
    assertThat(o.method()).isEqualTo("chi2-linear");
    assertThat(o.leaveOneOut()).hasSize(5).allMatch(s -> s > 0);
  }

  @Test
  void belowTheThresholdIsNoSignificantChange() {
    // 10,11,10,11,12 of 100: A = 10+22+30+44+60 = 166, N·A - R·B = 500·166 - 54·1500 = 2000;
    // R(N-R) = 54·446 = 24084; χ² = 500 · 2000² / (24084 · 500000) = 0.16609.
    Outcome o =
        RecentTrend.proportions(
            counts(new double[] {10, 11, 10, 11, 12}, new double[] {100, 100, 100, 100, 100}));
    assertThat(o.chi2()).isCloseTo(0.16609, within(0.00001));
    assertThat(o.result()).isEqualTo(Result.NO_SIGNIFICANT_CHANGE);
    assertThat(o.judgement(Polarity.LOWER_IS_BETTER)).isEqualTo(RecentTrend.Judgement.NO_CHANGE);
  }

  @Test
  void fewerThanFivePointsOrAZeroCountCannotBeCalculated() {
    Outcome four =
        RecentTrend.proportions(
            counts(new double[] {10, 20, 30, 40}, new double[] {100, 100, 100, 100}));
    assertThat(four.result()).isEqualTo(Result.CANNOT_BE_CALCULATED);
    assertThat(four.judgement(Polarity.LOWER_IS_BETTER)).isNull();
    assertThat(four.reason()).contains("fewer than 5");
    Outcome zeroN =
        RecentTrend.proportions(
            counts(new double[] {10, 20, 30, 40, 0}, new double[] {100, 100, 100, 100, 0}));
    assertThat(zeroN.result()).isEqualTo(Result.CANNOT_BE_CALCULATED);
  }

  @Test
  void onlyTheLastFivePointsCount() {
    // A sixth, older point far off the line changes nothing.
    List<Count> six = new ArrayList<>();
    six.add(new Count("2018", 90, 100));
    six.addAll(counts(new double[] {10, 20, 30, 40, 50}, new double[] {100, 100, 100, 100, 100}));
    Outcome o = RecentTrend.proportions(six);
    assertThat(o.periods()).containsExactlyElementsOf(YEARS);
    assertThat(o.chi2()).isCloseTo(47.619, within(0.001));
  }

  @Test
  void weightedSlopeForValuesThatAreNotProportions() {
    // Values 10,12,14,16,18, each with a 95% interval 3.92 wide: SE = 1, weights 1. Slope 2,
    // SE(slope) = √(1/Σ(t-3)²) = √0.1, χ² = 2² / 0.1 = 40.
    List<Value> v = new ArrayList<>();
    double[] ys = {10, 12, 14, 16, 18};
    for (int i = 0; i < 5; i++) {
      v.add(new Value(YEARS.get(i), ys[i], ys[i] - 1.96, ys[i] + 1.96));
    }
    Outcome o = RecentTrend.values(v);
    assertThat(o.slope()).isCloseTo(2.0, within(1e-9));
    assertThat(o.chi2()).isCloseTo(40.0, within(1e-9));
    assertThat(o.result()).isEqualTo(Result.INCREASING);
    // 10, 10.5, 10, 10.5, 11: slope Σ(t-3)(y-ȳ)/10 = 2.0/10 = 0.2, χ² = 0.04/0.1 = 0.4.
    List<Value> flat = new ArrayList<>();
    double[] fs = {10, 10.5, 10, 10.5, 11};
    for (int i = 0; i < 5; i++) {
      flat.add(new Value(YEARS.get(i), fs[i], fs[i] - 1.96, fs[i] + 1.96));
    }
    assertThat(RecentTrend.values(flat).chi2()).isCloseTo(0.4, within(1e-9));
    assertThat(RecentTrend.values(flat).result()).isEqualTo(Result.NO_SIGNIFICANT_CHANGE);
  }

  /** Every 16-17 Total series of the northern file, by geography code, 2019..2023. */
  private static Map<String, List<Count>> northernSeries() throws IOException {
    Map<String, TreeMap<String, Count>> by = new TreeMap<>();
    for (Map<String, String> r : RealData.rows(NORTH)) {
      if (r.get("Age").equals("16-17")
          && r.get("Characteristic_grouping").equals("Total")
          && r.get("Characteristic").equals("Total")) {
        by.computeIfAbsent(r.get("geography_code"), k -> new TreeMap<>())
            .put(
                r.get("date"),
                new Count(
                    r.get("date"),
                    Double.parseDouble(r.get("avgNEETNK")),
                    Double.parseDouble(r.get("avgcohort"))));
      }
    }
    Map<String, List<Count>> out = new TreeMap<>();
    by.forEach((code, years) -> out.put(code, new ArrayList<>(years.values())));
    return out;
  }

  @Test
  void northYorkshireIsNoisyNotATrend() throws IOException {
    // 5.3, 8.8, 11.4, 4.7, 9.7%: χ² = 31.8 passes the threshold but leaving out 2021 or 2022
    // flips the slope's sign.
    Outcome o = RecentTrend.proportions(northernSeries().get("E10000023"));
    assertThat(o.chi2()).isCloseTo(31.8, within(0.05));
    assertThat(o.signsAgree()).isFalse();
    assertThat(o.result()).isEqualTo(Result.NO_SIGNIFICANT_CHANGE);
  }

  @Test
  void lancashireIsASignificantDecrease() throws IOException {
    // 10.0 -> 6.9 -> 5.8 -> 5.2 -> 5.3%: χ² ≈ 525.
    Outcome o = RecentTrend.proportions(northernSeries().get("E10000017"));
    assertThat(o.chi2()).isCloseTo(525.0, within(0.5));
    assertThat(o.result()).isEqualTo(Result.DECREASING);
    assertThat(o.judgement(Polarity.LOWER_IS_BETTER))
        .isEqualTo(RecentTrend.Judgement.GETTING_BETTER);
  }

  @Test
  void twentyThreeSignificantTrendsAmongTheFiftyFourNorthernSeries() throws IOException {
    // 50 LAs of the North East, North West and Yorkshire and the Humber, their 3 regions and
    // England: 23 significant trends (20 LAs, the North East, the North West and England).
    Map<String, List<Count>> series = northernSeries();
    assertThat(series).hasSize(54);
    int significant = 0;
    int laSignificant = 0;
    for (Map.Entry<String, List<Count>> e : series.entrySet()) {
      assertThat(e.getValue()).extracting(Count::period).containsExactlyElementsOf(YEARS);
      Result r = RecentTrend.proportions(e.getValue()).result();
      if (r == Result.INCREASING || r == Result.DECREASING) {
        significant++;
        if (!e.getKey().startsWith("E92") && !e.getKey().startsWith("E12")) {
          laSignificant++;
        }
      }
    }
    assertThat(significant).isEqualTo(23);
    assertThat(laSignificant).isEqualTo(20);
    assertThat(RecentTrend.proportions(series.get("E12000003")).result())
        .as("Yorkshire and the Humber: χ² 13.6 with inconsistent signs")
        .isEqualTo(Result.NO_SIGNIFICANT_CHANGE);
  }
}
