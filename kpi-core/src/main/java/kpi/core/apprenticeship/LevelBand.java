package kpi.core.apprenticeship;

import java.util.Locale;
import java.util.Optional;

/**
 * Apprenticeship levels: intermediate (level 2), advanced (3), higher (4-7). Degree apprenticeships
 * (levels 6-7) are a subset of higher, never a band of their own, so bands always add up to all
 * starts.
 */
public enum LevelBand {
  INTERMEDIATE("intermediate"),
  ADVANCED("advanced"),
  HIGHER("higher");

  /** The filter value that selects degree apprenticeships within higher. */
  public static final String DEGREE = "degree";

  private final String id;

  LevelBand(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** The band of a level 2-7. */
  public static LevelBand of(int level) {
    if (level < 2 || level > 7) {
      throw new IllegalArgumentException("apprenticeship level must be 2-7: " + level);
    }
    return level == 2 ? INTERMEDIATE : level == 3 ? ADVANCED : HIGHER;
  }

  /** True for degree apprenticeships (levels 6 and 7). */
  public static boolean isDegree(int level) {
    return level >= 6;
  }

  /**
   * Reads a level as the data-format contract allows: 2-7, or Intermediate (2), Advanced (3),
   * Higher (4), Degree (6). Empty when it is none of these.
   */
  public static Optional<Integer> parseLevel(String text) {
    String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    s = s.replace("apprenticeship", "").replace("level", "").strip();
    return switch (s) {
      case "2", "intermediate" -> Optional.of(2);
      case "3", "advanced" -> Optional.of(3);
      case "4", "higher" -> Optional.of(4);
      case "5" -> Optional.of(5);
      case "6", "degree" -> Optional.of(6);
      case "7" -> Optional.of(7);
      default -> Optional.empty();
    };
  }
}
