package kpi.core.neet;

import java.time.LocalDate;
import java.time.YearMonth;
import kpi.core.period.Period.AcademicYear;

/**
 * Academic age: age on 31 August at the start of the academic year (1 September - 31 August) that
 * contains the snapshot. A young person born on 31 August is the oldest in their year group; one
 * born on 1 September the youngest of the next.
 */
public final class AcademicAge {
  private AcademicAge() {}

  /** Academic age at a monthly snapshot. */
  public static int at(LocalDate dateOfBirth, YearMonth snapshot) {
    return on(dateOfBirth, AcademicYear.containing(snapshot.atEndOfMonth()));
  }

  /** Academic age in an academic year. */
  public static int on(LocalDate dateOfBirth, AcademicYear year) {
    // Age on 31 August: a birthday from September to December has not come round yet.
    int age = year.startYear() - dateOfBirth.getYear();
    return dateOfBirth.getMonthValue() > 8 ? age - 1 : age;
  }
}
