package kpi.app.error;

/**
 * A failure the user can act on, carrying its exit code. The message is one readable line (or
 * several, one per problem) naming the place and the fix; no stack trace is shown for it.
 */
public class KpiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ExitCode exitCode;

  public KpiException(ExitCode exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public KpiException(ExitCode exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public ExitCode exitCode() {
    return exitCode;
  }

  /** Bad option value, unknown KPI or catalog id, malformed catalog. */
  public static KpiException usage(String message) {
    return new KpiException(ExitCode.USAGE, message);
  }

  /** Missing or unreadable input, not CSV/XLSX, cannot write output. */
  public static KpiException io(String message, Throwable cause) {
    return new KpiException(ExitCode.INPUT_OUTPUT, message, cause);
  }

  /** The data has errors and the user asked for strictness. */
  public static KpiException dataErrors(String message) {
    return new KpiException(ExitCode.DATA_ERRORS, message);
  }
}
