package kpi.app.read;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One file of a data drop. Immutable.
 *
 * @param path where to read it
 * @param name the name shown in reports (relative to the drop, forward slashes)
 * @param kind the file kind ({@code neet-tracking}, {@code reference/districts}, ...)
 * @param mapping how an export is read as the kind; null for the contract's own layout
 */
public record InputFile(Path path, String name, String kind, Format format, FileMapping mapping) {

  /** A file read by the contract's own layout (no mapping). */
  public InputFile(Path path, String name, String kind, Format format) {
    this(path, name, kind, format, null);
  }

  /** The table formats the readers understand. */
  public enum Format {
    CSV,
    XLSX,
    XLS;

    /** The format implied by a file name's extension. */
    public static Optional<Format> of(String fileName) {
      String n = fileName.toLowerCase(Locale.ROOT);
      if (n.endsWith(".csv") || n.endsWith(".txt") || n.endsWith(".tsv")) {
        return Optional.of(CSV);
      }
      if (n.endsWith(".xlsx") || n.endsWith(".xlsm")) {
        return Optional.of(XLSX);
      }
      if (n.endsWith(".xls")) {
        return Optional.of(XLS);
      }
      return Optional.empty();
    }
  }

  public InputFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(format, "format");
  }
}
