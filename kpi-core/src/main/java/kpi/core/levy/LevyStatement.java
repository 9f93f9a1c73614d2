package kpi.core.levy;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;

/**
 * One month of one employer's apprenticeship service account (one row of {@code levy}): the levy
 * that entered the account (declared levy for England with the 10% government top-up, as the
 * service shows it), the funds used on training and assessment, the funds transferred out to other
 * employers and the funds that expired unused. Amounts are in pence, never negative. Immutable.
 *
 * @param employerType lower-case as given ({@code council}, {@code school}, ...), empty if not
 */
public record LevyStatement(
    String employerId,
    String employerType,
    YearMonth month,
    long levyDeclared,
    long fundsUsed,
    long transferredOut,
    long expired) {

  /** The first month of the levy: it was first paid on April 2017 payrolls. */
  public static final YearMonth FIRST_MONTH = YearMonth.of(2017, 4);

  public LevyStatement {
    if (employerId == null || employerId.isBlank()) {
      throw new IllegalArgumentException("employerId is required");
    }
    Objects.requireNonNull(month, "month");
    employerType = employerType == null ? "" : employerType.strip().toLowerCase(Locale.ROOT);
    if (levyDeclared < 0 || fundsUsed < 0 || transferredOut < 0 || expired < 0) {
      throw new IllegalArgumentException("levy amounts cannot be negative");
    }
  }
}
