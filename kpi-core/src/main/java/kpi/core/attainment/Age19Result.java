package kpi.core.attainment;

import java.util.Objects;
import kpi.core.period.Period.AcademicYear;

/** A young person in the age-19 cohort. Flags are null when not given. Immutable. */
public record Age19Result(
    String personId,
    AcademicYear cohortYear,
    String district,
    Boolean fsm,
    boolean emPassAt16,
    boolean emPassBy19,
    Boolean level2By19,
    Boolean level3By19) {

  public Age19Result {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(cohortYear, "cohortYear");
    Objects.requireNonNull(district, "district");
    if (emPassAt16 && !emPassBy19) {
      throw new IllegalArgumentException("a pass in English and maths at 16 is a pass by 19");
    }
  }
}
