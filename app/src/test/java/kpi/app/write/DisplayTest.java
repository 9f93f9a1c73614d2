package kpi.app.write;

import static org.assertj.core.api.Assertions.assertThat;

import kpi.core.catalog.Unit;
import org.junit.jupiter.api.Test;

/**
 * Rounding for people, worked by hand: half-up on the decimal value the double prints as, so ties
 * go up (away from zero) where half-even or the double's binary expansion would go down.
 */
class DisplayTest {

  @Test
  void tiesRoundHalfUpOnTheDecimalValue() {
    // 12.25 -> 12.3 (half-even would give 12.2)
    assertThat(Display.value(12.25, Unit.PERCENT)).isEqualTo("12.3%");
    assertThat(Display.value(0.05, Unit.PERCENT)).isEqualTo("0.1%");
    // 2.675 is 2.67499999999999982236431605997495353221893310546875 as a binary double; shown
    // as 2.675, it rounds to 2.68
    assertThat(Display.value(2.675, Unit.SCORE)).isEqualTo("2.68");
    assertThat(Display.value(1.005, Unit.SCORE)).isEqualTo("1.01");
    // whole counts: 1,234.5 -> 1,235; 0.5 -> 1
    assertThat(Display.value(1234.5, Unit.COUNT)).isEqualTo("1,235");
    assertThat(Display.value(0.5, Unit.COUNT)).isEqualTo("1");
    assertThat(Display.value(1500.05, Unit.RATE_PER_100K)).isEqualTo("1,500.1");
  }

  @Test
  void negativeTiesGoAwayFromZeroAndNegativeZeroIsNotShown() {
    assertThat(Display.value(-2.5, Unit.COUNT)).isEqualTo("-3");
    assertThat(Display.value(-0.25, Unit.PERCENT)).isEqualTo("-0.3%");
    // -0.04 rounds to 0.0, shown without a minus sign
    assertThat(Display.value(-0.04, Unit.PERCENT)).isEqualTo("0.0%");
    assertThat(Display.decimal(-0.001, 2)).isEqualTo("0.00");
  }

  @Test
  void changesAreSignedAfterRounding() {
    assertThat(Display.change(0.05, Unit.PERCENT)).isEqualTo("+0.1 pp");
    // 0.04 rounds to 0.0: no sign
    assertThat(Display.change(0.04, Unit.PERCENT)).isEqualTo("0.0 pp");
    assertThat(Display.change(-1.25, Unit.SCORE)).isEqualTo("-1.25");
    assertThat(Display.change(1.005, Unit.SCORE)).isEqualTo("+1.01");
    assertThat(Display.change(440.0, Unit.COUNT)).isEqualTo("+440");
    assertThat(Display.change(-4000.0, Unit.COUNT)).isEqualTo("-4,000");
  }

  @Test
  void averagedCountsKeepOneDecimalOnlyWhenFractional() {
    // 7136/3 = 2378.666... -> 2,378.7
    assertThat(Display.count(7136 / 3.0)).isEqualTo("2,378.7");
    assertThat(Display.count(2379.0)).isEqualTo("2,379");
    // 20.04 -> 20.0 at one place, so shown whole
    assertThat(Display.count(20.04)).isEqualTo("20");
    assertThat(Display.count(null)).isEmpty();
    assertThat(Display.value(null, Unit.PERCENT)).isEmpty();
  }
}
