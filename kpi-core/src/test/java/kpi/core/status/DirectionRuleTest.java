package kpi.core.status;

import static kpi.core.catalog.Polarity.HIGHER_IS_BETTER;
import static kpi.core.catalog.Polarity.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import kpi.core.catalog.NoChangeBand;
import kpi.core.catalog.Polarity;
import kpi.core.catalog.Tolerance;
import kpi.core.catalog.Unit;
import kpi.core.status.DirectionRule.Travel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Direction of travel (spec/catalog.md): |delta| < band is NO_CHANGE (DfE's current wording: a
 * change of at least the band is a change; {@code inclusive} keeps the older |delta| <= band);
 * better by at least the band is IMPROVING; otherwise WORSENING; no previous value is
 * NOT_COMPARABLE. The band is 0.5 percentage points for percent units and 1% of |previous| for
 * other units by default.
 */
class DirectionRuleTest {
  private static final NoChangeBand STANDARD = NoChangeBand.standard();

  private static Direction direction(double value, double previous, Unit unit, Polarity polarity) {
    return DirectionRule.evaluate(value, previous, unit, polarity, STANDARD).direction();
  }

  @ParameterizedTest(name = "{0} after {1}: higher {2}, lower {3}")
  @CsvSource({
    "3.0,  2.5, IMPROVING,  WORSENING", // exactly +0.5 points: a change
    "2.0,  2.5, WORSENING,  IMPROVING", // exactly -0.5 points: a change
    "2.99, 2.5, NO_CHANGE,  NO_CHANGE", // +0.49: within the band
    "3.01, 2.5, IMPROVING,  WORSENING",
    "1.99, 2.5, WORSENING,  IMPROVING",
    "2.5,  2.5, NO_CHANGE,  NO_CHANGE",
    "1.1,  0.6, IMPROVING,  WORSENING", // exactly 0.5 (0.5000000000000001 in doubles)
    "1.0,  0.6, NO_CHANGE,  NO_CHANGE", // 0.4 (0.30000000000000004-style noise cannot tip it)
    "0.9,  0.4, IMPROVING,  WORSENING", // exactly 0.5 (0.9 - 0.4 = 0.5 in doubles too)
    "0.8,  0.3, IMPROVING,  WORSENING", // exactly 0.5 (0.8 - 0.3 = 0.5000000000000001)
    "0.7,  0.2, IMPROVING,  WORSENING", // exactly 0.5 (0.7 - 0.2 = 0.49999999999999994)
    "90.3, 91.5, WORSENING, IMPROVING"
  })
  void percentUnitsUseAnAbsoluteBandInPoints(
      double value, double previous, Direction higher, Direction lower) {
    assertThat(direction(value, previous, Unit.PERCENT, HIGHER_IS_BETTER)).isEqualTo(higher);
    assertThat(direction(value, previous, Unit.PERCENT, LOWER_IS_BETTER)).isEqualTo(lower);
  }

  @ParameterizedTest(name = "{0} after {1}: {2}")
  @CsvSource({
    "3333, 3300, IMPROVING", // +33 = 1% of 3300: a change
    "3267, 3300, WORSENING", // -33
    "3332, 3300, NO_CHANGE", // +32
    "3268, 3300, NO_CHANGE", // -32
    "3334, 3300, IMPROVING",
    "3266, 3300, WORSENING",
    "706,  700,  NO_CHANGE", // 1% of 700 = 7
    "707,  700,  IMPROVING"
  })
  void otherUnitsUseABandRelativeToThePreviousValue(double value, double previous, Direction d) {
    assertThat(direction(value, previous, Unit.COUNT, HIGHER_IS_BETTER)).isEqualTo(d);
  }

