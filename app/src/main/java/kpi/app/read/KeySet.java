package kpi.app.read;

/**
 * The keys seen so far in a file kind, for duplicate detection, as 64-bit hashes in an
 * open-addressing table: 16 bytes a row instead of a String and a map entry. Two different keys
 * collide with probability about n^2 / 2^65 (below one in 30,000 for 30 million rows); a collision
 * would report a false duplicate, never hide a real one.
 */
final class KeySet {
  private long[] table = new long[1 << 12];
  private boolean zeroSeen;
  private int size;

  /** Adds a key; false when it was already present. */
  boolean add(String... parts) {
    long h = hash(parts);
    if (h == 0) {
      boolean fresh = !zeroSeen;
      zeroSeen = true;
      return fresh;
    }
    if (size * 2 >= table.length) {
      grow();
    }
    return insert(table, h);
  }

  private boolean insert(long[] t, long h) {
    int mask = t.length - 1;
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (t[i] != 0) {
      if (t[i] == h) {
        return false;
      }
      i = (i + 1) & mask;
    }
    t[i] = h;
    if (t == table) {
      size++;
    }
    return true;
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    for (long h : old) {
      if (h != 0) {
        insert(table, h);
      }
    }
  }

  /** FNV-1a 64 over the characters of the parts, separated, then mixed. */
  static long hash(String... parts) {
    long h = 0xcbf29ce484222325L;
    for (String p : parts) {
      for (int i = 0; i < p.length(); i++) {
        char c = p.charAt(i);
        h ^= c & 0xFF;
        h *= 0x100000001b3L;
        h ^= c >>> 8;
        h *= 0x100000001b3L;
      }
      h ^= 0x1F;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
