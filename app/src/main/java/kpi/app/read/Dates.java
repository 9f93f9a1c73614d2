package kpi.app.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date forms the data-format contract accepts: ISO {@code 2017-01-31} (a time part is
 * ignored), UK {@code 31/01/2017} (day first, always), and Excel serial numbers from
 * spreadsheets. A date that only makes sense month-first ({@code 01/31/2017}) is an error, not a
 * guess.
 */
public final class Dates {
  private static final Pattern ISO =
      Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ][0-9:.]+Z?)?");
  private static final Pattern UK = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
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
      return of(s, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
    }
    m = UK.matcher(s);
    if (m.matches()) {
      int day = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      if (month > 12 && day <= 12) {
        throw new IllegalArgumentException("'" + s + "' looks like month/day (US) order;"
            + " write dates day first (31/01/2017) or as ISO (2017-01-31)");
      }
      return of(s, Integer.parseInt(m.group(3)), month, day);
    }
    if (serialAllowed && SERIAL.matcher(s).matches()) {
      double serial = Double.parseDouble(s);
      if (serial >= 1 && serial < 2958466) {
        return org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(serial).toLocalDate();
      }
    }
    throw new IllegalArgumentException("'" + s + "' is not a date; use 2017-01-31 or 31/01/2017");
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
    return YearMonth.from(parse(s, serialAllowed));
  }

  private static LocalDate of(String text, int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + text + "' is not a real date");
    }
  }
}
