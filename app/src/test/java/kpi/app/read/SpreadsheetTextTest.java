package kpi.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A number cell's text: plain decimals, and the shortcut for whole numbers gives what the value
 * does, checked against {@code Long}'s reading of the same digits.
 */
class SpreadsheetTextTest {

  @Test
  void storedNumbersReadAsPlainDecimals() {
    // hand-worked: Excel stores 310 as "310", 12.5 as "12.5", 1E-3 as "1E-3", 0.1 as "0.1"
    assertThat(SpreadsheetText.number("310")).isEqualTo("310");
    assertThat(SpreadsheetText.number("-42")).isEqualTo("-42");
    assertThat(SpreadsheetText.number("0")).isEqualTo("0");
    assertThat(SpreadsheetText.number("310.0")).isEqualTo("310");
    assertThat(SpreadsheetText.number("12.5")).isEqualTo("12.5");
    assertThat(SpreadsheetText.number("1E-3")).isEqualTo("0.001");
    assertThat(SpreadsheetText.number("1.5E+3")).isEqualTo("1500");
    // not as Excel writes a whole number, so read through the value
    assertThat(SpreadsheetText.number("007")).isEqualTo("7");
    assertThat(SpreadsheetText.number("-0")).isEqualTo("0");
    assertThat(SpreadsheetText.number("+5")).isEqualTo("5");
    // 16 digits are beyond a double's exact whole numbers: 9007199254740993 reads as ...992
    assertThat(SpreadsheetText.number("9007199254740993")).isEqualTo("9007199254740992");
  }

  @Test
  void wholeNumbersOfUpTo15DigitsReadAsTheirDigits() {
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      long whole = random.nextLong() % 1_000_000_000_000_000L; // up to 15 digits and a sign
      String s = Long.toString(whole);
      assertThat(SpreadsheetText.number(s)).as(s).isEqualTo(s);
      String padded = whole < 0 ? "-0" + s.substring(1) : "0" + s;
      assertThat(SpreadsheetText.number(padded)).as(padded).isEqualTo(s);
    }
  }
}
