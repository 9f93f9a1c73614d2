package kpi.app.load;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import kpi.app.KpiException;
import kpi.app.read.InputFile;

/**
 * A data drop folder and the files of each kind in it. A kind is found by file name, as CSV or
 * XLSX, and may be split into several files whose names start with the kind's name
 * ({@code neet-tracking-2017-01.csv}); they are read in name order.
 */
public final class DataDrop {
  /** Where the sample drop sits on the classpath. */
  static final String BUNDLED = "kpi/sample-data";
  /** Record-level kinds at the top of a drop. */
  public static final List<String> TOP_KINDS = List.of("neet-tracking", "apprenticeship-starts",
      "attainment-ks4", "attainment-16-18", "attainment-age19", "september-guarantee", "returns");
  /** Reference kinds under {@code reference/}. */
  public static final List<String> REFERENCE_KINDS = List.of("reference/districts",
      "reference/headcount", "reference/schools", "reference/population");

  private final Path root;
  private final boolean bundled;
  /** Files named one by one ({@code kpi validate FILE...}), by kind; null for a whole folder. */
  private final Map<String, List<InputFile>> named;

  private DataDrop(Path root, boolean bundled, Map<String, List<InputFile>> named) {
    this.root = root;
    this.bundled = bundled;
    this.named = named;
  }

  private DataDrop(Path root, boolean bundled) {
    this(root, bundled, null);
  }

  /**
   * Single files, each of the kind its name implies or {@code kind} when given. The reference
   * list of districts beside them ({@code reference/districts.csv} in their folder) is used when
   * present.
   */
  public static DataDrop ofFiles(List<Path> files, String kind) {
    Map<String, List<InputFile>> byKind = new java.util.LinkedHashMap<>();
    Path root = null;
    for (Path p : files) {
      if (!Files.exists(p)) {
        throw KpiException.io(p + ": no such file", null);
      }
      String name = p.getFileName().toString();
      InputFile.Format format = InputFile.Format.of(name).orElseThrow(() -> KpiException.io(
          p + ": not a CSV or XLSX file (by its extension)", null));
      String k = kind != null ? kind : kindOf(name).orElseThrow(() -> KpiException.usage(
          p + ": cannot tell the file kind from its name; use --kind (one of "
              + String.join(", ", allKinds()) + ")"));
      if (root == null) {
        root = p.toAbsolutePath().getParent();
      }
      byKind.computeIfAbsent(k, x -> new ArrayList<>()).add(new InputFile(p, p.toString()
          .replace('\\', '/'), k, format));
    }
    DataDrop drop = new DataDrop(root, false, byKind);
    if (!byKind.containsKey("reference/districts") && root != null) {
      List<InputFile> beside = new DataDrop(root, false).files("reference/districts");
      if (!beside.isEmpty()) {
        byKind.put("reference/districts", beside);
      }
    }
    return drop;
  }

  /** Every kind a drop may hold. */
  public static List<String> allKinds() {
    List<String> all = new ArrayList<>(TOP_KINDS);
    all.addAll(REFERENCE_KINDS);
    all.add("comparators");
    return all;
  }

  /** The kind a file name implies ({@code neet-tracking-2017-01.csv} is neet-tracking). */
  public static Optional<String> kindOf(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    String stem = dot < 0 ? lower : lower.substring(0, dot);
    for (String k : allKinds()) {
      String base = k.substring(k.lastIndexOf('/') + 1);
      if (stem.equals(base) || stem.startsWith(base + "-") || stem.startsWith(base + "_")) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** A drop folder given by the user. */
  public static DataDrop of(Path dir) {
    if (!Files.exists(dir)) {
      throw KpiException.io("data drop " + dir + " does not exist", null);
    }
    if (!Files.isDirectory(dir)) {
      throw KpiException.io("data drop " + dir + " is not a folder", null);
    }
    return new DataDrop(dir, false);
  }

  /** The sample drop packaged with the tool. */
  public static DataDrop bundled() {
    URL marker = DataDrop.class.getClassLoader().getResource(BUNDLED + "/README.md");
    if (marker == null) {
      throw new IllegalStateException("the bundled sample data is missing from the build");
    }
    try {
      URI uri = marker.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
          fs = FileSystems.newFileSystem(uri, Map.of());
        }
        return new DataDrop(fs.getPath(BUNDLED), true);
      }
      return new DataDrop(Path.of(uri).getParent(), true);
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot open the bundled sample data", e);
    }
  }

  public boolean isBundled() {
    return bundled;
  }

  public Path root() {
    return root;
  }

  /** The files of one kind, in name order (empty when the drop has none). */
  public List<InputFile> files(String kind) {
    if (named != null) {
      return named.getOrDefault(kind, List.of());
    }
    int slash = kind.lastIndexOf('/');
    Path dir = slash < 0 ? root : root.resolve(kind.substring(0, slash));
    String base = kind.substring(slash + 1);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<InputFile> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.sorted().toList()) {
        String name = p.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        Optional<InputFile.Format> format = InputFile.Format.of(name);
        if (format.isEmpty() || !Files.isRegularFile(p) || lower.startsWith("~$")) {
          continue;
        }
        String stem = lower.substring(0, lower.lastIndexOf('.'));
        if (stem.equals(base) || stem.startsWith(base + "-") || stem.startsWith(base + "_")) {
          out.add(new InputFile(p, relative(p), kind, format.get()));
        }
      }
    } catch (IOException e) {
      throw KpiException.io("cannot list " + dir + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** The drop's own catalog, if it has one. */
  public Optional<Path> catalog() {
    if (named != null) {
      return Optional.empty();
    }
    Path p = root.resolve("kpi-catalog.json");
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  /** The comparator files under {@code comparators/} (not their {@code .meta.csv}). */
  public List<InputFile> comparatorFiles() {
    if (named != null) {
      return named.getOrDefault("comparators", List.of());
    }
    Path dir = root.resolve("comparators");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted()
          .filter(p -> Files.isRegularFile(p))
          .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".meta.csv"))
          .filter(p -> InputFile.Format.of(p.getFileName().toString()).isPresent())
          .map(p -> new InputFile(p, relative(p), "comparators",
              InputFile.Format.of(p.getFileName().toString()).orElseThrow()))
          .toList();
    } catch (IOException e) {
      throw KpiException.io("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  private String relative(Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }
}
