package kpi.app.diff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import kpi.app.error.KpiException;

/** One side of a diff: a data drop folder or a scorecard JSON file. */
public sealed interface DiffSide permits DiffSide.Drop, DiffSide.Json {

  Path path();

  /** A data drop folder. */
  record Drop(Path path) implements DiffSide {}

  /** A {@code kpi-scorecard/1} JSON file. */
  record Json(Path path) implements DiffSide {}

  /**
   * What a command-line argument names.
   *
   * @throws KpiException (input/output) when it does not exist; (usage) when it is neither
   */
  static DiffSide of(Path p) {
    if (Files.isDirectory(p)) {
      return new Drop(p);
    }
    if (!Files.exists(p)) {
      throw KpiException.io(
          p
              + " does not exist (kpi diff compares two drop folders or two"
              + " scorecard JSON files)",
          null);
    }
    if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
      return new Json(p);
    }
    throw KpiException.usage(
        p + " is neither a data drop folder nor a scorecard JSON file" + " (.json)");
  }
}
