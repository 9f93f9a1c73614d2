package kpi.app.read;

/**
 * One shared instance for each of a column's few distinct values (gender, say): a value read from a
 * line is a new string each row, and every cube lookup would hash it again; the shared one keeps
 * its hash. Holds the first {@value #SIZE} distinct values; others pass through. Not thread-safe
 * (one per reader).
 */
final class Canonical {
  private static final int SIZE = 8;
  private final String[] seen = new String[SIZE];
  private int count;

  String of(String value) {
    if (value == null) {
      return null;
    }
    for (int i = 0; i < count; i++) {
      if (seen[i].equals(value)) {
        return seen[i];
      }
    }
    if (count < SIZE) {
      seen[count++] = value;
    }
    return value;
  }
}
