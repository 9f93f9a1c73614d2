package kpi.core.suppression;

import java.util.Objects;

/**
 * Disclosure control for a table of counts published with its row and column totals.
 *
 * <p>Primary: a count above 0 and below the threshold is suppressed. Secondary: in every row and
 * column whose total is shown, if exactly one cell is suppressed the smallest other cell is
 * suppressed too (or, when there is no other cell, the total itself), so the hidden value cannot be
 * recovered by subtracting the shown cells from the total; this repeats until no row or column has
 * a lone suppressed cell. Zero is shown as 0.
 */
public final class TableSuppression {
  private TableSuppression() {}

  /** Why a cell is hidden. */
  public enum Reason {
    SHOWN,
    PRIMARY,
    SECONDARY
  }

  /**
   * The outcome for every cell. Immutable.
   *
   * @param reasons per cell, in the table's shape
   */
  // The grids mirror the table's shape; Result is built once by this class and only read.
  @SuppressWarnings("ArrayRecordComponent")
  public record Result(
      Reason[][] reasons,
      boolean[] rowTotalHidden,
      boolean[] columnTotalHidden,
      int primary,
      int secondary) {
    public boolean suppressed(int row, int col) {
      return reasons[row][col] != Reason.SHOWN;
    }
  }

  /**
   * Suppresses a table.
   *
   * @param counts the cells (rows x columns), each 0 or more
   * @param rowTotalsShown whether each row's total is published
   * @param columnTotalsShown whether each column's total is published
   * @param threshold counts above 0 and below this are suppressed (0 turns suppression off)
   */
  public static Result apply(
      long[][] counts, boolean rowTotalsShown, boolean columnTotalsShown, int threshold) {
    Objects.requireNonNull(counts, "counts");
    int rows = counts.length;
    int cols = rows == 0 ? 0 : counts[0].length;
    Reason[][] reasons = new Reason[rows][cols];
    int primary = 0;
    for (int r = 0; r < rows; r++) {
      if (counts[r].length != cols) {
        throw new IllegalArgumentException("every row needs " + cols + " cells");
      }
      for (int c = 0; c < cols; c++) {
        if (counts[r][c] < 0) {
          throw new IllegalArgumentException("counts cannot be negative");
        }
        boolean hide = counts[r][c] > 0 && counts[r][c] < threshold;
        reasons[r][c] = hide ? Reason.PRIMARY : Reason.SHOWN;
        primary += hide ? 1 : 0;
      }
    }
    int secondary = 0;
    boolean[] rowHidden = new boolean[rows];
    boolean[] colHidden = new boolean[cols];
    boolean changed = threshold > 0;
    while (changed) {
      changed = false;
      if (rowTotalsShown) {
        for (int r = 0; r < rows; r++) {
          if (!rowHidden[r] && loneInRow(reasons, r)) {
            // No other cell to hide: the total would give the cell away, so it goes.
            if (hideSmallest(counts, reasons, r, -1)) {
              secondary++;
              changed = true;
            } else {
              rowHidden[r] = true;
            }
          }
        }
      }
      if (columnTotalsShown) {
        for (int c = 0; c < cols; c++) {
          if (!colHidden[c] && loneInColumn(reasons, c)) {
            if (hideSmallest(counts, reasons, -1, c)) {
              secondary++;
              changed = true;
            } else {
              colHidden[c] = true;
            }
          }
        }
      }
    }
    return new Result(reasons, rowHidden, colHidden, primary, secondary);
  }

  private static boolean loneInRow(Reason[][] reasons, int r) {
    int n = 0;
    for (Reason x : reasons[r]) {
      n += x != Reason.SHOWN ? 1 : 0;
    }
    return n == 1;
  }

  private static boolean loneInColumn(Reason[][] reasons, int c) {
    int n = 0;
    for (Reason[] row : reasons) {
      n += row[c] != Reason.SHOWN ? 1 : 0;
    }
    return n == 1;
  }

  /** Hides the smallest shown cell of a row (col = -1) or column (row = -1). */
  private static boolean hideSmallest(long[][] counts, Reason[][] reasons, int row, int col) {
    int bestR = -1;
    int bestC = -1;
    int len = row >= 0 ? reasons[row].length : reasons.length;
    for (int i = 0; i < len; i++) {
      int r = row >= 0 ? row : i;
      int c = row >= 0 ? i : col;
      if (reasons[r][c] == Reason.SHOWN && (bestR < 0 || counts[r][c] < counts[bestR][bestC])) {
        bestR = r;
        bestC = c;
      }
    }
    if (bestR < 0) {
      return false;
    }
    reasons[bestR][bestC] = Reason.SECONDARY;
    return true;
  }
}
