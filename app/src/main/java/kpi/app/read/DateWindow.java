package kpi.app.read;

import java.time.LocalDate;

/**
 * The dates a drop can plausibly hold: none before 1950, none more than a year after the drop's
 * latest tracking snapshot (or, with no snapshot to go by, none after 2099). A date outside is a
 * typo ({@code 3014-08-02}, {@code 0001-01-01}) and rejects its row in every file kind, the same in
 * {@code validate} and in the computing commands, rather than stretching a series over a thousand
 * years or stopping a whole run.
 *
 * @param earliest the first plausible date
 * @param latest the last plausible date
 */
public record DateWindow(LocalDate earliest, LocalDate latest) {
  /** No young person tracked, apprentice or pupil in a drop was born or started before this. */
  public static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);

  /** The last date when the drop gives no snapshot to go by. */
  public static final LocalDate CEILING = LocalDate.of(2099, 12, 31);

  /** 1950 to 2099: for snapshots themselves, and drops without any. */
  public static DateWindow standard() {
    return new DateWindow(EARLIEST, CEILING);
  }

  /** 1950 to a year after the latest snapshot (null: no snapshot, the standard window). */
  public static DateWindow upTo(LocalDate latestSnapshot) {
    if (latestSnapshot == null) {
      return standard();
    }
    LocalDate last = latestSnapshot.plusYears(1);
    return new DateWindow(EARLIEST, last.isAfter(CEILING) ? CEILING : last);
  }

  /** Whether a year (of a period such as 2016/17, or a reference year) is plausible at all. */
  public static boolean plausibleYear(int year) {
    return year >= EARLIEST.getYear() && year <= CEILING.getYear();
  }

  /** The sentence for a year that is not plausible. */
  static String yearReason(String column, String value) {
    return column
        + " '"
        + value
        + "' is not between "
        + EARLIEST.getYear()
        + " and "
        + CEILING.getYear()
        + "; check the year";
  }

  public boolean contains(LocalDate d) {
    return !d.isBefore(earliest) && !d.isAfter(latest);
  }

  /** Why a date outside is refused, as the end of a sentence. */
  String reason(LocalDate d) {
    if (d.isBefore(earliest)) {
      return "is before " + earliest.getYear() + "; check the year";
    }
    return latest.equals(CEILING)
        ? "is after " + CEILING.getYear() + "; check the year"
        : "is more than a year after the drop's latest tracking snapshot (so after "
            + latest
            + "); check the year";
  }
}
