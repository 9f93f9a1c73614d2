package kpi.core.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TableSuppressionTest {

  @Test
  void smallCountsAreHiddenAndZeroIsShown() {
    long[][] t = {{0, 3, 10, 12}};
    TableSuppression.Result r = TableSuppression.apply(t, false, false, 5);
    assertThat(r.suppressed(0, 0)).isFalse();
    assertThat(r.suppressed(0, 1)).isTrue();
    assertThat(r.primary()).isEqualTo(1);
    assertThat(r.secondary()).isZero();
  }

  @Test
  void aLoneSuppressedCellTakesTheNextSmallestWithIt() {
    long[][] t = {{3, 10, 12, 40}};
    TableSuppression.Result r = TableSuppression.apply(t, true, false, 5);
    assertThat(r.reasons()[0])
        .containsExactly(
            TableSuppression.Reason.PRIMARY,
            TableSuppression.Reason.SECONDARY,
            TableSuppression.Reason.SHOWN,
            TableSuppression.Reason.SHOWN);
  }

  @Test
  void thresholdZeroSuppressesNothing() {
    long[][] t = {{1, 2}, {3, 4}};
    TableSuppression.Result r = TableSuppression.apply(t, true, true, 0);
    assertThat(r.primary() + r.secondary()).isZero();
  }

  /**
   * Property: over many random tables, no suppressed cell can be derived by subtracting the shown
   * cells of its row or column from the shown total.
   */
  @Test
  void noSuppressedCellCanBeRecoveredBySubtraction() {
    SplittableRandom random = new SplittableRandom(42);
    for (int trial = 0; trial < 5000; trial++) {
      int rows = 1 + random.nextInt(6);
      int cols = 1 + random.nextInt(6);
      long[][] t = new long[rows][cols];
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          t[r][c] = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(60);
        }
      }
      boolean rowTotals = random.nextBoolean();
      boolean colTotals = random.nextBoolean();
      TableSuppression.Result res = TableSuppression.apply(t, rowTotals, colTotals, 5);
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          boolean small = t[r][c] > 0 && t[r][c] < 5;
          assertThat(!small || res.suppressed(r, c)).as("primary %d,%d", r, c).isTrue();
        }
      }
      if (rowTotals) {
        for (int r = 0; r < rows; r++) {
          int hidden = 0;
          for (int c = 0; c < cols; c++) {
            hidden += res.suppressed(r, c) ? 1 : 0;
          }
          if (!res.rowTotalHidden()[r]) {
            assertThat(hidden).as("trial %d row %d", trial, r).isNotEqualTo(1);
          }
        }
      }
      if (colTotals) {
        for (int c = 0; c < cols; c++) {
          int hidden = 0;
          for (int r = 0; r < rows; r++) {
            hidden += res.suppressed(r, c) ? 1 : 0;
          }
          if (!res.columnTotalHidden()[c]) {
            assertThat(hidden).as("trial %d column %d", trial, c).isNotEqualTo(1);
          }
        }
      }
    }
  }
}
