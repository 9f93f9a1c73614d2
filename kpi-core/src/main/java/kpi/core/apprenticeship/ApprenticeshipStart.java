package kpi.core.apprenticeship;

import java.time.LocalDate;
import java.util.Objects;
import kpi.core.neet.Send;

/**
 * One apprenticeship start (one row of {@code apprenticeship-starts}). A learner who starts twice
 * is two starts. Flags are null when unknown; {@code send} is the NCCIS code (N, K, E, or Y for
 * SEND of unknown type), UNKNOWN when not recorded. Immutable.
 *
 * @param district district code, or {@code out-of-area}
 * @param employerType lower-case, as given ({@code council}, {@code school}, ...), empty if not
 * @param endDate completion or withdrawal date, null if none
 * @param plannedEndDate the planned end of learning, null if not given
 */
public record ApprenticeshipStart(
    String learnerId,
    LocalDate startDate,
    int ageAtStart,
    int level,
    String district,
    String employerId,
    String employerType,
    String sector,
    StartStatus status,
    LocalDate endDate,
    Boolean careLeaver,
    Boolean lookedAfter,
    Boolean assisted,
    Boolean troubledFamily,
    Send send,
    String programme,
    LocalDate plannedEndDate) {

  /** The district value for learners living outside the authority. */
  public static final String OUT_OF_AREA = "out-of-area";

  public ApprenticeshipStart {
    requireText(learnerId, "learnerId");
    Objects.requireNonNull(startDate, "startDate");
    requireText(district, "district");
    requireText(employerId, "employerId");
    AgeBand.of(ageAtStart);
    LevelBand.of(level);
    if (ageAtStart > 100) {
      throw new IllegalArgumentException("age at start is not possible: " + ageAtStart);
    }
    if (endDate != null && endDate.isBefore(startDate)) {
      throw new IllegalArgumentException(
          "end date " + endDate + " is before the start " + startDate);
    }
    employerType =
        employerType == null ? "" : employerType.strip().toLowerCase(java.util.Locale.ROOT);
    sector = sector == null ? "" : sector.strip();
    status = status == null ? StartStatus.UNKNOWN : status;
    programme = programme == null ? "" : programme.strip();
    send = send == null ? Send.UNKNOWN : send;
    if (plannedEndDate != null && plannedEndDate.isBefore(startDate)) {
      throw new IllegalArgumentException(
          "planned end date " + plannedEndDate + " is before the start " + startDate);
    }
  }

  /** A start without a planned end date. */
  public ApprenticeshipStart(
      String learnerId,
      LocalDate startDate,
      int ageAtStart,
      int level,
      String district,
      String employerId,
      String employerType,
      String sector,
      StartStatus status,
      LocalDate endDate,
      Boolean careLeaver,
      Boolean lookedAfter,
      Boolean assisted,
      Boolean troubledFamily,
      Send send,
      String programme) {
    this(
        learnerId,
        startDate,
        ageAtStart,
        level,
        district,
        employerId,
        employerType,
        sector,
        status,
        endDate,
        careLeaver,
        lookedAfter,
        assisted,
        troubledFamily,
        send,
        programme,
        null);
  }

  /**
   * The day that places the apprenticeship in a year for achievement rates, as DfE counts them: the
   * later of the actual and the planned end; null while the learner is still in learning (no end
   * date), so such starts are outside the rate.
   */
  public LocalDate outcomeDate() {
    if (endDate == null) {
      return null;
    }
    return plannedEndDate != null && plannedEndDate.isAfter(endDate) ? plannedEndDate : endDate;
  }

  public AgeBand ageBand() {
    return AgeBand.of(ageAtStart);
  }

  public LevelBand levelBand() {
    return LevelBand.of(level);
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
