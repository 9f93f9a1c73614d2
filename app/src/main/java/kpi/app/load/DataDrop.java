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
import kpi.app.error.KpiException;
import kpi.app.read.FileKind;
import kpi.app.read.InputFile;

/**
 * A data drop folder and the files of each kind in it, found once when the drop is opened. A kind
 * is found by file name, matched like a header (case, spaces, {@code -} and {@code _} alike: {@code
 * NEET Tracking 2016-17.csv}), in the folder or any subfolder, as CSV or XLSX, and may be split
 * into several files whose names start with the kind's name; they are read in path order. Reference
 * lists sit in a folder named {@code reference}, published figures in one named {@code
 * comparators}. A mapping ({@code kpi-mapping.json} or {@code --mapping}) sends export files with
 * other names to their kinds. Every table file that no kind takes is listed.
 */
public final class DataDrop {
  /** Where the sample drop sits on the classpath. */
  static final String BUNDLED = "kpi/sample-data";

  /** How deep subfolders are searched. */
  private static final int MAX_DEPTH = 8;

  /** The extensions of table files that are listed when no kind takes them. */
  private static final List<String> TABLE_EXTENSIONS = List.of(".csv", ".xlsx", ".xls", ".xlsm");

  /** A table file that no kind takes, with the kind its name is closest to (or null). */
  public record Unread(String name, String closestKind) {}

  /** A problem with the mapping found while matching files (JSON path in {@code where}). */
  public record MappingIssue(boolean error, String where, String message) {}

  private final Path root;
  private final boolean bundled;

  /** Files named one by one ({@code kpi validate FILE...}), by kind; null for a whole folder. */
  private final Map<String, List<InputFile>> named;

  private final kpi.app.mapping.Mapping mapping;

  /** The folder's files by kind, found on first use. */
  private Map<String, List<InputFile>> found;

  private final List<Unread> unread = new ArrayList<>();
  private final List<MappingIssue> mappingIssues = new ArrayList<>();

  private DataDrop(
      Path root,
      boolean bundled,
      Map<String, List<InputFile>> named,
      kpi.app.mapping.Mapping mapping) {
    this.root = root;
    this.bundled = bundled;
    this.named = named;
    this.mapping = mapping;
  }

  private DataDrop(Path root, boolean bundled) {
    this(root, bundled, null, null);
  }

  /** The same drop read through a mapping (null for none). */
  public DataDrop withMapping(kpi.app.mapping.Mapping m) {
    if (named != null) {
      Map<String, List<InputFile>> mapped = new java.util.LinkedHashMap<>();
      named.forEach((k, files) -> mapped.put(k, files.stream().map(f -> withEntry(f, m)).toList()));
      return new DataDrop(root, bundled, mapped, m);
    }
    return new DataDrop(root, bundled, null, m);
  }

  /** A named file with the mapping's entry for its kind, if any. */
  private static InputFile withEntry(InputFile f, kpi.app.mapping.Mapping m) {
    if (m == null) {
      return f;
    }
    for (kpi.app.mapping.Mapping.Entry e : m.entries()) {
      if (e.kind().equals(f.kind())) {
        return new InputFile(f.path(), f.name(), f.kind(), f.format(), e.reading());
      }
    }
    return f;
  }

  public kpi.app.mapping.Mapping mapping() {
    return mapping;
  }

