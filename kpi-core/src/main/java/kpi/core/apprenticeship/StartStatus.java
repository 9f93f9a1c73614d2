package kpi.core.apprenticeship;

import java.util.Locale;
import java.util.Optional;

/** Where an apprenticeship start stands. */
public enum StartStatus {
  CONTINUING,
  COMPLETED,
  WITHDRAWN,
  BREAK,
  UNKNOWN;

  /** {@code continuing}, {@code completed}, ...; blank is UNKNOWN; empty for other words. */
  public static Optional<StartStatus> parse(String text) {
    String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return switch (s) {
      case "" -> Optional.of(UNKNOWN);
      case "continuing", "in learning", "active" -> Optional.of(CONTINUING);
      case "completed", "achieved", "complete" -> Optional.of(COMPLETED);
      case "withdrawn", "left", "withdrew" -> Optional.of(WITHDRAWN);
      case "break", "on break", "break in learning" -> Optional.of(BREAK);
      default -> Optional.empty();
    };
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
