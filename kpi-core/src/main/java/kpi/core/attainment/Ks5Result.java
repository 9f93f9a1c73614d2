package kpi.core.attainment;

import java.util.Objects;
import kpi.core.period.Period.AcademicYear;

/**
 * A student's results in one qualification type at the end of 16-18 study. Progress scores are the
 * student's, null when not in the measure (-1 is a real score). Immutable.
 */
public record Ks5Result(
    String studentId,
    AcademicYear year,
    String institutionType,
    String district,
    Boolean fsm,
    String qualificationType,
    double entries,
    double points,
    Double englishProgress,
    Double mathsProgress) {

  public Ks5Result {
    Objects.requireNonNull(studentId, "studentId");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(district, "district");
    Objects.requireNonNull(qualificationType, "qualificationType");
    institutionType =
        institutionType == null ? "" : institutionType.strip().toLowerCase(java.util.Locale.ROOT);
    qualificationType = qualificationType.strip().toLowerCase(java.util.Locale.ROOT);
    if (!(entries >= 0)
        || !(points >= 0)
        || Double.isInfinite(entries)
        || Double.isInfinite(points)) {
      throw new IllegalArgumentException("entries and points must be numbers >= 0");
    }
  }
}
