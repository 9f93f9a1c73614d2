package kpi.app.diff;

import java.util.List;
import java.util.Objects;
import kpi.core.diff.Diff;

/**
 * A diff ready to write: the comparison, the two sides as the user named them, and notes on what
 * was (not) compared. Immutable.
 *
 * @param filesCompared true when both sides were drops, so files were compared row by row
 */
public record DiffReport(
    Diff diff, String before, String after, boolean filesCompared, List<String> notes) {
  public DiffReport {
    Objects.requireNonNull(diff, "diff");
    notes = List.copyOf(notes);
  }

  /** The same report with the sides named differently (for stable examples and tests). */
  public DiffReport named(String before, String after) {
    return new DiffReport(diff, before, after, filesCompared, notes);
  }
}
