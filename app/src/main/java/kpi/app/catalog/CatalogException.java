package kpi.app.catalog;

import java.util.List;

/** A catalog that cannot be used, with every problem found, each located by its JSON path. */
public final class CatalogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * One problem.
   *
   * @param source the catalog file name
   * @param path the JSON path ({@code kpis[3].target.rule}), empty for the whole file
   */
  public record Entry(String source, String path, String message) {
    /** {@code kpi-catalog.json: kpis[3].target.rule: message}. */
    public String line() {
      return source + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
  }

  private final transient List<Entry> entries;

  public CatalogException(List<Entry> entries) {
    super(String.join("\n", entries.stream().map(Entry::line).toList()));
    this.entries = List.copyOf(entries);
  }

  public List<Entry> entries() {
    return entries;
  }
}
