package kpi.app.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kpi.app.error.KpiException;
import kpi.app.mapping.Mapping;
import kpi.app.mapping.MappingLoader;
import kpi.app.read.Suggest;

/** Which mapping a command reads the drop through: {@code --mapping}, else the drop's own. */
public final class MappingChoice {
  private MappingChoice() {}

  /**
   * Resolves the mapping.
   *
   * @param option a preset name or a mapping file, or null
   * @param drop the drop, whose {@code kpi-mapping.json} is used when the option is absent
   * @return the mapping, or null when there is none
   * @throws kpi.app.mapping.MappingException when the mapping has errors
   */
  public static Mapping resolve(String option, DataDrop drop) {
    MappingLoader loader = new MappingLoader();
    if (option != null) {
      if (MappingLoader.isPreset(option)) {
        return loader.preset(option);
      }
      Path p = Path.of(option);
      if (Files.isRegularFile(p)) {
        return loader.parse(bytes(p), option.replace('\\', '/'), "file");
      }
      if (option.contains("/") || option.contains("\\") || option.endsWith(".json")) {
        throw KpiException.io("mapping file " + option + " does not exist", null);
      }
      throw KpiException.usage(
          "unknown mapping \""
              + option
              + "\": not a file, nor a preset ("
              + String.join(", ", MappingLoader.PRESETS)
              + ")"
              + Suggest.didYouMean(option, MappingLoader.PRESETS));
    }
    if (drop != null && drop.mappingFile().isPresent()) {
      return loader.parse(bytes(drop.mappingFile().get()), "kpi-mapping.json", "file");
    }
    return null;
  }

  private static byte[] bytes(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw KpiException.io(p + ": cannot be read: " + e.getMessage(), e);
    }
  }
}
