package kpi.core.neet;

/** How an NCCIS current-activity code counts in the NEET and participation measures. */
public enum ActivityGroup {
  /** In education or training: counts as participating (and as EET). */
  PARTICIPATING,
  /**
   * In employment, education or training but not participating (gap year, re-engagement, jobs
   * without training).
   */
  EET_NOT_PARTICIPATING,
  /** Not in education, employment or training. */
  NEET,
  /** Current activity not known. */
  NOT_KNOWN,
  /** Pre-16 codes (110-150) met in a post-16 cohort: counted as not known, with a warning. */
  PRE16,
  /** Out of the cohort altogether (custody, young adult offender). */
  EXCLUDED;

  /** True when the young person is in the cohort (the denominator). */
  public boolean inCohort() {
    return this != EXCLUDED;
  }

  /** True for the not-known numerator (pre-16 codes count as not known). */
  public boolean notKnown() {
    return this == NOT_KNOWN || this == PRE16;
  }
}
