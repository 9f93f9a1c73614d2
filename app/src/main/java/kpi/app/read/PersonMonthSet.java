package kpi.app.read;

/**
 * The (person, snapshot month) pairs seen so far, for neet-tracking's duplicate check, kept as one
 * 64-month bit mask per person in an open-addressing table: memory grows with the number of young
 * people (about 21-43 bytes each), not with rows, so 30 million monthly rows of 2.5 million people
 * fit in a small heap. Months more than 32 before or 31 after the first month seen go to a {@link
 * KeySet}. People are told apart by a 64-bit hash of their id (see {@link KeySet} for the odds of a
 * collision).
 */
final class PersonMonthSet {
  private long[] keys = new long[1 << 12];
  private long[] masks = new long[1 << 12];
  private int size;
  private int base = Integer.MIN_VALUE;
  private final KeySet outside = new KeySet();

  /** Adds a pair; false when it was already present. */
  boolean add(String personId, int monthIndex) {
    long h = KeySet.hash(personId);
    if (base == Integer.MIN_VALUE) {
      base = monthIndex - 32;
    }
    int offset = monthIndex - base;
    if (offset < 0 || offset >= 64) {
      return outside.add(personId, Integer.toString(monthIndex));
    }
    if (h == 0) {
      h = 1;
    }
    if (size * 4 >= keys.length * 3) { // three-quarters full: memory matters more than probes
      grow();
    }
    int mask = keys.length - 1;
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (keys[i] != 0 && keys[i] != h) {
      i = (i + 1) & mask;
    }
    if (keys[i] == 0) {
      keys[i] = h;
      size++;
    }
    long bit = 1L << offset;
    if ((masks[i] & bit) != 0) {
      return false;
    }
    masks[i] |= bit;
    return true;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldMasks = masks;
    keys = new long[oldKeys.length * 2];
    masks = new long[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != 0) {
        int i = (int) (oldKeys[j] ^ (oldKeys[j] >>> 32)) & mask;
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        masks[i] = oldMasks[j];
      }
    }
  }
}
