package kpi.core.attainment;

import java.util.Objects;
import kpi.core.period.Period.AcademicYear;

/**
 * A pupil's results at the end of key stage 4. Optional values are null when not given; {@code
 * progress8} is null when the pupil is not in the measure. Immutable.
 */
public record Ks4Result(
    String pupilId,
    AcademicYear year,
    String schoolUrn,
    String schoolType,
    String district,
    Boolean fsm,
    Boolean disadvantaged,
    String send,
    Double attainment8,
    Double progress8,
    Grade english,
    Grade maths) {

  public Ks4Result {
    Objects.requireNonNull(pupilId, "pupilId");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(district, "district");
    schoolUrn = schoolUrn == null ? "" : schoolUrn;
    schoolType = schoolType == null ? "" : schoolType.strip().toLowerCase(java.util.Locale.ROOT);
    send = send == null ? "" : send.strip().toUpperCase(java.util.Locale.ROOT);
    if (attainment8 != null && !(attainment8 >= 0 && attainment8 <= 90)) {
      throw new IllegalArgumentException("Attainment 8 must be 0-90: " + attainment8);
    }
    if (progress8 != null && !Double.isFinite(progress8)) {
      throw new IllegalArgumentException("Progress 8 must be a number");
    }
  }
}
