package kpi.app.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date forms the data-format contract accepts: ISO {@code 2017-01-31}, UK {@code 31/01/2017}
 * (day first, always), a time after either ({@code 31/01/2017 00:00}, {@code 2017-01-31T00:00:00}),
 * month names ({@code 31-Jan-2017}, {@code 31 Jan 2017}), {@code 20170131}, two-digit years ({@code
 * 31/01/17}, read as 20yy; the caller warns), and Excel serial numbers from spreadsheets. A date
 * that only makes sense month-first ({@code 01/31/2017}) is an error, not a guess.
 */
public final class Dates {
  private static final Pattern ISO =
      Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ][0-9:.]+Z?)?");
  private static final String TIME =
      "(?:[ T]+\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:[AaPp][Mm])?)?";
  private static final Pattern UK =
      Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})" + TIME);
  private static final Pattern NAMED =
      Pattern.compile("(\\d{1,2})[-\\s]+([A-Za-z]{3,9})\\.?[-\\s,]+(\\d{4}|\\d{2})" + TIME);
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern MONTH_NAMED =
      Pattern.compile("([A-Za-z]{3,9})\\.?[-\\s]+(\\d{4}|\\d{2})");
  private static final java.util.Map<String, Integer> MONTHS = monthNames();
  private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(?:\\.\\d+)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

  private Dates() {}

  /**
   * Parses a date.
   *
   * @param serialAllowed whether a bare number is an Excel serial date (spreadsheets only)
   * @throws IllegalArgumentException with a sentence saying what is wrong
   */
  public static LocalDate parse(String text, boolean serialAllowed) {
    String s = text.strip();
    LocalDate fast = isoFast(s);
    if (fast != null) {
      return fast;
    }
    Matcher m = ISO.matcher(s);
    if (m.matches()) {
      return of(
          s,
          Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
    }
    m = UK.matcher(s);
    if (m.matches()) {
      int day = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(3));
      if (month > 12 && day <= 12) {
        throw new IllegalArgumentException(
            "'"
                + s
                + "' looks like month/day (US) order;"
                + " write dates day first (31/01/2017) or as ISO (2017-01-31)");
      }
      return of(s, year(m.group(4)), month, day);
    }
    m = NAMED.matcher(s);
    if (m.matches()) {
      Integer month = MONTHS.get(m.group(2).toLowerCase(java.util.Locale.ROOT));
      if (month == null) {
        throw new IllegalArgumentException(
            "'" + s + "' is not a date: '" + m.group(2) + "' is not an English month name");
      }
      return of(s, year(m.group(3)), month, Integer.parseInt(m.group(1)));
    }
    m = COMPACT.matcher(s);
    if (m.matches() && s.charAt(0) >= '1' && s.charAt(0) <= '2') {
      return of(
          s,
          Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
    }
    if (serialAllowed && SERIAL.matcher(s).matches()) {
      double serial = Double.parseDouble(s);
      if (serial >= 1 && serial < 2958466) {
        return org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(serial).toLocalDate();
      }
    }
    throw new IllegalArgumentException("'" + s + "' is not a date; use 2017-01-31 or 31/01/2017");
  }

  /** True for a date written with a two-digit year ({@code 31/01/17}), read as 20yy. */
  public static boolean twoDigitYear(String text) {
    String s = text.strip();
    if (s.length() > 2 && digit(s.charAt(0)) && digit(s.charAt(1)) && digit(s.charAt(2))) {
      return false; // ISO or compact: both forms below start with at most two digits
    }
    Matcher m = UK.matcher(s);
    if (m.matches()) {
      return m.group(4).length() == 2;
    }
    m = NAMED.matcher(s);
    return m.matches() && m.group(3).length() == 2;
  }

  /**
   * Parses with a mapping's patterns first ({@code DateTimeFormatter}, English month names), then
   * the built-in forms.
   */
  public static LocalDate parse(
      String text,
      boolean serialAllowed,
      java.util.List<java.time.format.DateTimeFormatter> patterns) {
    String s = text.strip();
    for (java.time.format.DateTimeFormatter f : patterns) {
      try {
        return f.parse(s, LocalDate::from);
      } catch (DateTimeException e) {
        // try the next pattern, then the built-in forms
      }
    }
    return parse(s, serialAllowed);
  }

  /** A mapping's date pattern, compiled; an invalid pattern is an IllegalArgumentException. */
  public static java.time.format.DateTimeFormatter pattern(String pattern) {
    return new java.time.format.DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(java.util.Locale.ENGLISH)
        .withResolverStyle(java.time.format.ResolverStyle.SMART);
  }

  private static int year(String digits) {
    int y = Integer.parseInt(digits);
    return digits.length() == 2 ? 2000 + y : y;
  }

  private static java.util.Map<String, Integer> monthNames() {
    java.util.Map<String, Integer> m = new java.util.HashMap<>();
    for (java.time.Month month : java.time.Month.values()) {
      String full =
          month
              .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
              .toLowerCase(java.util.Locale.ROOT);
      m.put(full, month.getValue());
      m.put(full.substring(0, 3), month.getValue());
    }
    m.put("sept", 9);
    return java.util.Map.copyOf(m);
  }

  /** {@code yyyy-mm-dd} without a regex (the common case in large extracts); null otherwise. */
  private static LocalDate isoFast(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int y = digits(s, 0, 4);
    int m = digits(s, 5, 7);
    int d = digits(s, 8, 10);
    if (y < 0 || m < 0 || d < 0) {
      return null;
    }
    return of(s, y, m, d);
  }

  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** A month as {@code 2017-01}, or any date within it. */
  public static YearMonth parseMonth(String text, boolean serialAllowed) {
    String s = text.strip();
    LocalDate fast = isoFast(s);
    if (fast != null) {
      return YearMonth.from(fast);
    }
    Matcher m = MONTH.matcher(s);
    if (m.matches()) {
      int month = Integer.parseInt(m.group(2));
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException("'" + s + "' is not a month; use 2017-01");
      }
      return YearMonth.of(Integer.parseInt(m.group(1)), month);
    }
    m = MONTH_NAMED.matcher(s);
    if (m.matches()) {
      Integer month = MONTHS.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
      if (month != null) {
        return YearMonth.of(year(m.group(2)), month);
      }
    }
    return YearMonth.from(parse(s, serialAllowed));
  }

  /** A month with a mapping's date patterns tried first. */
  public static YearMonth parseMonth(
      String text,
      boolean serialAllowed,
      java.util.List<java.time.format.DateTimeFormatter> patterns) {
    String s = text.strip();
    for (java.time.format.DateTimeFormatter f : patterns) {
      try {
        return YearMonth.from(f.parse(s, LocalDate::from));
      } catch (DateTimeException e) {
        // try the next pattern
      }
    }
    return parseMonth(s, serialAllowed);
  }

  private static LocalDate of(String text, int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + text + "' is not a real date");
    }
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }
}
