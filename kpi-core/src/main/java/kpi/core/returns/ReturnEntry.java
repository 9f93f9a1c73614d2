package kpi.core.returns;

import java.util.Objects;

/**
 * One hand-kept figure from the {@code returns} file: a KPI's value for a period, for the whole
 * authority or one district. Immutable.
 *
 * @param periodKey the period normalised (see {@link kpi.core.comparator.PeriodKey})
 * @param periodLabel the period as written
 * @param district district code, or empty for the whole authority
 * @param value the value; for a rate given as numerator and denominator, 100 x n / d
 * @param numerator null unless given
 * @param denominator null unless given
 * @param note commentary carried into outputs
 */
public record ReturnEntry(
    String kpiId,
    String periodKey,
    String periodLabel,
    String district,
    double value,
    Double numerator,
    Double denominator,
    String note) {

  public ReturnEntry {
    Objects.requireNonNull(kpiId, "kpiId");
    Objects.requireNonNull(periodKey, "periodKey");
    periodLabel = periodLabel == null ? periodKey : periodLabel;
    district = district == null ? "" : district;
    note = note == null ? "" : note.strip();
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a return's value must be a finite number");
    }
    if ((numerator == null) != (denominator == null)) {
      throw new IllegalArgumentException("give both numerator and denominator, or neither");
    }
  }

  /** A rate from its parts: value = 100 x numerator / denominator. */
  public static ReturnEntry rate(
      String kpiId,
      String periodKey,
      String periodLabel,
      String district,
      double numerator,
      double denominator,
      String note) {
    if (denominator == 0) {
      throw new IllegalArgumentException("denominator is 0, so there is no rate");
    }
    return new ReturnEntry(
        kpiId,
        periodKey,
        periodLabel,
        district,
        100 * numerator / denominator,
        numerator,
        denominator,
        note);
  }

  public boolean wholeAuthority() {
    return district.isEmpty();
  }
}
