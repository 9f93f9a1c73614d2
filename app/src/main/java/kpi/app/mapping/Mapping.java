package kpi.app.mapping;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import kpi.app.read.FileMapping;

/**
 * A mapping of a drop's export files to the contract's kinds ({@code kpi-mapping.json} or a
 * preset), validated. Immutable.
 *
 * @param source {@code file} or {@code preset}
 * @param name the file name as given (relative to the drop when it is the drop's own) or the
 *     preset's name
 * @param sha256 of the mapping's bytes (for a preset, of the preset as shipped)
 * @param entries in the order written; a preset's entries first when the file extends one
 */
public record Mapping(String source, String name, String sha256, List<Entry> entries) {

  /**
   * One {@code files[]} entry.
   *
   * @param reading how matched files are read
   * @param globs the {@code match} patterns, compiled
   * @param kindNames whether the entry also takes files found by the kind's own name
   * @param explicit the keys the entry was written with (to merge it into a preset's)
   */
  public record Entry(
      FileMapping reading, List<Pattern> globs, boolean kindNames, java.util.Set<String> explicit) {
    public Entry {
      Objects.requireNonNull(reading, "reading");
      globs = List.copyOf(globs);
      explicit = java.util.Set.copyOf(explicit);
    }

    /** Whether a drop-relative path ({@code /}-separated) matches one of the patterns. */
    public boolean matches(String relativePath) {
      String p = relativePath.toLowerCase(Locale.ROOT);
      return globs.stream().anyMatch(g -> g.matcher(p).matches());
    }

    public String kind() {
      return reading.kind();
    }
  }

  public Mapping {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    entries = List.copyOf(entries);
  }

  /** The glob syntax of {@code match}: {@code *}, {@code ?}, {@code **} across folders. */
  public static Pattern glob(String glob) {
    String g = glob.replace('\\', '/').toLowerCase(Locale.ROOT);
    while (g.startsWith("./")) {
      g = g.substring(2);
    }
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < g.length(); i++) {
      char c = g.charAt(i);
      if (c == '*' && i + 1 < g.length() && g.charAt(i + 1) == '*') {
        boolean slash = i + 2 < g.length() && g.charAt(i + 2) == '/';
        re.append(slash ? "(?:.*/)?" : ".*");
        i += slash ? 2 : 1;
      } else if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString());
  }

  /** One line for stderr: which mapping is used. */
  public String describe() {
    return "preset".equals(source) ? "mapping preset " + name : "mapping " + name;
  }
}
