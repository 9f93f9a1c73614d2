package kpi.core.comparator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kpi.core.period.Period;

/**
 * The period of a published figure, normalised so files and KPIs can be matched: an academic year
 * ({@code 201617}, {@code 2016/17}), a single year ({@code 2017}: calendar, financial or reporting
 * year as the file says), a month or a quarter.
 */
public final class PeriodKey {
  private static final Pattern ACADEMIC = Pattern.compile("(\\d{4})[/-]?(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?Q([1-4])");

  private PeriodKey() {}

  /** The key of a period label as a file writes it, empty when it is not a period. */
  public static Optional<String> of(String label) {
    String s = label == null ? "" : label.strip().toUpperCase(Locale.ROOT);
    Matcher m = QUARTER.matcher(s);
    if (m.matches()) {
      return Optional.of("Q" + m.group(1) + "-" + m.group(2));
    }
    m = MONTH.matcher(s);
    if (m.matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
      return Optional.of("M" + m.group(1) + "-" + m.group(2));
    }
    m = ACADEMIC.matcher(s);
    if (m.matches()) {
      int start = Integer.parseInt(m.group(1));
      if ((start + 1) % 100 == Integer.parseInt(m.group(2))) {
        return Optional.of("AY" + start);
      }
    }
    if (YEAR.matcher(s).matches()) {
      return Optional.of("Y" + s);
    }
    return Optional.empty();
  }

  /**
   * The keys a KPI period may match, best first. NEET figures are labelled by the calendar year of
   * their January (2023 = December 2022-February 2023 = academic year 2022/23); everything else by
   * academic year, with the single year that ends it as a fallback.
   */
  public static List<String> candidates(Period period, boolean neetFamily, int offset) {
    List<String> out = new ArrayList<>();
    if (period instanceof Period.Month m) {
      java.time.YearMonth ym = m.month().plusYears(offset);
      out.add(String.format(Locale.ROOT, "M%d-%02d", ym.getYear(), ym.getMonthValue()));
      int start = ym.getMonthValue() >= 9 ? ym.getYear() : ym.getYear() - 1;
      addYear(out, start, neetFamily);
    } else if (period instanceof Period.Quarter q) {
      out.add("Q" + (q.year() + offset) + "-" + q.quarter());
      addYear(out, q.academicYear().startYear() + offset, neetFamily);
    } else if (period instanceof Period.AcademicYear y) {
      addYear(out, y.startYear() + offset, neetFamily);
    }
    return out;
  }

  private static void addYear(List<String> out, int start, boolean neetFamily) {
    if (neetFamily) {
      out.add("Y" + (start + 1));
      out.add("AY" + start);
    } else {
      out.add("AY" + start);
      out.add("Y" + (start + 1));
    }
  }
}
