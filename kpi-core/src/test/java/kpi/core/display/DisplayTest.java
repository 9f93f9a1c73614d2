package kpi.core.display;

import static org.assertj.core.api.Assertions.assertThat;

import kpi.core.catalog.Unit;
import org.junit.jupiter.api.Test;

/** Half-up rounding on the decimal value, ties included, as every shown figure is rounded. */
class DisplayTest {
  @Test
  void tiesRoundUpOnTheDecimalValueNotTheBinaryOne() {
    // 2.25 and 0.125 are exact in binary; 1.005 is 1.00499999999999989... as a double, but its
    // shortest decimal text is 1.005, and that is what is rounded.
    assertThat(Display.value(2.25, Unit.PERCENT)).isEqualTo("2.3%");
    assertThat(Display.value(0.125, Unit.SCORE)).isEqualTo("0.13");
    assertThat(Display.value(1.005, Unit.SCORE)).isEqualTo("1.01");
    assertThat(Display.value(-2.25, Unit.PERCENT)).isEqualTo("-2.3%");
  }

  @Test
  void countsAreWholeAndGroupedRatesKeepOnePlace() {
    assertThat(Display.value(1234.5, Unit.COUNT)).isEqualTo("1,235");
    assertThat(Display.value(1234.25, Unit.RATE_PER_100K)).isEqualTo("1,234.3");
    assertThat(Display.value(null, Unit.COUNT)).isEmpty();
  }

  @Test
  void aNegativeValueThatRoundsToZeroShowsNoSign() {
    assertThat(Display.value(-0.04, Unit.PERCENT)).isEqualTo("0.0%");
    assertThat(Display.value(-0.4, Unit.COUNT)).isEqualTo("0");
    assertThat(Display.decimal(-0.001, 2)).isEqualTo("0.00");
  }

  @Test
  void symbolsAreBracketedLowerCase() {
    assertThat(Display.symbol("C")).isEqualTo("[c]");
    assertThat(Display.symbol(" [z] ")).isEqualTo("[z]");
    assertThat(Display.symbol(null)).isEqualTo("[x]");
    assertThat(Display.symbol(" ")).isEqualTo("[x]");
  }
}
