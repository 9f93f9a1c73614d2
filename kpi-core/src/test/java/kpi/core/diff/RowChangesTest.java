package kpi.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Row changes by key and content fingerprint, per file, without the rows themselves. */
class RowChangesTest {

  @Test
  void addedRemovedChangedAndUnchangedRowsByKey() {
    RowChanges c = new RowChanges("k");
    for (long key = 1; key <= 5; key++) {
      c.before("a.csv", key, key * 100, false);
    }
    c.after("a.csv", 1, 100, false); // same
    c.after("a.csv", 2, 201, false); // changed
    c.after("a.csv", 4, 400, false); // same, out of order
    c.after("a.csv", 6, 600, false); // added
    // 3 and 5 removed
    assertThat(c.changes()).containsExactly(new FileChange("k", "a.csv", 5, 4, 1, 2, 1, 0));
  }

  @Test
  void rowsAreCountedAgainstTheirFilesWhenFilesAreRenamed() {
    RowChanges c = new RowChanges("k");
    c.before("old.csv", 1, 10, false);
    c.before("old.csv", 2, 20, false);
    c.after("new.csv", 1, 10, false);
    c.after("new.csv", 3, 30, false);
    assertThat(c.changes())
        .containsExactly(
            new FileChange("k", "old.csv", 2, 0, 0, 1, 0, 0),
            new FileChange("k", "new.csv", 0, 2, 1, 0, 0, 0));
  }

  @Test
  void rejectedRowsAreNewlyRejectedOnlyWhenTheirContentWasNotRejectedBefore() {
    RowChanges c = new RowChanges("k");
    c.before("a.csv", 1, 10, false);
    c.before("a.csv", 2, 20, false);
    c.before("a.csv", 9, 99, true); // rejected before
    c.after("a.csv", 1, 10, false);
    c.after("a.csv", 2, 21, true); // accepted before, rejected now: newly rejected, not removed
    c.after("a.csv", 9, 99, true); // rejected before and now
    c.after("a.csv", 7, 77, true); // a new rejected row
    assertThat(c.changes()).containsExactly(new FileChange("k", "a.csv", 3, 4, 0, 0, 0, 2));
  }

  @Test
  void rowsSharingAKeyAreComparedTogether() {
    // a superseded activity: two rows for one person and month, in both drops
    RowChanges same = new RowChanges("k");
    same.before("a.csv", 1, 10, false);
    same.before("a.csv", 1, 11, false);
    same.before("a.csv", 2, 20, false);
    same.after("a.csv", 1, 10, false);
    same.after("a.csv", 1, 11, false);
    same.after("a.csv", 2, 20, false);
    assertThat(same.changes()).containsExactly(new FileChange("k", "a.csv", 3, 3, 0, 0, 0, 0));

    RowChanges later = new RowChanges("k");
    later.before("a.csv", 1, 10, false);
    later.after("a.csv", 1, 10, false);
    later.after("a.csv", 1, 11, false); // a later activity now supersedes the first
    assertThat(later.changes()).containsExactly(new FileChange("k", "a.csv", 1, 2, 0, 0, 1, 0));

    RowChanges edited = new RowChanges("k");
    edited.before("a.csv", 1, 10, false);
    edited.before("a.csv", 1, 11, false);
    edited.after("a.csv", 1, 10, false);
    edited.after("a.csv", 1, 12, false);
    assertThat(edited.changes()).containsExactly(new FileChange("k", "a.csv", 2, 2, 0, 0, 1, 0));
  }

  @Test
  void aChangedRowIsCountedAgainstTheNewFile() {
    RowChanges c = new RowChanges("k");
    c.before("old.csv", 1, 10, false);
    c.after("new.csv", 1, 11, false);
    assertThat(c.changes())
        .containsExactly(
            new FileChange("k", "old.csv", 1, 0, 0, 0, 0, 0),
            new FileChange("k", "new.csv", 0, 1, 0, 0, 1, 0));
  }

  @Test
  void manyRowsSurviveTheTableGrowing() {
    RowChanges c = new RowChanges("k");
    int n = 200_000;
    for (long i = 0; i < n; i++) {
      c.before("a.csv", mix(i), mix(i + n), false);
    }
    for (long i = 0; i < n; i++) {
      if (i % 10 == 0) {
        continue; // removed
      }
      c.after("a.csv", mix(i), i % 7 == 0 ? mix(i + 3L * n) : mix(i + n), false);
    }
    long removed = n / 10;
    long changed = 0;
    for (long i = 0; i < n; i++) {
      if (i % 10 != 0 && i % 7 == 0) {
        changed++;
      }
    }
    assertThat(c.changes())
        .containsExactly(new FileChange("k", "a.csv", n, n - removed, 0, removed, changed, 0));
  }

  @Test
  void oldRowsMustAllComeFirst() {
    RowChanges c = new RowChanges("k");
    c.after("a.csv", 1, 1, false);
    assertThatThrownBy(() -> c.before("a.csv", 1, 1, false))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void keyZeroIsAKeyLikeAnyOther() {
    RowChanges c = new RowChanges("k");
    c.before("a.csv", 0, 5, false);
    c.after("a.csv", 0, 6, false);
    assertThat(c.changes()).containsExactly(new FileChange("k", "a.csv", 1, 1, 0, 0, 1, 0));
    assertThat(List.of(c.changes().get(0).changed())).containsExactly(true);
  }

  private static long mix(long h) {
    h = (h + 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
    return h ^ (h >>> 31);
  }
}
