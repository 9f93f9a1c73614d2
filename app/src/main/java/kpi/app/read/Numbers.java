package kpi.app.read;

/** Limits checked before a value is parsed as a number. */
final class Numbers {
  /**
   * No number in a data drop is longer than this; a longer value is refused before it is parsed,
   * so a value of a million digits costs no more than a short one.
   */
  static final int MAX_CHARS = 64;

  private Numbers() {}

  /** Whether a value is too long to be parsed as a number. */
  static boolean tooLong(String v) {
    return v.length() > MAX_CHARS;
  }
}
