package kpi.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Scorecard output formats, and inference from an output file's extension. */
public enum OutputFormat {
  TABLE,
  JSON,
  CSV,
  MD,
  HTML,
  XLSX,
  PDF;

  /** The format named by a file's extension, if any (.txt is a table). */
  public static Optional<OutputFormat> fromExtension(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    return switch (name.substring(dot + 1)) {
      case "txt" -> Optional.of(TABLE);
      case "json" -> Optional.of(JSON);
      case "csv" -> Optional.of(CSV);
      case "md", "markdown" -> Optional.of(MD);
      case "html", "htm" -> Optional.of(HTML);
      case "xlsx" -> Optional.of(XLSX);
      case "pdf" -> Optional.of(PDF);
      default -> Optional.empty();
    };
  }

  /** True for formats that are text and may go to stdout. */
  public boolean text() {
    return this != XLSX && this != PDF;
  }
}
