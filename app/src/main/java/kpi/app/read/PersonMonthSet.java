package kpi.app.read;

/**
 * The (person, snapshot month) pairs seen so far, for neet-tracking's duplicate check, kept as one
 * 64-month bit mask per person and 64-month block (months 0-63 since year 0, 64-127, ...) in an
 * open-addressing table: memory grows with the number of young people (about 21-43 bytes each,
 * twice that for someone whose months straddle two blocks), not with rows, so 30 million monthly
 * rows of 2.5 million people fit in a small heap, over one year or many. People are told apart by a
 * 64-bit hash of their id, with the block mixed in (see {@link KeySet} for the odds of a
 * collision).
 */
final class PersonMonthSet {
  /** The golden-ratio multiplier: spreads block numbers over every bit of the key. */
  private static final long MIX = 0x9E3779B97F4A7C15L;

  private long[] keys = new long[1 << 12];
  private long[] masks = new long[1 << 12];
  private int size;

  /**
   * Adds a pair; false when it was already present. {@code monthIndex} is year * 12 + month - 1.
   */
  boolean add(String personId, int monthIndex) {
    long block = Math.floorDiv(monthIndex, 64);
    int offset = Math.floorMod(monthIndex, 64);
    long h = KeySet.hash(personId) + block * MIX;
    if (h == 0) {
      h = 1;
    }
    if (size * 4 >= keys.length * 3) { // three-quarters full: memory matters more than probes
      grow();
    }
    int mask = keys.length - 1;
    int i = slot(h, mask);
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

  private static int slot(long h, int mask) {
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldMasks = masks;
    keys = new long[oldKeys.length * 2];
    masks = new long[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != 0) {
        int i = slot(oldKeys[j], mask);
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        masks[i] = oldMasks[j];
      }
    }
  }
}
