package kpi.core.apprenticeship;

import java.util.Objects;

/**
 * Employees in England on 31 March at the start of a public-sector reporting year (1 April - 31
 * March), from {@code reference/headcount}. Immutable.
 *
 * @param yearStart the calendar year the reporting year starts in (2017 = April 2017-March 2018)
 */
public record Headcount(String organisation, String employerType, int yearStart, double headcount) {
  public Headcount {
    Objects.requireNonNull(organisation, "organisation");
    employerType =
        employerType == null ? "" : employerType.strip().toLowerCase(java.util.Locale.ROOT);
    if (!(headcount >= 0) || Double.isInfinite(headcount)) {
      throw new IllegalArgumentException("headcount must be a number >= 0");
    }
  }
}
