package kpi.app.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where each expected column sits in a file's header row. Immutable. */
public final class Header {
  private final Map<String, Integer> index;
  private final List<String> names;

  private Header(Map<String, Integer> index, List<String> names) {
    this.index = Map.copyOf(index);
    this.names = List.copyOf(names);
  }

  /** Matches a header row; columns not expected are listed in {@code unknown}. */
  static Header match(List<String> headerRow, List<Column> expected, List<String> unknown,
      List<String> repeated) {
    Map<String, String> known = new HashMap<>();
    for (Column c : expected) {
      known.put(Column.normalise(c.name()), c.name());
      for (String alt : c.alternatives()) {
        known.put(Column.normalise(alt), alt);
      }
    }
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
    return new Header(index, names);
  }

  public boolean has(String column) {
    return index.containsKey(column);
  }

  /** The column's index, or -1 when the file does not have it. */
  public int indexOf(String column) {
    Integer i = index.get(column);
    return i == null ? -1 : i;
  }

  /** The header as written in the file. */
  public List<String> names() {
    return names;
  }
}
