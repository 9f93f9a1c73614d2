package kpi.core.neet;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One young person's current activity at one monthly snapshot (one row of a neet-tracking extract),
 * after reading and validation. Immutable and thread-safe.
 *
 * @param personId stable pseudonymous id
 * @param snapshot the month the record describes
 * @param dateOfBirth null when only an academic age was supplied
 * @param academicAge age on 31 August at the start of the academic year containing the snapshot
 * @param district district code from the reference list
 * @param activityCode NCCIS current-activity code
 * @param send SEND status
 * @param lookedAfter null when unknown
 * @param careLeaver null when unknown
 * @param gender free text, empty when not given
 * @param vulnerableGroup in DfE's scorecard "vulnerable group" (NCCIS individual characteristic
 *     codes 110, 130, 140, 150, 160, 170, 190, 200 or 210); null when the extract does not say
 */
public record NeetRecord(
    String personId,
    YearMonth snapshot,
    LocalDate dateOfBirth,
    int academicAge,
    String district,
    int activityCode,
    Send send,
    Boolean lookedAfter,
    Boolean careLeaver,
    String gender,
    Boolean vulnerableGroup) {

  public NeetRecord {
    requireText(personId, "personId");
    Objects.requireNonNull(snapshot, "snapshot");
    requireText(district, "district");
    Objects.requireNonNull(send, "send");
    gender = gender == null ? "" : gender.strip();
    if (academicAge < 0 || academicAge > 120) {
      throw new IllegalArgumentException("academic age out of range: " + academicAge);
    }
    if (activityCode < 100 || activityCode > 999) {
      throw new IllegalArgumentException("activity code must have three digits: " + activityCode);
    }
  }

  /** A record without individual characteristic codes (vulnerable group unknown). */
  public NeetRecord(
      String personId,
      YearMonth snapshot,
      LocalDate dateOfBirth,
      int academicAge,
      String district,
      int activityCode,
      Send send,
      Boolean lookedAfter,
      Boolean careLeaver,
      String gender) {
    this(
        personId,
        snapshot,
        dateOfBirth,
        academicAge,
        district,
        activityCode,
        send,
        lookedAfter,
        careLeaver,
        gender,
        null);
  }

  /** A record whose academic age is derived from the date of birth. */
  public static NeetRecord of(
      String personId,
      YearMonth snapshot,
      LocalDate dateOfBirth,
      String district,
      int activityCode,
      Send send) {
    return new NeetRecord(
        personId,
        snapshot,
        dateOfBirth,
        AcademicAge.at(dateOfBirth, snapshot),
        district,
        activityCode,
        send,
        null,
        null,
        "");
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
