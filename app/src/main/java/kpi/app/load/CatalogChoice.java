package kpi.app.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import kpi.app.catalog.CatalogException;
import kpi.app.catalog.CatalogLoader;
import kpi.app.error.KpiException;
import kpi.app.read.Suggest;
import kpi.core.catalog.Catalog;
import kpi.core.measure.Measures;

/** Picks the catalog a command uses: a bundled id, a JSON file, the drop's own, or the default. */
public final class CatalogChoice {
  /** The catalog used when neither the option nor the drop names one. */
  public static final String DEFAULT_ID = "kent-14-24-2017";

  private static final String DIR = "kpi/catalogs/";

  private CatalogChoice() {}

  /** The ids of the catalogs that ship in the jar, in a fixed order. */
  public static List<String> bundledIds() {
    String index = resource("index.txt");
    return Arrays.stream(index.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * Resolves the {@code --catalog} option.
   *
   * @param option a bundled id, a file path, or null
   * @param drop the data drop, whose {@code kpi-catalog.json} is used when the option is absent;
   *     may be null
   */
  public static Catalog resolve(String option, DataDrop drop) {
    // A bundled catalog needs no SHA-256 here: the first digest costs tens of milliseconds of
    // security-provider set-up, a noticeable share of `kpi kpis`.
    String id = bundledId(option, drop);
    return id != null ? bundled(id) : choose(option, drop).catalog();
  }

  /** The bundled catalog the option (or its absence) names, or null for a file or the drop's. */
  private static String bundledId(String option, DataDrop drop) {
    if (option == null) {
      return drop != null && drop.catalog().isPresent() ? null : DEFAULT_ID;
    }
    return bundledIds().contains(option) ? option : null;
  }

  /** A catalog with where it came from (bundled, the drop's own, or a file). */
  public record Chosen(Catalog catalog, CatalogSource source) {}

  /** As {@link #resolve}, keeping the catalog's source, path and SHA-256. */
  public static Chosen choose(String option, DataDrop drop) {
    String id = bundledId(option, drop);
    if (id != null) {
      return bundledChosen(id);
    }
    if (option == null) {
      return fromFile(drop.catalog().get(), "drop", "kpi-catalog.json");
    }
    Path p = Path.of(option);
    if (Files.isRegularFile(p)) {
      return fromFile(
          p, "file", p.isAbsolute() ? p.getFileName().toString() : option.replace('\\', '/'));
    }
    if (option.contains("/") || option.contains("\\") || option.endsWith(".json")) {
      throw KpiException.io("catalog file " + option + " does not exist", null);
    }
    throw KpiException.usage(
        "unknown catalog \""
            + option
            + "\"; bundled catalogs are "
            + String.join(", ", bundledIds())
            + Suggest.didYouMean(option, bundledIds()));
  }

  /** A bundled catalog by id. */
  public static Catalog bundled(String id) {
    return parse(resource(id + ".json"), id + ".json");
  }

  /** The text of a bundled catalog, for listing and docs. */
  public static String bundledText(String id) {
    return resource(id + ".json");
  }

  private static Chosen bundledChosen(String id) {
    String text = resource(id + ".json");
    return new Chosen(
        parse(text, id + ".json"),
        new CatalogSource("bundled", null, CatalogSource.sha256(text), null));
  }

  private static Chosen fromFile(Path p, String source, String shownPath) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(p);
    } catch (IOException e) {
      throw KpiException.io("cannot read catalog " + p + ": " + e.getMessage(), e);
    }
    Catalog c = parse(new String(bytes, StandardCharsets.UTF_8), p.getFileName().toString());
    String sha = CatalogSource.sha256(bytes);
    String edited =
        bundledIds().contains(c.id())
                && !CatalogSource.sha256(resource(c.id() + ".json")).equals(sha)
            ? c.id()
            : null;
    return new Chosen(c, new CatalogSource(source, shownPath, sha, edited));
  }

  private static Catalog parse(String text, String source) {
    try {
      return new CatalogLoader(Measures.builtIn()).parse(text, source);
    } catch (CatalogException e) {
      throw KpiException.usage(e.getMessage());
    }
  }

  private static String resource(String name) {
    try (InputStream in = CatalogChoice.class.getClassLoader().getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("bundled catalog resource missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read bundled catalog " + name, e);
    }
  }
}
