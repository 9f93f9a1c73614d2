package kpi.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrendTestTest {
  private static final List<String> FIVE = List.of("2012/13", "2013/14", "2014/15", "2015/16",
      "2016/17");

  @Test
  void studentTailMatchesPublishedTables() {
    // t = 2.776 is the two-sided 5% critical value for 4 degrees of freedom; 12.706 for 1.
    assertThat(TrendTest.twoSidedP(2.776445, 4)).isCloseTo(0.05, within(1e-5));
    assertThat(TrendTest.twoSidedP(12.7062, 1)).isCloseTo(0.05, within(1e-5));
    assertThat(TrendTest.twoSidedP(0, 3)).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void steadyFallIsSignificant() {
    // 5.45, 5.0, 4.4, 3.9, 3.2: slope by hand = sum((i-2)(y-mean)) / 10 = -0.555 a year.
    TrendTest.Result r = TrendTest.test(List.of(5.45, 5.0, 4.4, 3.9, 3.2), FIVE);
    assertThat(r.slope()).isCloseTo(-0.56, within(0.01));
    assertThat(r.verdict()).isEqualTo(TrendTest.Verdict.SIGNIFICANT_DECREASE);
    assertThat(r.pValue()).isLessThan(0.001);
  }

  @Test
  void noisyFlatSeriesIsNotSignificant() {
    TrendTest.Result r = TrendTest.test(List.of(3.0, 3.4, 2.9, 3.3, 3.1), FIVE);
    assertThat(r.verdict()).isEqualTo(TrendTest.Verdict.NO_SIGNIFICANT_CHANGE);
    assertThat(r.pValue()).isGreaterThan(0.05);
  }

  @Test
  void twoPointsAreNotATrend() {
    assertThat(TrendTest.test(List.of(1.0, 2.0), List.of("a", "b")).verdict())
        .isEqualTo(TrendTest.Verdict.NOT_ENOUGH_DATA);
  }

  @Test
  void perfectLineIsSignificantAndFlatLineIsNot() {
    assertThat(TrendTest.test(List.of(1.0, 2.0, 3.0), List.of("a", "b", "c")).verdict())
        .isEqualTo(TrendTest.Verdict.SIGNIFICANT_INCREASE);
    assertThat(TrendTest.test(List.of(2.0, 2.0, 2.0), List.of("a", "b", "c")).verdict())
        .isEqualTo(TrendTest.Verdict.NO_SIGNIFICANT_CHANGE);
  }
}
