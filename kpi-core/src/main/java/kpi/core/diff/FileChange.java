package kpi.core.diff;

import java.util.Objects;

/**
 * How one input file's rows changed between two drops, matched by the kind's key. A row accepted
 * before and rejected now counts as newly rejected, not as removed. Immutable.
 *
 * @param file the file's name in the drop; rows added, changed and newly rejected are counted
 *     against the new drop's file, rows removed against the old drop's
 * @param rowsBefore rows read from the file in the old drop (0 when it was not there)
 * @param rowsAfter rows read from the file in the new drop (0 when it is gone)
 */
public record FileChange(
    String kind,
    String file,
    long rowsBefore,
    long rowsAfter,
    long rowsAdded,
    long rowsRemoved,
    long rowsChanged,
    long newlyRejected) {

  public FileChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(file, "file");
    if (rowsBefore < 0
        || rowsAfter < 0
        || rowsAdded < 0
        || rowsRemoved < 0
        || rowsChanged < 0
        || newlyRejected < 0) {
      throw new IllegalArgumentException("negative row count for " + file);
    }
  }

  /**
   * True when any row was added, removed, changed or newly rejected, or the number of rows differs
   * (rejected rows that were dropped or fixed).
   */
  public boolean changed() {
    return rowsAdded > 0
        || rowsRemoved > 0
        || rowsChanged > 0
        || newlyRejected > 0
        || rowsBefore != rowsAfter;
  }
}
