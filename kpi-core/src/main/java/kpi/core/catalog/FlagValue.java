package kpi.core.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A value a catalog filter gives a yes/no dimension ({@code care_leaver}, {@code fsm}, {@code
 * looked_after}, ...): the one reading every measure family shares. {@code true}, {@code yes},
 * {@code y} and {@code 1} select the records flagged yes; {@code false}, {@code no}, {@code n} and
 * {@code 0} those flagged no; {@code unknown} those with the flag blank. A blank flag is never
 * "no".
 */
public enum FlagValue {
  TRUE,
  FALSE,
  UNKNOWN;

  /** The words a catalog may write, for messages and suggestions. */
  public static final List<String> WORDS =
      List.of("true", "false", "yes", "no", "y", "n", "1", "0", "unknown");

  /** Parses a filter value; empty when it is not a flag value. */
  public static Optional<FlagValue> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "1" -> Optional.of(TRUE);
      case "false", "no", "n", "0" -> Optional.of(FALSE);
      case "unknown" -> Optional.of(UNKNOWN);
      default -> Optional.empty();
    };
  }

  /** True when a record's flag (null = not recorded) is this value. */
  public boolean matches(Boolean flag) {
    return switch (this) {
      case TRUE -> Boolean.TRUE.equals(flag);
      case FALSE -> Boolean.FALSE.equals(flag);
      case UNKNOWN -> flag == null;
    };
  }

  /**
   * True when a record's flag is any of the accepted filter values. A value that is not a flag
   * value matches nothing (the catalog loader refuses such values before any measure runs).
   */
  public static boolean anyMatches(Collection<String> accepted, Boolean flag) {
    for (String a : accepted) {
      Optional<FlagValue> v = parse(a);
      if (v.isPresent() && v.get().matches(flag)) {
        return true;
      }
    }
    return false;
  }

  /** The filter text of a record's flag, as breakdowns and filters name it. */
  public static String of(Boolean flag) {
    return flag == null ? "unknown" : flag.toString();
  }
}
