package kpi.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import kpi.core.catalog.Polarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Wilson and Byar intervals and the overlap rule, against the worked numbers of the methods. */
class IntervalsTest {

  @Test
  void wilsonAtZeroIsDefinedAndStartsAtZero() {
    // Worked: 0/25 -> [0, 13.3%] at 95%. By hand: z² = 3.8415, upper = 2z²/(2(25 + z²))
    // = 7.683/57.683 = 0.13319.
    Interval ci = Wilson.percent(0, 25, Level.P95);
    assertThat(ci.lower()).isEqualTo(0.0);
    assertThat(ci.upper()).isCloseTo(13.32, within(0.01));
  }

  @Test
  void wilsonOnKent2023NeetOrNotKnownAveragedCounts() {
    // DfE 2023: Kent 1978 NEET or not known of a Dec-Feb mean cohort of 34191.67 = 5.785%.
    Interval ci95 = Wilson.percent(1978, 34191.67, Level.P95);
    assertThat(ci95.lower()).isCloseTo(5.54, within(0.005));
    assertThat(ci95.upper()).isCloseTo(6.04, within(0.005));
    Interval ci998 = Wilson.percent(1978, 34191.67, Level.P99_8);
    assertThat(ci998.lower()).isCloseTo(5.41, within(0.005));
    assertThat(ci998.upper()).isCloseTo(6.19, within(0.005));
    // England's unrounded 64880 / 1236360 = 5.248% lies below both: worse, lower being better.
    double england = 100.0 * 64880 / 1236360;
    assertThat(Significance.compare(ci95, england, Polarity.LOWER_IS_BETTER))
        .isEqualTo(Significance.WORSE);
    assertThat(Significance.compare(ci998, england, Polarity.LOWER_IS_BETTER))
        .isEqualTo(Significance.WORSE);
    // The same gap read as a participation-like measure is better.
    assertThat(Significance.compare(ci95, england, Polarity.HIGHER_IS_BETTER))
        .isEqualTo(Significance.BETTER);
  }

  @Test
  void wilsonAtTheWholeDenominatorEndsAtOne() {
    Interval ci = Wilson.proportion(40, 40, Level.P95);
    assertThat(ci.upper()).isEqualTo(1.0);
    assertThat(ci.lower()).isCloseTo(0.912, within(0.001)); // 80/(2(40+3.8415)) = 0.9124
  }

  @Test
  void wilsonRejectsImpossibleProportions() {
    assertThatThrownBy(() -> Wilson.proportion(5, 0, Level.P95))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Wilson.proportion(6, 5, Level.P95))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "Byar 95% for {0}: {1}-{2}")
  @CsvSource({"720, 668.4, 774.6", "109, 89.5, 131.5", "20, 12.2, 30.9", "5, 1.6, 11.7"})
  void byarWorkedCounts(double x, double lower, double upper) {
    Interval ci = Byar.count(x, Level.P95);
    assertThat(ci.lower()).isCloseTo(lower, within(0.05));
    assertThat(ci.upper()).isCloseTo(upper, within(0.05));
  }

  @Test
  void byarRatePerHundredThousandScalesTheCountInterval() {
    // 20 starts in a population of 40,000: 50 per 100k, 95% interval 12.2-30.9 starts, so
    // 30.5-77.3 per 100k.
    Interval ci = Byar.rate(20, 40_000, 100_000, Level.P95);
    assertThat(ci.lower()).isCloseTo(30.5, within(0.1));
    assertThat(ci.upper()).isCloseTo(77.3, within(0.1));
    assertThat(Byar.count(0, Level.P95).lower()).isEqualTo(0.0);
    // Upper limit for 0 by hand: (1 - 1/9 + 1.96/3)³ = 1.54222³ = 3.668 (the exact Poisson
    // limit is 3.689; Byar's approximation is poorer below 10).
    assertThat(Byar.count(0, Level.P95).upper()).isCloseTo(3.668, within(0.001));
  }

  @Test
  void overlapRuleIncludesTheLimitsAndNeedsBothSides() {
    Interval ci = new Interval("wilson", Level.P95, 4.0, 6.0);
    assertThat(Significance.compare(ci, 4.0, Polarity.LOWER_IS_BETTER))
        .isEqualTo(Significance.SIMILAR);
    assertThat(Significance.compare(ci, 6.0, Polarity.LOWER_IS_BETTER))
        .isEqualTo(Significance.SIMILAR);
    assertThat(Significance.compare(ci, 6.01, Polarity.LOWER_IS_BETTER))
        .isEqualTo(Significance.BETTER);
    assertThat(Significance.compare(ci, 3.99, Polarity.LOWER_IS_BETTER))
        .isEqualTo(Significance.WORSE);
    assertThat(Significance.compare(ci, null, Polarity.LOWER_IS_BETTER))
        .isEqualTo(Significance.NOT_COMPARED);
    assertThat(Significance.compare(null, 5.0, Polarity.LOWER_IS_BETTER))
        .isEqualTo(Significance.NOT_COMPARED);
  }
}
