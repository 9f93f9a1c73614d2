package kpi.app.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates and numbers as Excel and case-management systems export them. */
class ExportedValuesTest {
  private static final LocalDate JAN31 = LocalDate.of(2017, 1, 31);

  @Test
  void exportedDateFormsAllMeanThe31stOfJanuary() {
    for (String s :
        List.of(
            "2017-01-31",
            "31/01/2017",
            "31/01/2017 00:00",
            "31/01/2017 13:45:10",
            "2017-01-31T00:00:00",
            "2017-01-31 00:00:00.000",
            "31-Jan-2017",
            "31 Jan 2017",
            "31 January 2017",
            "31-JAN-2017",
            "20170131",
            "31/01/17",
            "31.01.2017",
            "31-01-2017")) {
      assertThat(Dates.parse(s, false)).as(s).isEqualTo(JAN31);
    }
  }

  @Test
  void usOrderAndImpossibleDatesAreErrorsNotGuesses() {
    assertThatThrownBy(() -> Dates.parse("01/31/2017", false)).hasMessageContaining("US");
    assertThatThrownBy(() -> Dates.parse("31/02/2017", false)).hasMessageContaining("not a real");
    assertThatThrownBy(() -> Dates.parse("31-Foo-2017", false)).hasMessageContaining("month name");
    // Eight digits that are not a date are not read as one.
    assertThatThrownBy(() -> Dates.parse("20171341", false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void twoDigitYearsAreFlaggedForAWarning() {
    assertThat(Dates.twoDigitYear("31/01/17")).isTrue();
    assertThat(Dates.twoDigitYear("31-Jan-17")).isTrue();
    assertThat(Dates.twoDigitYear("31/01/2017")).isFalse();
    assertThat(Dates.parse("31-Jan-17", false)).isEqualTo(JAN31);
  }

  @Test
  void monthsFromNamesAndMappingPatterns() {
    assertThat(Dates.parseMonth("Jan 2017", false)).isEqualTo(YearMonth.of(2017, 1));
    assertThat(Dates.parseMonth("January-2017", false)).isEqualTo(YearMonth.of(2017, 1));
    assertThat(Dates.parseMonth("31-Jan-2017", false)).isEqualTo(YearMonth.of(2017, 1));
    assertThat(Dates.parse("2017/31/01", false, List.of(Dates.pattern("yyyy/dd/MM"))))
        .isEqualTo(JAN31);
  }

  @Test
  void numbersWithSeparatorsPercentAndDecimalCommas() {
    assertThat(Numbers.plain("1,234", false)).isEqualTo("1234");
    assertThat(Numbers.plain("1,234,567.5", false)).isEqualTo("1234567.5");
    assertThat(Numbers.plain("1 234", false)).isEqualTo("1234");
    assertThat(Numbers.plain("32.2%", false)).isEqualTo("32.2");
    assertThat(Numbers.plain("-0.5", false)).isEqualTo("-0.5");
    // In a decimal-point file "31,21" is neither a thousands group nor a number.
    assertThat(Numbers.plain("31,21", false)).isNull();
    assertThat(Numbers.hint("31,21", false)).contains("decimal comma?");
    assertThat(Numbers.plain("31,21", true)).isEqualTo("31.21");
    assertThat(Numbers.plain("-0,5", true)).isEqualTo("-0.5");
    assertThat(Numbers.plain("1.234,5", true)).isEqualTo("1234.5");
    assertThat(Numbers.plain("32,2%", true)).isEqualTo("32.2");
    assertThat(Numbers.plain("12abc", false)).isNull();
    assertThat(Numbers.plain("9".repeat(1_000_000), false)).isNull();
  }
}
