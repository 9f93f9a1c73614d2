package kpi.core.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts row changes between the old and new files of one kind without holding either file:
 * each old row is kept as a 64-bit fingerprint of its key and one of its content (about 17
 * bytes a row in an open-addressing table), then each new row is looked up by key as it is read.
 * Two different keys or contents collide with odds of about n^2 / 2^65 (below one in a million
 * for 3 million rows); a collision would hide one change, never invent one.
 *
 * <p>Feed every old row ({@link #before}) before any new row ({@link #after}); then
 * {@link #changes()}. Accepted rows are matched by key; a rejected row counts as newly rejected
 * when no old row with the same content was rejected, and an old row whose key now comes back
 * rejected is not counted as removed.
 */
public final class RowChanges {
  private final String kind;
  private long[] keys = new long[1 << 10];
  private long[] contents = new long[1 << 10];
  private short[] files = new short[1 << 10];
  private long[] matched = new long[(1 << 10) / 64];
  private int size;
  private final LongSet rejectedBefore = new LongSet();
  private final Map<String, long[]> counts = new LinkedHashMap<>();
  private final List<String> oldFiles = new ArrayList<>();
  private boolean afterStarted;
  private String lastFile;
  private long[] lastCounts;

  // per-file counters: before, after, added, removed, changed, newly rejected
  private static final int BEFORE = 0;
  private static final int AFTER = 1;
  private static final int ADDED = 2;
  private static final int REMOVED = 3;
  private static final int CHANGED = 4;
  private static final int REJECTED = 5;

  public RowChanges(String kind) {
    this.kind = kind;
  }

  /** One row of the old drop. */
  public void before(String file, long key, long content, boolean rejected) {
    if (afterStarted) {
      throw new IllegalStateException("every old row comes before the new rows");
    }
    counters(file)[BEFORE]++;
    if (rejected) {
      rejectedBefore.add(content);
      return;
    }
    short f = oldFileIndex(file);
    if (size * 4 >= keys.length * 3) {
      grow();
    }
    long k = key == 0 ? 1 : key;
    int i = slot(keys, k);
    if (keys[i] == k) {
      // the same key twice (only when a reader's key is finer than the fingerprint's):
      // fold the contents so a change to either still shows
      contents[i] = mix(contents[i] * 31 + content);
      return;
    }
    keys[i] = k;
    contents[i] = content;
    files[i] = f;
    size++;
  }

  /** One row of the new drop. */
  public void after(String file, long key, long content, boolean rejected) {
    afterStarted = true;
    long[] c = counters(file);
    c[AFTER]++;
    long k = key == 0 ? 1 : key;
    int i = slot(keys, k);
    boolean known = keys[i] == k && !isMatched(i);
    if (rejected) {
      if (!rejectedBefore.contains(content)) {
        c[REJECTED]++;
      }
      if (known) {
        setMatched(i);
      }
      return;
    }
    if (!known) {
      c[ADDED]++;
      return;
    }
    setMatched(i);
    if (contents[i] != content) {
      c[CHANGED]++;
    }
  }

  /** The counts per file: old files in the order first seen, then files only in the new drop. */
  public List<FileChange> changes() {
    long[][] removed = new long[oldFiles.size()][1];
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0 && !isMatched(i)) {
        removed[files[i]][0]++;
      }
    }
    List<FileChange> out = new ArrayList<>();
    counts.forEach((file, c) -> {
      int oldIndex = oldFiles.indexOf(file);
      long gone = oldIndex < 0 ? 0 : removed[oldIndex][0];
      out.add(new FileChange(kind, file, c[BEFORE], c[AFTER], c[ADDED], gone, c[CHANGED],
          c[REJECTED]));
    });
    return out;
  }

  private long[] counters(String file) {
    if (!file.equals(lastFile)) {
      lastFile = file;
      lastCounts = counts.computeIfAbsent(file, f -> new long[6]);
    }
    return lastCounts;
  }

  private short oldFileIndex(String file) {
    int i = oldFiles.indexOf(file);
    if (i < 0) {
      if (oldFiles.size() == Short.MAX_VALUE) {
        throw new IllegalStateException("too many files of kind " + kind);
      }
      oldFiles.add(file);
      i = oldFiles.size() - 1;
    }
    return (short) i;
  }

  private static int slot(long[] table, long k) {
    int mask = table.length - 1;
    int i = (int) (k ^ (k >>> 32)) & mask;
    while (table[i] != 0 && table[i] != k) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private boolean isMatched(int i) {
    return (matched[i >>> 6] & (1L << i)) != 0;
  }

  private void setMatched(int i) {
    matched[i >>> 6] |= 1L << i;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldContents = contents;
    short[] oldFileIdx = files;
    keys = new long[oldKeys.length * 2];
    contents = new long[keys.length];
    files = new short[keys.length];
    matched = new long[keys.length / 64];
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != 0) {
        int i = slot(keys, oldKeys[j]);
        keys[i] = oldKeys[j];
        contents[i] = oldContents[j];
        files[i] = oldFileIdx[j];
      }
    }
  }

  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }

  /** A set of 64-bit values (open addressing; 0 stands for itself via a flag). */
  private static final class LongSet {
    private long[] table = new long[1 << 6];
    private int size;
    private boolean zero;

    void add(long v) {
      if (v == 0) {
        zero = true;
        return;
      }
      if (size * 2 >= table.length) {
        long[] old = table;
        table = new long[old.length * 2];
        for (long x : old) {
          if (x != 0) {
            table[slot(table, x)] = x;
          }
        }
      }
      int i = slot(table, v);
      if (table[i] == 0) {
        table[i] = v;
        size++;
      }
    }

    boolean contains(long v) {
      return v == 0 ? zero : table[slot(table, v)] == v;
    }
  }
}