  @Test
  void aRelativeBandUsesTheMagnitudeOfANegativePreviousValue() {
    // Progress 8: previous -0.5, band 1% of 0.5 = 0.005
    assertThat(direction(-0.496, -0.5, Unit.SCORE, HIGHER_IS_BETTER))
        .isEqualTo(Direction.NO_CHANGE);
    assertThat(direction(-0.495, -0.5, Unit.SCORE, HIGHER_IS_BETTER))
        .isEqualTo(Direction.IMPROVING);
    assertThat(direction(-0.49, -0.5, Unit.SCORE, HIGHER_IS_BETTER)).isEqualTo(Direction.IMPROVING);
    assertThat(direction(-0.51, -0.5, Unit.SCORE, HIGHER_IS_BETTER)).isEqualTo(Direction.WORSENING);
  }

  @Test
  void aRelativeBandOnADecimalScoreIsExact() {
    // 0.7 -> 0.707: +0.007 = exactly 1% of 0.7 (0.006999999999999999 in doubles): a change
    assertThat(direction(0.707, 0.7, Unit.SCORE, HIGHER_IS_BETTER)).isEqualTo(Direction.IMPROVING);
    assertThat(direction(0.7069, 0.7, Unit.SCORE, HIGHER_IS_BETTER)).isEqualTo(Direction.NO_CHANGE);
    assertThat(DirectionRule.evaluate(0.707, 0.7, Unit.SCORE, HIGHER_IS_BETTER, STANDARD).band())
        .isEqualTo(0.007);
    // 12.3 -> 12.423: +0.123 = exactly 1% of 12.3 (0.12300000000000001 in doubles)
    assertThat(direction(12.423, 12.3, Unit.SCORE, HIGHER_IS_BETTER))
        .isEqualTo(Direction.IMPROVING);
    assertThat(direction(12.4229, 12.3, Unit.SCORE, HIGHER_IS_BETTER))
        .isEqualTo(Direction.NO_CHANGE);
    assertThat(direction(12.4231, 12.3, Unit.SCORE, HIGHER_IS_BETTER))
        .isEqualTo(Direction.IMPROVING);
  }

  @ParameterizedTest(name = "inclusive: {0} after {1}: {2}")
  @CsvSource({
    "3.0,  2.5, NO_CHANGE", // exactly +0.5: the older wording calls it no change
    "2.0,  2.5, NO_CHANGE",
    "0.7,  0.2, NO_CHANGE", // exactly 0.5 in decimal
    "3.01, 2.5, IMPROVING"
  })
  void theOlderInclusiveWordingIsConfigurable(double value, double previous, Direction d) {
    NoChangeBand inclusive = new NoChangeBand(0.5, 0.01, null, true);
    assertThat(
            DirectionRule.evaluate(value, previous, Unit.PERCENT, HIGHER_IS_BETTER, inclusive)
                .direction())
        .isEqualTo(d);
    // a KPI's own band keeps the catalog's boundary
    assertThat(inclusive.withOverride(Tolerance.absolute(0.5)).inclusive()).isTrue();
  }

  @Test
  void aZeroPreviousValueGivesAZeroRelativeBand() {
    // no change at all is no change even when the band is 0
    assertThat(direction(0, 0, Unit.COUNT, HIGHER_IS_BETTER)).isEqualTo(Direction.NO_CHANGE);
    assertThat(direction(1, 0, Unit.COUNT, HIGHER_IS_BETTER)).isEqualTo(Direction.IMPROVING);
  }

  @Test
  void noPreviousOrNoValueIsNotComparable() {
    Travel t = DirectionRule.evaluate(5.0, null, Unit.PERCENT, LOWER_IS_BETTER, STANDARD);
    assertThat(t.direction()).isEqualTo(Direction.NOT_COMPARABLE);
    assertThat(t.change()).isNull();
    assertThat(t.band()).isNull();
    assertThat(
            DirectionRule.evaluate(null, 5.0, Unit.PERCENT, LOWER_IS_BETTER, STANDARD).direction())
        .isEqualTo(Direction.NOT_COMPARABLE);
  }

