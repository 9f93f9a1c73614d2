package kpi.core;

/**
 * A request the core cannot answer because of what it was asked, not because of a bug: a catalog
 * entry that breaks a rule, a parameter or filter a measure does not take, a period with no data, a
 * {@code --fail-on} rule it cannot parse, two scorecards that cannot be compared. The app shows its
 * message to the user (usage error, or a note on the KPI); any other exception from the core is a
 * bug.
 *
 * <p>It extends {@link IllegalArgumentException} because that is what it is; callers catch this
 * type, never the broad one, so a bug's {@code IllegalArgumentException} stays a bug.
 */
public class InvalidRequestException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidRequestException(String message) {
    super(message);
  }

  /** {@code value}, or an invalid request naming the missing {@code field}. */
  public static <T> T require(T value, String field) {
    if (value == null) {
      throw new InvalidRequestException(field);
    }
    return value;
  }
}