  /** The drop's own {@code kpi-mapping.json}, if it has one. */
  public Optional<Path> mappingFile() {
    if (named != null || root == null) {
      return Optional.empty();
    }
    Path p = root.resolve("kpi-mapping.json");
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  /**
   * Single files, each of the kind its name implies or {@code kind} when given. The reference list
   * of districts beside them ({@code reference/districts.csv} in their folder) is used when
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
      InputFile.Format format =
          InputFile.Format.of(name)
              .orElseThrow(
                  () -> KpiException.io(p + ": not a CSV or XLSX file (by its extension)", null));
      String k =
          kind != null
              ? kind
              : kindOf(name)
                  .orElseThrow(
                      () ->
                          KpiException.usage(
                              p
                                  + ": cannot tell the file kind from its name; use --kind (one of "
                                  + String.join(", ", allKinds())
                                  + ")"));
      if (root == null) {
        root = p.toAbsolutePath().getParent();
      }
      byKind
          .computeIfAbsent(k, x -> new ArrayList<>())
          .add(new InputFile(p, p.toString().replace('\\', '/'), k, format));
    }
    DataDrop drop = new DataDrop(root, false, byKind, null);
    String districts = FileKind.DISTRICTS.id();
    if (!byKind.containsKey(districts) && root != null) {
      Path beside = root.resolve("reference").resolve(FileKind.DISTRICTS.stem() + ".csv");
      if (Files.isRegularFile(beside)) {
        byKind.put(
            districts,
            List.of(new InputFile(beside, districts + ".csv", districts, InputFile.Format.CSV)));
      }
    }
    return drop;
  }

  /** Every kind a drop may hold, in contract order. */
  public static List<String> allKinds() {
    return FileKind.names();
  }

  /**
   * The kind a file name implies, matched like a header ({@code neet-tracking-2017-01.csv}, {@code
   * NEET Tracking 2016-17.xlsx} are neet-tracking).
   */
  public static Optional<String> kindOf(String fileName) {
    for (String k : allKinds()) {
      if (nameMatches(fileName, k)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** Whether a file name starts with a kind's name, as a whole word, matched like a header. */
  static boolean nameMatches(String fileName, String kind) {
    String stem = stem(fileName);
    String base = kpi.app.read.Column.normalise(kind.substring(kind.lastIndexOf('/') + 1));
    return stem.equals(base) || stem.startsWith(base + "_");
  }

  /** A file name without its extension, normalised like a header. */
  private static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String s = dot < 0 ? fileName : fileName.substring(0, dot);
    return kpi.app.read.Column.normalise(s.replace('.', '_'));
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

  /** Whether the drop is files named one by one rather than a folder. */
  public boolean isNamedFiles() {
    return named != null;
  }

  public boolean isBundled() {
    return bundled;
  }

  public Path root() {
    return root;
  }

  /** The files of one kind, in path order (empty when the drop has none). */
  public List<InputFile> files(String kind) {
    if (named != null) {
      return named.getOrDefault(kind, List.of());
    }
    return found().getOrDefault(kind, List.of());
  }

  /** Table files in the folder that no kind takes, with the closest kind. */
  public List<Unread> unread() {
    found();
    return List.copyOf(unread);
  }

  /** Problems with the mapping found while matching files. */
  public List<MappingIssue> mappingIssues() {
    found();
    return List.copyOf(mappingIssues);
  }

  /** Whether the drop holds any data file at all (record files, returns or comparators). */
  public boolean hasDataFiles() {
    for (FileKind k : FileKind.values()) {
      if (k.place() != FileKind.Place.REFERENCE && !files(k.id()).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private Map<String, List<InputFile>> found() {
    if (found == null) {
      found = discover();
    }
    return found;
  }

  /** Walks the folder once, sending each table file to its kind (mapping first, then name). */
  private Map<String, List<InputFile>> discover() {
    Map<String, List<InputFile>> byKind = new java.util.LinkedHashMap<>();
    List<Path> candidates = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root, MAX_DEPTH)) {
      s.filter(p -> !p.equals(root))
          .filter(p -> !hidden(root.relativize(p)))
          .filter(p -> InputFile.Format.of(p.getFileName().toString()).isPresent())
          .sorted((a, b) -> relative(a).compareTo(relative(b)))
          .forEach(candidates::add);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw KpiException.io("cannot list " + root + ": " + e.getMessage(), null);
    }
    List<kpi.app.mapping.Mapping.Entry> entries = mapping == null ? List.of() : mapping.entries();
    boolean[] used = new boolean[entries.size()];
    for (Path p : candidates) {
      String rel = relative(p);
      String fileName = p.getFileName().toString();
      // Not only regular files: a folder, pipe or dangling link named like a data file is
      // handed on, so its reader refuses it and says so rather than it being skipped.
      InputFile.Format format = InputFile.Format.of(fileName).orElseThrow();
      String byName = kindByLocation(rel).orElse(null);
      List<Integer> hits = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        if (entries.get(i).matches(rel)) {
          hits.add(i);
        }
      }
      if (hits.isEmpty() && byName != null) {
        for (int i = 0; i < entries.size(); i++) {
          if (entries.get(i).kindNames() && entries.get(i).kind().equals(byName)) {
            hits.add(i);
            break;
          }
        }
      }
      if (hits.size() > 1) {
        mappingIssues.add(
            new MappingIssue(
                true,
                "files[" + hits.get(0) + "].match",
                rel
                    + " is matched by files["
                    + hits.get(0)
                    + "] and files["
                    + hits.get(1)
                    + "]; a file must be matched by one entry (the first is used)"));
      }
      if (!hits.isEmpty()) {
        kpi.app.mapping.Mapping.Entry e = entries.get(hits.get(0));
        used[hits.get(0)] = true;
        byKind
            .computeIfAbsent(e.kind(), k -> new ArrayList<>())
            .add(new InputFile(p, rel, e.kind(), format, e.reading()));
      } else if (byName != null) {
        byKind
            .computeIfAbsent(byName, k -> new ArrayList<>())
            .add(new InputFile(p, rel, byName, format));
      } else if (listed(rel)) {
        unread.add(new Unread(rel, closestKind(rel)));
      }
    }
    for (int i = 0; i < entries.size(); i++) {
      if (!used[i]) {
        mappingIssues.add(
            new MappingIssue(
                false,
                "files[" + i + "].match",
                "matches no file in"
                    + " the drop ("
                    + String.join(", ", entries.get(i).reading().match())
                    + ")"));
      }
    }
    return byKind;
  }

  /** The kind a drop-relative path implies by its folder and name, if any. */
  static Optional<String> kindByLocation(String rel) {
    String[] parts = rel.split("/");
    String fileName = parts[parts.length - 1];
    String lowerName = fileName.toLowerCase(Locale.ROOT);
    FileKind inFolder = null;
    boolean inReference = false;
    for (int i = 0; i < parts.length - 1; i++) {
      String folder = kpi.app.read.Column.normalise(parts[i]);
      for (FileKind k : FileKind.at(FileKind.Place.FOLDER)) {
        if (inFolder == null && folder.equals(kpi.app.read.Column.normalise(k.stem()))) {
          inFolder = k;
        }
      }
      inReference |= folder.equals("reference");
    }
    if (lowerName.startsWith("~$")) {
      return Optional.empty();
    }
    if (inFolder != null) {
      return lowerName.endsWith(".meta.csv") ? Optional.empty() : Optional.of(inFolder.id());
    }
    for (FileKind k : FileKind.at(inReference ? FileKind.Place.REFERENCE : FileKind.Place.TOP)) {
      if (nameMatches(fileName, k.id())) {
        return Optional.of(k.id());
      }
    }
    return Optional.empty();
  }

  /** Whether an unread file is worth a warning: a table file, not a lock file or a companion. */
  private static boolean listed(String rel) {
    String lower = rel.toLowerCase(Locale.ROOT);
    String fileName = lower.substring(lower.lastIndexOf('/') + 1);
    if (fileName.startsWith("~$") || fileName.endsWith(".meta.csv")) {
      return false;
    }
    return TABLE_EXTENSIONS.stream().anyMatch(fileName::endsWith);
  }

  /** Hidden files and folders ({@code .git}, {@code .DS_Store}) are never read. */
  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** The kind an unread file's name is closest to, for the warning's hint; null when none. */
  static String closestKind(String rel) {
    String stem = stem(rel.substring(rel.lastIndexOf('/') + 1));
    for (FileKind k : FileKind.values()) {
      for (String word : k.words()) {
        if (word.contains("_") && stem.contains(word)) {
          return k.id();
        }
      }
    }
    for (String word : stem.split("_")) {
      for (FileKind k : FileKind.values()) {
        if (k.words().contains(word)) {
          return k.id();
        }
      }
    }
    List<String> names = new ArrayList<>();
    allKinds().forEach(k -> names.add(k.substring(k.lastIndexOf('/') + 1)));
    String near = kpi.app.read.Suggest.closest(stem.replace('_', '-'), names);
    if (near == null) {
      return null;
    }
    for (String k : allKinds()) {
      if (k.endsWith(near)) {
        return k;
      }
    }
    return null;
  }

  /** The drop's own catalog, if it has one. */
  public Optional<Path> catalog() {
    if (named != null) {
      return Optional.empty();
    }
    Path p = root.resolve("kpi-catalog.json");
    if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(p)) {
      throw KpiException.io(
          "kpi-catalog.json in the data drop is not a regular file (a folder,"
              + " pipe, device or a link to nowhere); save the catalog to an ordinary file",
          null);
    }
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  /** The comparator files under {@code comparators/} (not their {@code .meta.csv}). */
  public List<InputFile> comparatorFiles() {
    return files(FileKind.COMPARATORS.id());
  }

  private String relative(Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }
}
