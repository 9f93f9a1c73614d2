package kpi.app.read;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * How one export file is read as a kind of the data-format contract: which sheet and header row,
 * the decimal mark, extra date patterns, export headings for contract columns, value maps and
 * constants. One entry of a {@code kpi-mapping.json} (or a preset). Immutable.
 *
 * @param kind the contract kind
 * @param match glob patterns relative to the drop
 * @param sheet the sheet to read; null for the default choice
 * @param headerRow 1-based header row; null to detect it
 * @param decimal {@code '.'} or {@code ','}; null for the default (sniffed in {@code ;} files)
 * @param dateFormats {@code DateTimeFormatter} patterns tried before the built-in forms
 * @param columns contract column to export heading; a null heading says the export has none
 * @param values per contract column, export value to contract value
 * @param constants contract column to a value used for every row
 * @param origin where the entry was written ({@code kpi-mapping.json files[0]}), for messages
 */
public record FileMapping(
    String kind,
    List<String> match,
    String sheet,
    Integer headerRow,
    Character decimal,
    List<String> dateFormats,
    Map<String, String> columns,
    Map<String, Map<String, String>> values,
    Map<String, String> constants,
    String origin) {

  public FileMapping {
    Objects.requireNonNull(kind, "kind");
    match = List.copyOf(match);
    dateFormats = List.copyOf(dateFormats);
    // Map.copyOf refuses null values, and a null heading is meaningful here.
    columns = java.util.Collections.unmodifiableMap(new TreeMap<>(columns));
    Map<String, Map<String, String>> v = new TreeMap<>();
    values.forEach((k, m) -> v.put(k, Map.copyOf(m)));
    values = java.util.Collections.unmodifiableMap(v);
    constants = Map.copyOf(constants);
    origin = origin == null ? "" : origin;
    if (headerRow != null && headerRow < 1) {
      throw new IllegalArgumentException("header_row must be 1 or more");
    }
    if (decimal != null && decimal != '.' && decimal != ',') {
      throw new IllegalArgumentException("decimal must be '.' or ','");
    }
  }

  /** Contract columns the mapping says the export does not have. */
  public Set<String> absent() {
    java.util.Set<String> out = new java.util.TreeSet<>();
    columns.forEach(
        (column, heading) -> {
          if (heading == null) {
            out.add(column);
          }
        });
    return out;
  }

  /** The export value mapped to the contract value of a column; the value itself when unmapped. */
  public String mapValue(String column, String value) {
    Map<String, String> m = values.get(column);
    if (m == null) {
      return value;
    }
    String mapped = m.get(value);
    if (mapped != null) {
      return mapped;
    }
    for (Map.Entry<String, String> e : m.entrySet()) {
      if (e.getKey().strip().equalsIgnoreCase(value)) {
        return e.getValue();
      }
    }
    return value;
  }

  /** A short label for messages. */
  public String describe() {
    return origin.isEmpty() ? "mapping for " + kind : origin;
  }
}
