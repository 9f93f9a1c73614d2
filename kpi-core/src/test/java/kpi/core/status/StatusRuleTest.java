package kpi.core.status;

import static kpi.core.catalog.Polarity.HIGHER_IS_BETTER;
import static kpi.core.catalog.Polarity.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import kpi.core.catalog.Polarity;
import kpi.core.catalog.TargetRule;
import kpi.core.catalog.Tolerance;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The BRAG rules of spec/catalog.md: gap = v - threshold (higher is better) or threshold - v (lower
 * is better); EXCEEDING when gap >= exceed margin and gap > 0; ACHIEVING when gap >= 0; NEAR_TARGET
 * when -gap <= amber tolerance; otherwise REQUIRES_IMPROVEMENT.
 */
class StatusRuleTest {
  private static final Tolerance FIVE_PERCENT = Tolerance.relative(0.05);

  private static Status status(double value, double threshold, TargetRule rule) {
    return StatusRule.evaluate(
        value, threshold, rule, HIGHER_IS_BETTER, FIVE_PERCENT, FIVE_PERCENT);
  }

  @Nested
  class AtLeast {
    // threshold 70, relative 5%: exceed margin 3.5, amber tolerance 3.5

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
      "80,    EXCEEDING",
      "73.5,  EXCEEDING", // gap exactly the exceed margin
      "73.49, ACHIEVING",
      "70.01, ACHIEVING",
      "70,    ACHIEVING", // gap exactly 0
      "69.99, NEAR_TARGET",
      "66.5,  NEAR_TARGET", // -gap exactly the amber tolerance
      "66.49, REQUIRES_IMPROVEMENT",
      "0,     REQUIRES_IMPROVEMENT"
    })
    void boundaries(double value, Status expected) {
      assertThat(status(value, 70, TargetRule.AT_LEAST)).isEqualTo(expected);
    }
  }

  @Nested
  class AtMost {
    // threshold 5 (SEND NEET), lower is better, relative 5%: margins 0.25

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
      "1,    EXCEEDING",
      "4.75, EXCEEDING",
      "4.76, ACHIEVING",
      "5,    ACHIEVING",
      "5.01, NEAR_TARGET",
      "5.25, NEAR_TARGET",
      "5.26, REQUIRES_IMPROVEMENT"
    })
    void boundaries(double value, Status expected) {
      // the rule decides the direction whatever polarity the KPI states
      assertThat(
              StatusRule.evaluate(
                  value, 5.0, TargetRule.AT_MOST, HIGHER_IS_BETTER, FIVE_PERCENT, FIVE_PERCENT))
          .isEqualTo(expected);
      assertThat(
              StatusRule.evaluate(
                  value, 5.0, TargetRule.AT_MOST, LOWER_IS_BETTER, FIVE_PERCENT, FIVE_PERCENT))
          .isEqualTo(expected);
    }
  }

  @Nested
  class AbsoluteTolerances {
    // threshold 2.5 (NEET at most 2.5%), amber 0.5 points, exceed 0.3 points

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
      "2.2, EXCEEDING",
      "2.3, ACHIEVING",
      "2.5, ACHIEVING",
      "3.0, NEAR_TARGET",
      "3.1, REQUIRES_IMPROVEMENT"
    })
    void boundaries(double value, Status expected) {
      assertThat(
              StatusRule.evaluate(
                  value,
                  2.5,
                  TargetRule.AT_MOST,
                  LOWER_IS_BETTER,
                  Tolerance.absolute(0.5),
                  Tolerance.absolute(0.3)))
          .isEqualTo(expected);
    }

    @Test
    void zeroExceedMarginNeedsAPositiveGap() {
      Tolerance zero = Tolerance.absolute(0);
      assertThat(StatusRule.evaluate(95.0, 95.0, TargetRule.AT_LEAST, HIGHER_IS_BETTER, zero, zero))
          .isEqualTo(Status.ACHIEVING);
      assertThat(StatusRule.evaluate(95.1, 95.0, TargetRule.AT_LEAST, HIGHER_IS_BETTER, zero, zero))
          .isEqualTo(Status.EXCEEDING);
      assertThat(StatusRule.evaluate(94.9, 95.0, TargetRule.AT_LEAST, HIGHER_IS_BETTER, zero, zero))
          .isEqualTo(Status.REQUIRES_IMPROVEMENT);
    }

    @Test
    void boundariesHoldWhereBinaryFloatingPointWouldMissThem() {
      // 0.1 + 0.2 != 0.3 in doubles; decimal arithmetic keeps 0.3 - 0.1 at exactly 0.2
      assertThat(
              StatusRule.evaluate(
                  0.3,
                  0.1,
                  TargetRule.AT_LEAST,
                  HIGHER_IS_BETTER,
                  Tolerance.absolute(0.2),
                  Tolerance.absolute(0.2)))
          .isEqualTo(Status.EXCEEDING);
      assertThat(
              StatusRule.evaluate(
                  0.1,
                  0.3,
                  TargetRule.AT_LEAST,
                  HIGHER_IS_BETTER,
                  Tolerance.absolute(0.2),
                  Tolerance.absolute(0.2)))
          .isEqualTo(Status.NEAR_TARGET);
    }
  }

  @Nested
  class RelativeTolerances {

    @Test
    void relativeMarginsUseTheMagnitudeOfANegativeThreshold() {
      // Progress 8 above -0.2: margins 5% of |-0.2| = 0.01
      Status s =
          StatusRule.evaluate(
              -0.21, -0.2, TargetRule.AT_LEAST, HIGHER_IS_BETTER, FIVE_PERCENT, FIVE_PERCENT);
      assertThat(s).isEqualTo(Status.NEAR_TARGET); // -gap = 0.01 = tolerance
      assertThat(
              StatusRule.evaluate(
                  -0.22, -0.2, TargetRule.AT_LEAST, HIGHER_IS_BETTER, FIVE_PERCENT, FIVE_PERCENT))
          .isEqualTo(Status.REQUIRES_IMPROVEMENT);
    }

    @Test
    void exactlyTheRelativeExceedMarginIsExceeding() {
      // 5% of 0.2 is 0.01; in doubles 0.05 * 0.2 = 0.010000000000000002, which must not
      // push a gap of exactly 0.01 below the margin
      assertThat(
              StatusRule.evaluate(
                  0.21, 0.2, TargetRule.AT_LEAST, HIGHER_IS_BETTER, FIVE_PERCENT, FIVE_PERCENT))
          .isEqualTo(Status.EXCEEDING);
      // 5% of 12.3 is 0.615 (0.6150000000000001 in doubles)
      assertThat(
              StatusRule.evaluate(
                  12.915, 12.3, TargetRule.AT_LEAST, HIGHER_IS_BETTER, FIVE_PERCENT, FIVE_PERCENT))
          .isEqualTo(Status.EXCEEDING);
      assertThat(
              StatusRule.evaluate(
                  11.685, 12.3, TargetRule.AT_LEAST, HIGHER_IS_BETTER, FIVE_PERCENT, FIVE_PERCENT))
          .isEqualTo(Status.NEAR_TARGET);
    }

    @Test
    void exactlyTheRelativeAmberToleranceIsNearTarget() {
      // 5% of 0.7 is 0.035; in doubles 0.05 * 0.7 = 0.034999999999999996, which must not
      // turn a shortfall of exactly 0.035 red
      assertThat(
              StatusRule.evaluate(
                  0.665, 0.7, TargetRule.AT_LEAST, HIGHER_IS_BETTER, FIVE_PERCENT, FIVE_PERCENT))
          .isEqualTo(Status.NEAR_TARGET);
      assertThat(
              StatusRule.evaluate(
                  0.6649, 0.7, TargetRule.AT_LEAST, HIGHER_IS_BETTER, FIVE_PERCENT, FIVE_PERCENT))
          .isEqualTo(Status.REQUIRES_IMPROVEMENT);
      assertThat(Tolerance.relative(0.05).resolve(0.7)).isEqualTo(0.035);
    }
  }

  @Nested
  class StrictRules {

    @Test
    void aboveComparatorIsNotMetWhenEqual() {
      // threshold England 50; equal is not above, but within the amber tolerance
      assertThat(status(50, 50, TargetRule.ABOVE_COMPARATOR)).isEqualTo(Status.NEAR_TARGET);
      assertThat(status(50.01, 50, TargetRule.ABOVE_COMPARATOR)).isEqualTo(Status.ACHIEVING);
      assertThat(status(52.5, 50, TargetRule.ABOVE_COMPARATOR)).isEqualTo(Status.EXCEEDING);
      assertThat(status(47.5, 50, TargetRule.ABOVE_COMPARATOR)).isEqualTo(Status.NEAR_TARGET);
      assertThat(status(47.49, 50, TargetRule.ABOVE_COMPARATOR))
          .isEqualTo(Status.REQUIRES_IMPROVEMENT);
    }

    @Test
    void belowComparatorIsNotMetWhenEqual() {
      // unemployment below England 4.0 (lower is better): margins 0.2
      assertThat(
              StatusRule.evaluate(
                  4.0,
                  4.0,
                  TargetRule.BELOW_COMPARATOR,
                  HIGHER_IS_BETTER,
                  FIVE_PERCENT,
                  FIVE_PERCENT))
          .isEqualTo(Status.NEAR_TARGET);
      assertThat(
              StatusRule.evaluate(
                  3.9,
                  4.0,
                  TargetRule.BELOW_COMPARATOR,
                  LOWER_IS_BETTER,
                  FIVE_PERCENT,
                  FIVE_PERCENT))
          .isEqualTo(Status.ACHIEVING);
      assertThat(
              StatusRule.evaluate(
                  3.8,
                  4.0,
                  TargetRule.BELOW_COMPARATOR,
                  LOWER_IS_BETTER,
                  FIVE_PERCENT,
                  FIVE_PERCENT))
          .isEqualTo(Status.EXCEEDING);
      assertThat(
              StatusRule.evaluate(
                  4.3,
                  4.0,
                  TargetRule.BELOW_COMPARATOR,
                  LOWER_IS_BETTER,
                  FIVE_PERCENT,
                  FIVE_PERCENT))
          .isEqualTo(Status.REQUIRES_IMPROVEMENT);
    }

    @Test
    void improveFollowsTheKpiPolarityAndEqualIsNotMet() {
      // participation improve on 90 (higher is better): margins 4.5
      assertThat(improve(90, 90, HIGHER_IS_BETTER)).isEqualTo(Status.NEAR_TARGET);
      assertThat(improve(90.1, 90, HIGHER_IS_BETTER)).isEqualTo(Status.ACHIEVING);
      assertThat(improve(94.5, 90, HIGHER_IS_BETTER)).isEqualTo(Status.EXCEEDING);
      assertThat(improve(85.5, 90, HIGHER_IS_BETTER)).isEqualTo(Status.NEAR_TARGET);
      assertThat(improve(85.4, 90, HIGHER_IS_BETTER)).isEqualTo(Status.REQUIRES_IMPROVEMENT);
      // not known improve on 2.0 (lower is better): margins 0.1
      assertThat(improve(2.0, 2.0, LOWER_IS_BETTER)).isEqualTo(Status.NEAR_TARGET);
      assertThat(improve(1.95, 2.0, LOWER_IS_BETTER)).isEqualTo(Status.ACHIEVING);
      assertThat(improve(1.9, 2.0, LOWER_IS_BETTER)).isEqualTo(Status.EXCEEDING);
      assertThat(improve(2.1, 2.0, LOWER_IS_BETTER)).isEqualTo(Status.NEAR_TARGET);
      assertThat(improve(2.11, 2.0, LOWER_IS_BETTER)).isEqualTo(Status.REQUIRES_IMPROVEMENT);
    }

    private Status improve(double value, double baseline, Polarity polarity) {
      return StatusRule.evaluate(
          value, baseline, TargetRule.IMPROVE, polarity, FIVE_PERCENT, FIVE_PERCENT);
    }
  }

  @Nested
  class NoJudgement {

    @Test
    void noValueIsNoDataEvenWithoutATarget() {
      assertThat(
              StatusRule.evaluate(
                  null, 70.0, TargetRule.AT_LEAST, HIGHER_IS_BETTER, FIVE_PERCENT, FIVE_PERCENT))
          .isEqualTo(Status.NO_DATA);
      assertThat(
              StatusRule.evaluate(
                  null, null, TargetRule.NONE, HIGHER_IS_BETTER, FIVE_PERCENT, FIVE_PERCENT))
          .isEqualTo(Status.NO_DATA);
    }

    @Test
    void noTargetOrNoThresholdIsNoTarget() {
      assertThat(
              StatusRule.evaluate(
                  5.0, null, TargetRule.NONE, HIGHER_IS_BETTER, FIVE_PERCENT, FIVE_PERCENT))
          .isEqualTo(Status.NO_TARGET);
      assertThat(
              StatusRule.evaluate(
                  5.0, null, TargetRule.IMPROVE, HIGHER_IS_BETTER, FIVE_PERCENT, FIVE_PERCENT))
          .isEqualTo(Status.NO_TARGET);
    }
  }

  @Test
  void gapIsPositiveWhenBetterThanTheTarget() {
    assertThat(StatusRule.gap(72, 70, HIGHER_IS_BETTER)).isEqualByComparingTo("2");
    assertThat(StatusRule.gap(72, 70, LOWER_IS_BETTER)).isEqualByComparingTo("-2");
    assertThat(StatusRule.gap(0.3, 0.1, HIGHER_IS_BETTER))
        .isEqualByComparingTo(new BigDecimal("0.2"));
  }

  @Test
  void coloursFollowTheStatus() {
    assertThat(Status.EXCEEDING.rag()).isEqualTo(Rag.BLUE);
    assertThat(Status.ACHIEVING.rag()).isEqualTo(Rag.GREEN);
    assertThat(Status.NEAR_TARGET.rag()).isEqualTo(Rag.AMBER);
    assertThat(Status.REQUIRES_IMPROVEMENT.rag()).isEqualTo(Rag.RED);
    assertThat(Status.NO_TARGET.rag()).isEqualTo(Rag.GREY);
    assertThat(Status.NO_DATA.rag()).isEqualTo(Rag.GREY);
    assertThat(Status.NEAR_TARGET.words()).isEqualTo("near target");
  }
}
