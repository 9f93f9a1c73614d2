package kpi.app.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each expected column sits in a file's header row, after any mapping of export headings to
 * contract columns; constant columns of a mapping count as present. Immutable.
 */
public final class Header {
  private final List<String> names;
  private final Map<String, String> constants;

  /**
   * Every column name this header knows (expected, alternatives, found, constants) with its index
   * (-1 when absent) and presence, resolved once per file into an open-addressing table: readers
   * ask for a column by name several times a row, so a lookup is the string's cached hash and a
   * reference comparison, without boxing or the division an immutable map's probe costs.
   */
  private final String[] slotNames;

  private final int[] slotIndex;
  private final boolean[] slotPresent;

  private Header(
      Map<String, Integer> index,
      List<String> names,
      Map<String, String> constants,
      List<String> columns) {
    this.names = List.copyOf(names);
    this.constants = Map.copyOf(constants);
    int size = Integer.highestOneBit(Math.max(8, columns.size() * 4) - 1) << 1;
    this.slotNames = new String[size];
    this.slotIndex = new int[size];
    this.slotPresent = new boolean[size];
    for (String c : columns) {
      int i = home(c);
      while (slotNames[i] != null && !slotNames[i].equals(c)) {
        i = (i + 1) & (size - 1);
      }
      Integer at = index.get(c);
      slotNames[i] = c;
      slotIndex[i] = at == null ? -1 : at;
      slotPresent[i] = at != null || this.constants.containsKey(c);
    }
  }

  private int home(String column) {
    int h = column.hashCode();
    return (h ^ (h >>> 16)) & (slotNames.length - 1);
  }

  /** The slot of a column name, or -1 for a name this header never heard of (so absent). */
  @SuppressWarnings({"ReferenceEquality", "StringEquality"})
  private int slot(String column) {
    String[] s = slotNames;
    int i = home(column);
    String k;
    while ((k = s[i]) != null) {
      if (k == column || k.equals(column)) { // the same constant, nearly always
        return i;
      }
      i = (i + 1) & (s.length - 1);
    }
    return -1;
  }

  /** Matches a header row; columns not expected are listed in {@code unknown}. */
  static Header match(
      List<String> headerRow, List<Column> expected, List<String> unknown, List<String> repeated) {
    return match(headerRow, expected, null, unknown, repeated);
  }

  /**
   * Matches a header row through a mapping (null for none): a mapped export heading stands for its
   * contract column, a column mapped to null is never taken from the file, a constant is present in
   * every row.
   */
  static Header match(
      List<String> headerRow,
      List<Column> expected,
      FileMapping mapping,
      List<String> unknown,
      List<String> repeated) {
    Map<String, String> known = known(expected, mapping);
    Map<String, Integer> index = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < headerRow.size(); i++) {
      String raw = headerRow.get(i) == null ? "" : headerRow.get(i);
      names.add(raw.strip());
      String name = known.get(Column.normalise(raw));
      if (name == null) {
        if (!raw.isBlank()) {
          unknown.add(raw.strip());
        }
      } else if (index.putIfAbsent(name, i) != null) {
        repeated.add(raw.strip());
      }
    }
    Map<String, String> constants = mapping == null ? Map.of() : mapping.constants();
    List<String> columns = new ArrayList<>();
    for (Column c : expected) {
      columns.add(c.name());
      columns.addAll(c.alternatives());
    }
    columns.addAll(index.keySet());
    columns.addAll(constants.keySet());
    return new Header(index, names, constants, columns);
  }

  /** How many expected columns (or their mapped headings) a row holds: to find the header row. */
  static int matches(List<String> row, List<Column> expected, FileMapping mapping) {
    Map<String, String> known = known(expected, mapping);
    java.util.Set<String> found = new java.util.HashSet<>();
    for (String cell : row) {
      String name = known.get(Column.normalise(cell));
      if (name != null) {
        found.add(name);
      }
    }
    return found.size();
  }

  /** Normalised heading to contract column name. */
  private static Map<String, String> known(List<Column> expected, FileMapping mapping) {
    Map<String, String> known = new HashMap<>();
    for (Column c : expected) {
      known.put(Column.normalise(c.name()), c.name());
      for (String alt : c.alternatives()) {
        known.put(Column.normalise(alt), alt);
      }
    }
    if (mapping != null) {
      for (String absent : mapping.absent()) {
        known.remove(Column.normalise(absent));
      }
      mapping
          .columns()
          .forEach(
              (column, heading) -> {
                if (heading != null) {
                  known.put(Column.normalise(heading), column);
                }
              });
      mapping.constants().keySet().forEach(c -> known.remove(Column.normalise(c)));
    }
    return known;
  }

  public boolean has(String column) {
    int s = slot(column);
    return s >= 0 && slotPresent[s];
  }

  /** The column's index, or -1 when the file does not have it (or it is a constant). */
  public int indexOf(String column) {
    int s = slot(column);
    return s >= 0 ? slotIndex[s] : -1;
  }

  /** The value a mapping gives every row for this column, or null. */
  String constant(String column) {
    return constants.isEmpty() ? null : constants.get(column);
  }

  /** The header as written in the file. */
  public List<String> names() {
    return names;
  }
}
