package kpi.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import kpi.core.period.Period.AcademicYear;
import kpi.core.period.Period.Month;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

  @Nested
  class Parsing {

    @ParameterizedTest
    @ValueSource(strings = {"2016/17", "2016-17", "201617", " 2016/17 ", "\t201617\n"})
    void readsEveryWrittenFormOfAnAcademicYear(String text) {
      assertThat(Period.parse(text)).contains(new AcademicYear(2016));
      assertThat(Period.parseAcademicYear(text)).contains(new AcademicYear(2016));
    }

    @Test
    void readsAcademicYearsAcrossACenturyBoundary() {
      assertThat(Period.parse("1999/00")).contains(new AcademicYear(1999));
      assertThat(Period.parse("199900")).contains(new AcademicYear(1999));
      assertThat(Period.parse("2099-00")).contains(new AcademicYear(2099));
    }

    @Test
    void readsAnAcademicYearWithBothYearsInFull() {
      assertThat(Period.parse("2016/2017")).contains(new AcademicYear(2016));
      assertThat(Period.parse("1999/2000")).contains(new AcademicYear(1999));
    }

    @Test
    void readsACalendarQuarter() {
      assertThat(Period.parse("2017-Q1")).contains(new Period.Quarter(2017, 1));
      assertThat(Period.parse("2017Q4")).contains(new Period.Quarter(2017, 4));
      assertThat(Period.parse("2017-q2")).contains(new Period.Quarter(2017, 2));
      Period.Quarter q1 = new Period.Quarter(2017, 1);
      // January-March 2017, in the academic year 2016/17
      assertThat(q1.calendarMonths())
          .containsExactly(YearMonth.of(2017, 1), YearMonth.of(2017, 2), YearMonth.of(2017, 3));
      assertThat(q1.academicYear()).isEqualTo(new AcademicYear(2016));
      assertThat(q1.previous()).isEqualTo(new Period.Quarter(2016, 4));
      assertThat(q1.yearEarlier()).isEqualTo(new Period.Quarter(2016, 1));
      assertThat(q1.label()).isEqualTo("2017-Q1");
      // October-December 2016 falls in 2016/17 too
      assertThat(new Period.Quarter(2016, 4).academicYear()).isEqualTo(new AcademicYear(2016));
      assertThat(Period.parseAcademicYear("2017-Q1")).isEmpty();
    }

    @Test
    void readsAMonth() {
      assertThat(Period.parse("2017-01")).contains(new Month(YearMonth.of(2017, 1)));
      assertThat(Period.parse("2017-12")).contains(new Month(YearMonth.of(2017, 12)));
      assertThat(Period.parse("2017-3")).contains(new Month(YearMonth.of(2017, 3)));
    }

    @Test
    void aMonthIsNotAnAcademicYear() {
      assertThat(Period.parseAcademicYear("2017-01")).isEmpty();
    }

    /**
     * "2011-12" could be December 2011 or the academic year 2011/12. The academic year wins (this
     * is the only reading of "2011/12" and "201112"), so December 2011 can only be written with a
     * date elsewhere. Pinned here so that a change is deliberate.
     */
    @Test
    void anAmbiguousYearDashMonthIsReadAsTheAcademicYear() {
      assertThat(Period.parse("2011-12")).contains(new AcademicYear(2011));
      assertThat(Period.parse("2000-01")).contains(new AcademicYear(2000));
      // one year later the month reading is the only one
      assertThat(Period.parse("2012-12")).contains(new Month(YearMonth.of(2012, 12)));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "2016/18", // not consecutive years
          "2016-18",
          "201618",
          "2016/16",
          "2017-13", // no month 13
          "2017-00",
          "2017/01", // a slash never writes a month
          "201701", // six digits are an academic year only
          "2016/2018", // four-digit years must be consecutive
          "2016-2017", // the long form takes a slash only
          "2017-Q5", // no fifth quarter
          "2017-Q0",
          "16/17",
          "2016",
          "abcd/ef",
          "2016/17/18",
          "2017-01-31",
          "0999/00", // outside the supported range: empty, never an exception
          "0000-01",
          "3000/01"
        })
    void rejectsTextThatIsNoPeriod(String text) {
      assertThat(Period.parse(text)).isEmpty();
      assertThat(Period.parseAcademicYear(text)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsNothing(String text) {
      assertThat(Period.parse(text)).isEmpty();
    }

    @Test
    void labelsRoundTrip() {
      for (String label :
          List.of("2016/17", "1999/00", "2009/10", "2017-01", "2017-12", "2017-Q1", "2016-Q4")) {
        assertThat(Period.parse(label)).get().extracting(Period::label).isEqualTo(label);
      }
    }
  }

  @Nested
  class AcademicYears {

    @Test
    void isLabelledByItsStartAndEndYear() {
      assertThat(new AcademicYear(2016).label()).isEqualTo("2016/17");
      assertThat(new AcademicYear(2009).label()).isEqualTo("2009/10");
      assertThat(new AcademicYear(1999).label()).isEqualTo("1999/00");
      assertThat(new AcademicYear(2000).label()).isEqualTo("2000/01");
      assertThat(new AcademicYear(2016)).hasToString("2016/17");
    }

    @Test
    void rejectsYearsOutOfRange() {
      assertThatThrownBy(() -> new AcademicYear(1899))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("1899");
      assertThatThrownBy(() -> new AcademicYear(3000)).isInstanceOf(IllegalArgumentException.class);
      assertThat(new AcademicYear(1900).startYear()).isEqualTo(1900);
      assertThat(new AcademicYear(2999).startYear()).isEqualTo(2999);
    }

    @Test
    void previousAndYearEarlierAreTheYearBefore() {
      AcademicYear y = new AcademicYear(2016);
      assertThat(y.previous()).isEqualTo(new AcademicYear(2015));
      assertThat(y.yearEarlier()).isEqualTo(new AcademicYear(2015));
      assertThat(y.academicYear()).isSameAs(y);
    }

    @Test
    void monthsSeptemberToDecemberAreInTheStartYearAndTheRestInTheNext() {
      AcademicYear y = new AcademicYear(2016);
      assertThat(y.month(9)).isEqualTo(YearMonth.of(2016, 9));
      assertThat(y.month(12)).isEqualTo(YearMonth.of(2016, 12));
      assertThat(y.month(1)).isEqualTo(YearMonth.of(2017, 1));
      assertThat(y.month(2)).isEqualTo(YearMonth.of(2017, 2));
      assertThat(y.month(3)).isEqualTo(YearMonth.of(2017, 3));
      assertThat(y.month(8)).isEqualTo(YearMonth.of(2017, 8));
    }

    @Test
    void ageIsTakenOnThe31stOfAugustBeforeTheYearStarts() {
      assertThat(new AcademicYear(2016).ageDate()).isEqualTo(LocalDate.of(2016, 8, 31));
    }

    /** Academic age years run 1 September - 31 August; 31 July and 1 August are in one year. */
    @Test
    void containingRunsFromSeptemberToAugust() {
      assertThat(AcademicYear.containing(LocalDate.of(2016, 8, 31)))
          .isEqualTo(new AcademicYear(2015));
      assertThat(AcademicYear.containing(LocalDate.of(2016, 9, 1)))
          .isEqualTo(new AcademicYear(2016));
      assertThat(AcademicYear.containing(LocalDate.of(2016, 12, 31)))
          .isEqualTo(new AcademicYear(2016));
      assertThat(AcademicYear.containing(LocalDate.of(2017, 1, 1)))
          .isEqualTo(new AcademicYear(2016));
      assertThat(AcademicYear.containing(LocalDate.of(2017, 7, 31)))
          .isEqualTo(new AcademicYear(2016));
      assertThat(AcademicYear.containing(LocalDate.of(2017, 8, 1)))
          .isEqualTo(new AcademicYear(2016));
      assertThat(AcademicYear.containing(LocalDate.of(2017, 8, 31)))
          .isEqualTo(new AcademicYear(2016));
      assertThat(AcademicYear.containing(LocalDate.of(2017, 9, 1)))
          .isEqualTo(new AcademicYear(2017));
    }

    /** Apprenticeship (funding) years run 1 August - 31 July. */
    @Test
    void fundingYearRunsFromAugustToJuly() {
      assertThat(AcademicYear.fundingYearContaining(LocalDate.of(2016, 7, 31)))
          .isEqualTo(new AcademicYear(2015));
      assertThat(AcademicYear.fundingYearContaining(LocalDate.of(2016, 8, 1)))
          .isEqualTo(new AcademicYear(2016));
      assertThat(AcademicYear.fundingYearContaining(LocalDate.of(2017, 1, 15)))
          .isEqualTo(new AcademicYear(2016));
      assertThat(AcademicYear.fundingYearContaining(LocalDate.of(2017, 7, 31)))
          .isEqualTo(new AcademicYear(2016));
      assertThat(AcademicYear.fundingYearContaining(LocalDate.of(2017, 8, 1)))
          .isEqualTo(new AcademicYear(2017));
    }
  }

  @Nested
  class Months {

    @Test
    void previousIsTheMonthBeforeAndYearEarlierTheSameMonthLastYear() {
      Month jan = new Month(YearMonth.of(2017, 1));
      assertThat(jan.previous()).isEqualTo(new Month(YearMonth.of(2016, 12)));
      assertThat(jan.yearEarlier()).isEqualTo(new Month(YearMonth.of(2016, 1)));
      assertThat(jan.label()).isEqualTo("2017-01");
      assertThat(jan).hasToString("2017-01");
    }

    @Test
    void belongsToTheSeptemberToAugustAcademicYear() {
      assertThat(new Month(YearMonth.of(2016, 9)).academicYear()).isEqualTo(new AcademicYear(2016));
      assertThat(new Month(YearMonth.of(2017, 1)).academicYear()).isEqualTo(new AcademicYear(2016));
      assertThat(new Month(YearMonth.of(2017, 8)).academicYear()).isEqualTo(new AcademicYear(2016));
      assertThat(new Month(YearMonth.of(2016, 8)).academicYear()).isEqualTo(new AcademicYear(2015));
    }

    @Test
    void needsAMonth() {
      assertThatThrownBy(() -> new Month(null)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Ordering {

    @Test
    void academicYearsSortByStartYear() {
      assertThat(new AcademicYear(2015)).isLessThan(new AcademicYear(2016));
      assertThat(new AcademicYear(2016).compareTo(new AcademicYear(2016))).isZero();
    }

    @Test
    void monthsSortChronologicallyAndAYearSortsAfterItsOwnMonths() {
      AcademicYear y2015 = new AcademicYear(2015);
      AcademicYear y2016 = new AcademicYear(2016);
      Month aug2016 = new Month(YearMonth.of(2016, 8)); // last month of 2015/16
      Month sep2016 = new Month(YearMonth.of(2016, 9)); // first month of 2016/17
      Month jan2017 = new Month(YearMonth.of(2017, 1));
      Month aug2017 = new Month(YearMonth.of(2017, 8));
      Month sep2017 = new Month(YearMonth.of(2017, 9));

      List<Period> shuffled =
          new ArrayList<>(List.of(sep2017, y2016, jan2017, y2015, aug2017, sep2016, aug2016));
      shuffled.sort(null);

      assertThat(shuffled)
          .containsExactly(aug2016, y2015, sep2016, jan2017, aug2017, y2016, sep2017);
    }

    @Test
    void comparisonIsAntisymmetric() {
      Period a = new Month(YearMonth.of(2017, 1));
      Period b = new AcademicYear(2016);
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      assertThat(a.compareTo(b)).isNegative();
    }
  }
}
