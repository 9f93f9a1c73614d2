package kpi.core.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts row changes between the old and new files of one kind without holding either file: each
 * old row is kept as a 64-bit fingerprint of its key and one of its content (with the new row's
 * content and file, about 28 bytes a slot in an open-addressing table at most three quarters full),
 * then each new row is looked up by key as it is read. Two different keys or contents collide with
 * odds of about n^2 / 2^65 (below one in a million for 3 million rows); a collision would hide one
 * change, never invent one.
 *
 * <p>Feed every old row ({@link #before}) before any new row ({@link #after}); then {@link
 * #changes()}. Accepted rows are matched by key; a rejected row counts as newly rejected when no
 * old row with the same content was rejected, and an old row whose key now comes back rejected is
 * not counted as removed. Rows that share a key in one drop (an activity superseded by a later one
 * for the same person and month) are compared as one: their contents are folded in file order on
 * both sides.
 */
public final class RowChanges {
  private final String kind;
  private long[] keys = new long[1 << 10];
  private long[] contents = new long[1 << 10];
  private short[] files = new short[1 << 10];
  private long[] newContents;
  private short[] newFiles;
  private long[] matched = new long[(1 << 10) / 64];
  private int size;
  private final LongSet rejectedBefore = new LongSet();
  private final Map<String, long[]> counts = new LinkedHashMap<>();
  private final List<String> oldFiles = new ArrayList<>();
  private final List<String> newFileNames = new ArrayList<>();
  private boolean afterStarted;
  private String lastFile;
  private long[] lastCounts;

  // per-file counters as rows are read (removed and changed are counted at the end)
  private static final int BEFORE = 0;
  private static final int AFTER = 1;
  private static final int ADDED = 2;
  private static final int REJECTED = 3;

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
      contents[i] = fold(contents[i], content);
      return;
    }
    keys[i] = k;
    contents[i] = content;
    files[i] = f;
    size++;
  }

  /** One row of the new drop. */
  public void after(String file, long key, long content, boolean rejected) {
    if (!afterStarted) {
      afterStarted = true;
      newContents = new long[keys.length];
      newFiles = new short[keys.length];
    }
    long[] c = counters(file);
    c[AFTER]++;
    long k = key == 0 ? 1 : key;
    int i = slot(keys, k);
    boolean known = keys[i] == k;
    if (rejected) {
      if (!rejectedBefore.contains(content)) {
        c[REJECTED]++;
      }
      if (known && !isMatched(i)) {
        // accepted before, rejected now: newly rejected rather than removed or changed
        setMatched(i);
        newContents[i] = contents[i];
        newFiles[i] = index(newFileNames, file);
      }
      return;
    }
    if (!known) {
      c[ADDED]++;
      return;
    }
    if (isMatched(i)) {
      newContents[i] = fold(newContents[i], content);
      return;
    }
    setMatched(i);
    newContents[i] = content;
    newFiles[i] = index(newFileNames, file);
  }

  /** The counts per file: old files in the order first seen, then files only in the new drop. */
  public List<FileChange> changes() {
    long[] removed = new long[oldFiles.size()];
    long[] changed = new long[newFileNames.size()];
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == 0) {
        continue;
      }
      if (!isMatched(i)) {
        removed[files[i]]++;
      } else if (newContents[i] != contents[i]) {
        changed[newFiles[i]]++;
      }
    }
    List<FileChange> out = new ArrayList<>();
    counts.forEach(
        (file, c) -> {
          int oldIndex = oldFiles.indexOf(file);
          int newIndex = newFileNames.indexOf(file);
          out.add(
              new FileChange(
                  kind,
                  file,
                  c[BEFORE],
                  c[AFTER],
                  c[ADDED],
                  oldIndex < 0 ? 0 : removed[oldIndex],
                  newIndex < 0 ? 0 : changed[newIndex],
                  c[REJECTED]));
        });
    return out;
  }

  /** Two rows under one key, in file order, as one content fingerprint. */
  private static long fold(long first, long next) {
    return mix(first * 31 + next);
  }

  private long[] counters(String file) {
    if (!file.equals(lastFile)) {
      lastFile = file;
      lastCounts = counts.computeIfAbsent(file, f -> new long[4]);
    }
    return lastCounts;
  }

  private short oldFileIndex(String file) {
    return index(oldFiles, file);
  }

  private short index(List<String> names, String file) {
    int last = names.size() - 1;
    if (last >= 0 && names.get(last).equals(file)) {
      return (short) last;
    }
    int i = names.indexOf(file);
    if (i < 0) {
      if (names.size() == Short.MAX_VALUE) {
        throw new IllegalStateException("too many files of kind " + kind);
      }
      names.add(file);
      i = names.size() - 1;
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