  @Test
  void reportsTheChangeAndTheBand() {
    Travel t = DirectionRule.evaluate(5.8, 5.1, Unit.PERCENT, LOWER_IS_BETTER, STANDARD);
    assertThat(t.change()).isCloseTo(0.7, within(1e-12));
    assertThat(t.band()).isEqualTo(0.5);
    assertThat(t.direction()).isEqualTo(Direction.WORSENING);
    Travel c = DirectionRule.evaluate(3400.0, 3300.0, Unit.COUNT, HIGHER_IS_BETTER, STANDARD);
    assertThat(c.change()).isEqualTo(100.0);
    assertThat(c.band()).isEqualTo(33.0);
    assertThat(c.direction()).isEqualTo(Direction.IMPROVING);
  }

  @Test
  void catalogDefaultsChangeBothBands() {
    NoChangeBand wide = new NoChangeBand(1.0, 0.05, null);
    assertThat(DirectionRule.evaluate(3.4, 2.5, Unit.PERCENT, HIGHER_IS_BETTER, wide).direction())
        .isEqualTo(Direction.NO_CHANGE); // +0.9 < 1.0
    assertThat(DirectionRule.evaluate(3.5, 2.5, Unit.PERCENT, HIGHER_IS_BETTER, wide).direction())
        .isEqualTo(Direction.IMPROVING); // +1.0, the band itself
    assertThat(
            DirectionRule.evaluate(3464.0, 3300.0, Unit.COUNT, HIGHER_IS_BETTER, wide).direction())
        .isEqualTo(Direction.NO_CHANGE); // +164 < 5% of 3300 = 165
    assertThat(
            DirectionRule.evaluate(3465.0, 3300.0, Unit.COUNT, HIGHER_IS_BETTER, wide).direction())
        .isEqualTo(Direction.IMPROVING); // +165 = 5%
  }

  @Test
  void aKpisOwnBandOverridesTheDefaultsForAnyUnit() {
    NoChangeBand absolute = STANDARD.withOverride(Tolerance.absolute(50));
    assertThat(
            DirectionRule.evaluate(3350.0, 3300.0, Unit.COUNT, HIGHER_IS_BETTER, absolute).band())
        .isEqualTo(50.0);
    assertThat(
            DirectionRule.evaluate(3349.0, 3300.0, Unit.COUNT, HIGHER_IS_BETTER, absolute)
                .direction())
        .isEqualTo(Direction.NO_CHANGE);
    assertThat(
            DirectionRule.evaluate(3350.0, 3300.0, Unit.COUNT, HIGHER_IS_BETTER, absolute)
                .direction())
        .isEqualTo(Direction.IMPROVING);
    NoChangeBand relative = STANDARD.withOverride(Tolerance.relative(0.1));
    // a percent KPI with a relative band: 10% of 4.0 = 0.4
    assertThat(
            DirectionRule.evaluate(4.39, 4.0, Unit.PERCENT, LOWER_IS_BETTER, relative).direction())
        .isEqualTo(Direction.NO_CHANGE);
    assertThat(
            DirectionRule.evaluate(4.4, 4.0, Unit.PERCENT, LOWER_IS_BETTER, relative).direction())
        .isEqualTo(Direction.WORSENING);
    assertThat(
            DirectionRule.evaluate(4.41, 4.0, Unit.PERCENT, LOWER_IS_BETTER, relative).direction())
        .isEqualTo(Direction.WORSENING);
  }

  @Test
  void arrows() {
    assertThat(Direction.IMPROVING.arrow()).isEqualTo("\u25B2");
    assertThat(Direction.NO_CHANGE.arrow()).isEqualTo("\u25BA");
    assertThat(Direction.WORSENING.arrow()).isEqualTo("\u25BC");
    assertThat(Direction.NOT_COMPARABLE.words()).isEqualTo("not comparable");
  }
}
