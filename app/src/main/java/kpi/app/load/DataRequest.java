package kpi.app.load;

import java.nio.file.Path;
import java.util.List;

/**
 * Which inputs a command reads: the data drop (null: the bundled sample), the catalog (an id, a
 * file, or null for the drop's own), the mapping (a file, a preset, or null) and the kinds the drop
 * must hold. The command line fills it from its options; {@code kpi diff} builds one per side.
 */
public record DataRequest(Path data, String catalog, String mapping, List<String> require) {
  public DataRequest {
    require = List.copyOf(require);
  }

  /** A drop, catalog and mapping with no kind required. */
  public static DataRequest of(Path data, String catalog, String mapping) {
    return new DataRequest(data, catalog, mapping, List.of());
  }
}
