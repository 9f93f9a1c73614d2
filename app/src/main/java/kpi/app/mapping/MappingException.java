package kpi.app.mapping;

import java.util.List;

/** A mapping that cannot be used, with every problem found, each located by its JSON path. */
public final class MappingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * One problem.
   *
   * @param source the mapping file (or preset) name
   * @param path the JSON path ({@code files[0].columns.person_id}), empty for the whole file
   */
  public record Entry(String source, String path, String message) {
    /** {@code kpi-mapping.json: files[0].kind: message}. */
    public String line() {
      return source + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
  }

  private final transient List<Entry> entries;

  public MappingException(List<Entry> entries) {
    super(String.join("\n", entries.stream().map(Entry::line).toList()));
    this.entries = List.copyOf(entries);
  }

  public List<Entry> entries() {
    return entries;
  }
}
