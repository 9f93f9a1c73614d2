package kpi.app.read;

/**
 * How many threads a read may keep busy, for every source and reader: a quote-free CSV is split
 * into lines on a second thread, a large file's SHA-256 is worked out on one, and from three
 * threads up the tracking rows' second lane gets one ({@link LaneRunner}).
 */
public final class ReadThreads {
  /**
   * A system property: how many threads a read may use ({@code 1}: one only, to compare; {@code 2}:
   * lines split on a second; {@code 3} or more: rows judged in two lanes as well).
   */
  public static final String PROPERTY = "kpi.threads";

  private ReadThreads() {}

  /** {@code -Dkpi.threads=N} when given, else the cores the JVM sees. */
  static int count() {
    String given = System.getProperty(PROPERTY);
    if (given != null && given.matches("[1-9][0-9]{0,2}")) {
      return Integer.parseInt(given);
    }
    return Runtime.getRuntime().availableProcessors();
  }

  /** Whether a second thread may be used: more than one core, and not turned off. */
  static boolean second() {
    return count() > 1;
  }
}
