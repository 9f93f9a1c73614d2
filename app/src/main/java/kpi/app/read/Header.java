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
  private final Map<String, Integer> index;
  private final List<String> names;
  private final Map<String, String> constants;

  private Header(Map<String, Integer> index, List<String> names, Map<String, String> constants) {
    this.index = Map.copyOf(index);
    this.names = List.copyOf(names);
    this.constants = Map.copyOf(constants);
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
    return new Header(index, names, constants);
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
    return index.containsKey(column) || constants.containsKey(column);
  }

  /** The column's index, or -1 when the file does not have it (or it is a constant). */
  public int indexOf(String column) {
    Integer i = index.get(column);
    return i == null ? -1 : i;
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
