package kpi.app.validate;

import java.util.List;
import kpi.app.error.ExitCode;
import kpi.app.read.FileSummary;
import kpi.app.read.Problems;

/**
 * The outcome of validating a data drop: the files read and every problem found.
 *
 * @param unreadable files that could not be read at all
 * @param strict whether warnings fail the drop too
 */
public record ValidationReport(
    List<FileSummary> files, Problems problems, int unreadable, boolean strict) {

  public ValidationReport {
    files = List.copyOf(files);
  }

  /** True when CI may use the drop: no errors (and no warnings with --strict). */
  public boolean valid() {
    return unreadable == 0 && problems.errors() == 0 && !(strict && problems.warnings() > 0);
  }

  /** 3 when a file could not be read, 1 when the data has errors, else 0. */
  public ExitCode exitCode() {
    if (unreadable > 0) {
      return ExitCode.INPUT_OUTPUT;
    }
    return valid() ? ExitCode.OK : ExitCode.DATA_ERRORS;
  }
}
