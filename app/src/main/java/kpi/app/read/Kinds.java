package kpi.app.read;

import java.util.List;
import java.util.Optional;

/**
 * The columns of the kinds with a fixed layout, looked up by a kind's name: a view of {@link
 * FileKind} for callers that hold a kind as text (an {@link InputFile}'s kind, a mapping entry, a
 * command-line argument).
 */
public final class Kinds {
  private Kinds() {}

  /** The expected columns of a kind, empty for a kind without a fixed layout (comparators). */
  public static Optional<List<Column>> columns(String kind) {
    return FileKind.of(kind).filter(FileKind::hasColumns).map(FileKind::columns);
  }

  /** Every kind with a fixed layout, in contract order. */
  public static List<String> names() {
    return java.util.Arrays.stream(FileKind.values())
        .filter(FileKind::hasColumns)
        .map(FileKind::id)
        .toList();
  }
}
