package kpi.app.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import kpi.app.read.Column;
import kpi.app.read.Dates;
import kpi.app.read.FileKind;
import kpi.app.read.FileMapping;
import kpi.app.read.Kinds;
import kpi.app.read.Suggest;

/**
 * Reads a mapping ({@code mapping.md}): a {@code kpi-mapping.json} or a preset shipped in the jar,
 * with every problem located by its JSON path and a "did you mean" where one helps.
 */
public final class MappingLoader {
  /** The presets that ship with the tool. */
  public static final List<String> PRESETS = List.of("nccis-npd");

  /** The kinds a mapping may name. */
  static final List<String> KINDS = kinds();

  private static final Set<String> TOP_KEYS =
      Set.of("kpi_mapping", "extends", "files", "description", "source");
  private static final Set<String> ENTRY_KEYS =
      Set.of(
          "kind",
          "match",
          "sheet",
          "header_row",
          "decimal",
          "date_formats",
          "columns",
          "values",
          "constants",
          "match_kind_names",
          "note",
          "suggestions",
          "unmatched_required");

  // made when a mapping is read: its set-up costs about a quarter of a second of every run
  private ObjectMapper json;

  /** A preset by name. */
  public Mapping preset(String name) {
    byte[] bytes = presetBytes(name);
    if (bytes == null) {
      throw new MappingException(
          List.of(
              new MappingException.Entry(
                  name,
                  "",
                  "no such mapping preset; presets are "
                      + String.join(", ", PRESETS)
                      + Suggest.didYouMean(name, PRESETS))));
    }
    return parse(bytes, name, "preset");
  }

  /** Whether a name is a shipped preset. */
  public static boolean isPreset(String name) {
    return PRESETS.contains(name);
  }

