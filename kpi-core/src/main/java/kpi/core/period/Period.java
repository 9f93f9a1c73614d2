package kpi.core.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: an academic year (1 August to 31 July for apprenticeships, 1 September to 31
 * August for academic age), a single month or a calendar quarter. Immutable and thread-safe.
 */
public sealed interface Period extends Comparable<Period>
    permits Period.AcademicYear, Period.Month, Period.Quarter {

  /** The label users see and type: {@code 2016/17} or {@code 2017-01}. */
  String label();

  /** The period to compare with for direction of travel ("previous_period"). */
  Period previous();

  /** The same period one year earlier ("same_period_last_year"). */
  Period yearEarlier();

  /** The academic year this period falls in (a quarter: the year of its first month). */
  AcademicYear academicYear();

  /** The calendar months of a month or quarter; empty for an academic year. */
  default java.util.List<YearMonth> calendarMonths() {
    return java.util.List.of();
  }

  /** An academic year named by the calendar year it starts in: 2016 is 2016/17. */
  record AcademicYear(int startYear) implements Period {
    public AcademicYear {
      if (startYear < 1900 || startYear > 2999) {
        throw new IllegalArgumentException("academic year out of range: " + startYear);
      }
    }

    @Override
    public String label() {
      // readers label every row's year: concatenation, not String.format's parsing of a pattern
      int next = (startYear + 1) % 100;
      return startYear + (next < 10 ? "/0" : "/") + next;
    }

    @Override
    public AcademicYear previous() {
      return new AcademicYear(startYear - 1);
    }

    @Override
    public AcademicYear yearEarlier() {
      return previous();
    }

    @Override
    public AcademicYear academicYear() {
      return this;
    }

    /**
     * The snapshot month of this academic year with the given month number (9 = September ... 8 =
     * August).
     */
    public YearMonth month(int monthOfYear) {
      return YearMonth.of(monthOfYear >= 9 ? startYear : startYear + 1, monthOfYear);
    }

    /** 31 August before the year starts: the date academic age is taken on. */
    public LocalDate ageDate() {
      return LocalDate.of(startYear, 8, 31);
    }

    /** The academic year (1 September to 31 August) containing a date. */
    public static AcademicYear containing(LocalDate date) {
      return new AcademicYear(date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1);
    }

    /** The apprenticeship academic year (1 August to 31 July) containing a date. */
    public static AcademicYear fundingYearContaining(LocalDate date) {
      return new AcademicYear(date.getMonthValue() >= 8 ? date.getYear() : date.getYear() - 1);
    }

    @Override
    public String toString() {
      return label();
    }
  }

  /** One calendar month, for monthly snapshots. */
  record Month(YearMonth month) implements Period {
    public Month {
      if (month == null) {
        throw new IllegalArgumentException("month is required");
      }
    }

    @Override
    public String label() {
      return month.toString();
    }

    @Override
    public Month previous() {
      return new Month(month.minusMonths(1));
    }

    @Override
    public Month yearEarlier() {
      return new Month(month.minusYears(1));
    }

    @Override
    public AcademicYear academicYear() {
      return AcademicYear.containing(month.atDay(1));
    }

    @Override
    public java.util.List<YearMonth> calendarMonths() {
      return java.util.List.of(month);
    }

    @Override
    public String toString() {
      return label();
    }
  }

  /** A calendar quarter: Q1 is January-March. */
  record Quarter(int year, int quarter) implements Period {
    public Quarter {
      if (quarter < 1 || quarter > 4 || year < 1900 || year > 2999) {
        throw new IllegalArgumentException("not a quarter: " + year + "-Q" + quarter);
      }
    }

    /** The first month of the quarter. */
    public YearMonth firstMonth() {
      return YearMonth.of(year, quarter * 3 - 2);
    }

    /** The last month of the quarter. */
    public YearMonth lastMonth() {
      return YearMonth.of(year, quarter * 3);
    }

    @Override
    public String label() {
      return year + "-Q" + quarter;
    }

    @Override
    public Quarter previous() {
      return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
    }

    @Override
    public Quarter yearEarlier() {
      return new Quarter(year - 1, quarter);
    }

    @Override
    public AcademicYear academicYear() {
      return AcademicYear.containing(firstMonth().atDay(1));
    }

    @Override
    public java.util.List<YearMonth> calendarMonths() {
      return java.util.List.of(firstMonth(), firstMonth().plusMonths(1), lastMonth());
    }

    @Override
    public String toString() {
      return label();
    }
  }

  @Override
  default int compareTo(Period other) {
    int byYear = Integer.compare(academicYear().startYear(), other.academicYear().startYear());
    if (byYear != 0) {
      return byYear;
    }
    // Within one academic year the year itself sorts after its months.
    int byMonth = sortMonth(this).compareTo(sortMonth(other));
    if (byMonth != 0) {
      return byMonth;
    }
    // a quarter sorts after the month that ends it
    return Boolean.compare(this instanceof Quarter, other instanceof Quarter);
  }

  private static YearMonth sortMonth(Period p) {
    if (p instanceof Month m) {
      return m.month();
    }
    if (p instanceof Quarter q) {
      return q.lastMonth();
    }
    return YearMonth.of(9999, 12);
  }

  Pattern SLASH = Pattern.compile("(\\d{4})[/-](\\d{2})");
  Pattern LONG = Pattern.compile("(\\d{4})/(\\d{4})");
  Pattern QUARTER = Pattern.compile("(\\d{4})-?[Qq]([1-4])");
  Pattern SIX = Pattern.compile("(\\d{4})(\\d{2})");
  Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

  /**
   * Parses {@code 2016/17}, {@code 2016-17}, {@code 201617}, {@code 2016/2017} (academic years),
   * {@code 2017-01} (a month) or {@code 2017-Q1} (a calendar quarter). Empty when the text is none
   * of these.
   */
  static Optional<Period> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    Matcher q = QUARTER.matcher(t);
    if (q.matches()) {
      int year = Integer.parseInt(q.group(1));
      return year < 1900 || year > 2999
          ? Optional.empty()
          : Optional.of(new Quarter(year, Integer.parseInt(q.group(2))));
    }
    Matcher l = LONG.matcher(t);
    if (l.matches()) {
      int start = Integer.parseInt(l.group(1));
      return start >= 1900 && start <= 2998 && Integer.parseInt(l.group(2)) == start + 1
          ? Optional.of(new AcademicYear(start))
          : Optional.empty();
    }
    Matcher m = SLASH.matcher(t);
    if (!m.matches()) {
      m = SIX.matcher(t);
    }
    if (m.matches()) {
      int start = Integer.parseInt(m.group(1));
      int end = Integer.parseInt(m.group(2));
      if (start < 1900 || start > 2999) {
        return Optional.empty(); // outside AcademicYear's range: no period, not an exception
      }
      if ((start + 1) % 100 == end) {
        return Optional.of(new AcademicYear(start));
      }
      if (!t.contains("/") && end >= 1 && end <= 12 && t.contains("-")) {
        return Optional.of(new Month(YearMonth.of(start, end)));
      }
      return Optional.empty();
    }
    m = MONTH.matcher(t);
    if (m.matches()) {
      int month = Integer.parseInt(m.group(2));
      if (month >= 1 && month <= 12) {
        return Optional.of(new Month(YearMonth.of(Integer.parseInt(m.group(1)), month)));
      }
    }
    return Optional.empty();
  }

  /** An academic year written {@code 2016/17}, {@code 2016-17} or {@code 201617}. */
  static Optional<AcademicYear> parseAcademicYear(String text) {
    return parse(text).filter(AcademicYear.class::isInstance).map(AcademicYear.class::cast);
  }
}