  private static byte[] presetBytes(String name) {
    if (!PRESETS.contains(name)) {
      return null;
    }
    try (InputStream in =
        MappingLoader.class
            .getClassLoader()
            .getResourceAsStream("kpi/mappings/" + name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("mapping preset " + name + " is missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read mapping preset " + name, e);
    }
  }

  /**
   * Parses a mapping.
   *
   * @param name the file name shown in messages and provenance
   * @param source {@code file} or {@code preset}
   * @throws MappingException listing every problem
   */
  public Mapping parse(byte[] bytes, String name, String source) {
    List<MappingException.Entry> errors = new ArrayList<>();
    JsonNode root;
    try {
      if (json == null) {
        json = new ObjectMapper();
      }
      root = json.readTree(new String(bytes, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " (line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr()
                  + ")";
      throw new MappingException(
          List.of(
              new MappingException.Entry(
                  name, "", "is not valid JSON" + where + ": " + e.getOriginalMessage())));
    }
    if (root == null || !root.isObject()) {
      throw new MappingException(
          List.of(
              new MappingException.Entry(
                  name, "", "must be a JSON object with \"kpi_mapping\": 1 and \"files\"")));
    }
    unknownKeys(root, "", TOP_KEYS, name, errors);
    JsonNode version = root.get("kpi_mapping");
    if (version == null || !version.isInt() || version.intValue() != 1) {
      errors.add(
          new MappingException.Entry(
              name, "kpi_mapping", "must be 1 (the mapping format version)"));
    }
    List<Mapping.Entry> entries = new ArrayList<>();
    JsonNode ext = root.get("extends");
    List<Mapping.Entry> base = List.of();
    if (ext != null) {
      if (!ext.isTextual() || !isPreset(ext.asText())) {
        errors.add(
            new MappingException.Entry(
                name,
                "extends",
                "must name a preset ("
                    + String.join(", ", PRESETS)
                    + ")"
                    + (ext.isTextual() ? Suggest.didYouMean(ext.asText(), PRESETS) : "")));
      } else {
        base = preset(ext.asText()).entries();
      }
    }
    JsonNode files = root.get("files");
    if (files == null || !files.isArray()) {
      errors.add(
          new MappingException.Entry(
              name, "files", "must be a list of file entries (kind, match, columns, ...)"));
    } else {
      for (int i = 0; i < files.size(); i++) {
        Mapping.Entry e = entry(files.get(i), "files[" + i + "]", name, errors);
        if (e != null) {
          entries.add(e);
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new MappingException(errors);
    }
    return new Mapping(source, name, sha256(bytes), merge(base, entries));
  }

  /** A file's entries merged into its preset's, kind by kind. */
  private static List<Mapping.Entry> merge(List<Mapping.Entry> base, List<Mapping.Entry> own) {
    if (base.isEmpty()) {
      return own;
    }
    List<Mapping.Entry> out = new ArrayList<>();
    List<Mapping.Entry> rest = new ArrayList<>(own);
    for (Mapping.Entry b : base) {
      Mapping.Entry mine =
          rest.stream().filter(e -> e.kind().equals(b.kind())).findFirst().orElse(null);
      if (mine == null) {
        out.add(b);
        continue;
      }
      rest.remove(mine);
      out.add(mine.explicit().isEmpty() ? b : combine(b, mine));
    }
    out.addAll(rest);
    return out;
  }

  private static Mapping.Entry combine(Mapping.Entry base, Mapping.Entry mine) {
    FileMapping b = base.reading();
    FileMapping m = mine.reading();
    Set<String> set = mine.explicit();
    Map<String, String> columns = new LinkedHashMap<>(b.columns());
    columns.putAll(m.columns());
    Map<String, Map<String, String>> values = new LinkedHashMap<>(b.values());
    m.values()
        .forEach(
            (k, v) -> {
              Map<String, String> merged = new LinkedHashMap<>(values.getOrDefault(k, Map.of()));
              merged.putAll(v);
              values.put(k, merged);
            });
    Map<String, String> constants = new LinkedHashMap<>(b.constants());
    constants.putAll(m.constants());
    FileMapping f =
        new FileMapping(
            b.kind(),
            set.contains("match") ? m.match() : b.match(),
            set.contains("sheet") ? m.sheet() : b.sheet(),
            set.contains("header_row") ? m.headerRow() : b.headerRow(),
            set.contains("decimal") ? m.decimal() : b.decimal(),
            set.contains("date_formats") ? m.dateFormats() : b.dateFormats(),
            columns,
            values,
            constants,
            m.origin());
    return new Mapping.Entry(
        f,
        set.contains("match") ? mine.globs() : base.globs(),
        set.contains("match_kind_names") ? mine.kindNames() : base.kindNames() || mine.kindNames(),
        set);
  }

  private Mapping.Entry entry(
      JsonNode node, String path, String name, List<MappingException.Entry> errors) {
    if (node == null || !node.isObject()) {
      errors.add(new MappingException.Entry(name, path, "must be an object with kind and match"));
      return null;
    }
    int before = errors.size();
    unknownKeys(node, path + ".", ENTRY_KEYS, name, errors);
    Set<String> explicit = new TreeSet<>();
    node.fieldNames().forEachRemaining(explicit::add);
    String kind = node.path("kind").asText("");
    if (!KINDS.contains(kind)) {
      errors.add(
          new MappingException.Entry(
              name,
              path + ".kind",
              (kind.isEmpty() ? "is required" : "\"" + kind + "\" is not a kind")
                  + "; kinds are "
                  + String.join(", ", KINDS)
                  + Suggest.didYouMean(kind, KINDS)));
      return null;
    }
    List<String> match = strings(node.get("match"), path + ".match", name, errors);
    if (node.get("match") == null) {
      errors.add(
          new MappingException.Entry(
              name,
              path + ".match",
              "is required: glob patterns of the files this entry reads (\"exports/*.csv\")"));
    }
    List<Pattern> globs = new ArrayList<>();
    match.forEach(g -> globs.add(Mapping.glob(g)));
    String sheet = node.hasNonNull("sheet") ? node.get("sheet").asText() : null;
    Integer headerRow = null;
    if (node.has("header_row")) {
      JsonNode h = node.get("header_row");
      if (!h.isInt() || h.intValue() < 1) {
        errors.add(
            new MappingException.Entry(
                name, path + ".header_row", "must be a row number, 1 or more"));
      } else {
        headerRow = h.intValue();
      }
    }
    Character decimal = null;
    if (node.has("decimal")) {
      String d = node.get("decimal").asText("");
      if (!d.equals(".") && !d.equals(",")) {
        errors.add(new MappingException.Entry(name, path + ".decimal", "must be \".\" or \",\""));
      } else {
        decimal = d.charAt(0);
      }
    }
    List<String> dateFormats =
        strings(node.get("date_formats"), path + ".date_formats", name, errors);
    for (int i = 0; i < dateFormats.size(); i++) {
      try {
        Dates.pattern(dateFormats.get(i));
      } catch (IllegalArgumentException e) {
        errors.add(
            new MappingException.Entry(
                name,
                path + ".date_formats[" + i + "]",
                "\"" + dateFormats.get(i) + "\" is not a date pattern (" + e.getMessage() + ")"));
      }
    }
    Set<String> contract = contractColumns(kind);
    Map<String, String> columns = new LinkedHashMap<>();
    JsonNode cols = node.get("columns");
    if (cols != null) {
      if (!cols.isObject()) {
        errors.add(
            new MappingException.Entry(
                name, path + ".columns", "must map contract columns to export headings"));
      } else {
        for (Iterator<Map.Entry<String, JsonNode>> it = cols.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> c = it.next();
          String column = contractName(c.getKey(), contract);
          if (column == null) {
            errors.add(
                unknownColumn(name, path + ".columns." + c.getKey(), c.getKey(), kind, contract));
          } else if (!c.getValue().isNull() && !c.getValue().isTextual()) {
            errors.add(
                new MappingException.Entry(
                    name,
                    path + ".columns." + c.getKey(),
                    "must be the export's heading (text) or null"));
          } else {
            columns.put(column, c.getValue().isNull() ? null : c.getValue().asText());
          }
        }
      }
    }
    Map<String, Map<String, String>> values = new LinkedHashMap<>();
    JsonNode vals = node.get("values");
    if (vals != null) {
      if (!vals.isObject()) {
        errors.add(
            new MappingException.Entry(
                name,
                path + ".values",
                "must map contract columns to {export value: contract value}"));
      } else {
        for (Iterator<Map.Entry<String, JsonNode>> it = vals.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> v = it.next();
          String column = contractName(v.getKey(), contract);
          String at = path + ".values." + v.getKey();
          if (column == null) {
            errors.add(unknownColumn(name, at, v.getKey(), kind, contract));
            continue;
          }
          if (!v.getValue().isObject()) {
            errors.add(
                new MappingException.Entry(
                    name, at, "must be an object {export value: contract value}"));
            continue;
          }
          Map<String, String> map = new LinkedHashMap<>();
          for (Iterator<Map.Entry<String, JsonNode>> vi = v.getValue().fields(); vi.hasNext(); ) {
            Map.Entry<String, JsonNode> pair = vi.next();
            String target = pair.getValue().asText("");
            String bad = ValueDomains.check(kind, column, target);
            if (bad != null) {
              errors.add(new MappingException.Entry(name, at + "." + pair.getKey(), bad));
            }
            map.put(pair.getKey(), target);
          }
          values.put(column, map);
        }
      }
    }
    Map<String, String> constants = new LinkedHashMap<>();
    JsonNode consts = node.get("constants");
    if (consts != null) {
      if (!consts.isObject()) {
        errors.add(
            new MappingException.Entry(
                name, path + ".constants", "must map contract columns to a value for every row"));
      } else {
        for (Iterator<Map.Entry<String, JsonNode>> it = consts.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> c = it.next();
          String column = contractName(c.getKey(), contract);
          if (column == null) {
            errors.add(
                unknownColumn(name, path + ".constants." + c.getKey(), c.getKey(), kind, contract));
            continue;
          }
          String value = c.getValue().isNull() ? "" : c.getValue().asText();
          String bad = value.isEmpty() ? null : ValueDomains.check(kind, column, value);
          if (bad != null) {
            errors.add(new MappingException.Entry(name, path + ".constants." + c.getKey(), bad));
          }
          constants.put(column, value);
        }
      }
    }
    boolean kindNames = node.path("match_kind_names").asBoolean(false);
    if (errors.size() > before) {
      return null;
    }
    FileMapping reading =
        new FileMapping(
            kind,
            match,
            sheet,
            headerRow,
            decimal,
            dateFormats,
            columns,
            values,
            constants,
            name + " " + path);
    return new Mapping.Entry(reading, globs, kindNames, explicit);
  }

  private static MappingException.Entry unknownColumn(
      String name, String path, String given, String kind, Set<String> contract) {
    return new MappingException.Entry(
        name,
        path,
        "\""
            + given
            + "\" is not a column of "
            + kind
            + "; its columns are "
            + String.join(", ", contract)
            + Suggest.didYouMean(given, contract));
  }

  /** The contract's spelling of a column (matched like headers), or null. */
  private static String contractName(String given, Set<String> contract) {
    String n = Column.normalise(given);
    for (String c : contract) {
      if (Column.normalise(c).equals(n)) {
        return c;
      }
    }
    return null;
  }

  /** Every column (and stand-in column) of a kind, in contract order. */
  static Set<String> contractColumns(String kind) {
    Set<String> out = new java.util.LinkedHashSet<>();
    Kinds.columns(kind)
        .ifPresent(
            cols ->
                cols.forEach(
                    c -> {
                      out.add(c.name());
                      out.addAll(c.alternatives());
                    }));
    return out;
  }

  private static List<String> strings(
      JsonNode node, String path, String name, List<MappingException.Entry> errors) {
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (node.isTextual()) {
      out.add(node.asText());
      return out;
    }
    if (!node.isArray()) {
      errors.add(new MappingException.Entry(name, path, "must be a list of texts"));
      return out;
    }
    for (int i = 0; i < node.size(); i++) {
      if (!node.get(i).isTextual()) {
        errors.add(new MappingException.Entry(name, path + "[" + i + "]", "must be a text"));
      } else {
        out.add(node.get(i).asText());
      }
    }
    return out;
  }

  private static void unknownKeys(
      JsonNode node,
      String prefix,
      Set<String> known,
      String name,
      List<MappingException.Entry> errors) {
    node.fieldNames()
        .forEachRemaining(
            k -> {
              if (!known.contains(k)) {
                errors.add(
                    new MappingException.Entry(
                        name, prefix + k, "is not a mapping key" + Suggest.didYouMean(k, known)));
              }
            });
  }

  private static List<String> kinds() {
    return FileKind.names();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
