package kpi.app.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kpi.core.comparator.Observation;
import kpi.core.comparator.PeriodKey;

/**
 * Reads published comparator files as DfE and councils keep them: Explore Education Statistics open
 * data CSVs ({@code time_period}, {@code time_identifier}, {@code geographic_level}), dashboard
 * extracts ({@code date}, {@code geography_code}) and the long format {@code
 * area_code,area_name,period,indicator,value}. Only the indicators a catalog asks for are kept.
 * Symbols ({@code c}, {@code x}, {@code z}, {@code low}, {@code k}, {@code u}) are kept as "no
 * value, because ...", never read as zero.
 */
public final class ComparatorReader {
  public static final String KIND = FileKind.COMPARATORS.id();
  private static final Set<String> SYMBOLS =
      Set.of("c", "x", "z", "low", "k", "u", "na", "n/a", "..", ":", "-", "~", "*");

  /** Columns that place a figure (time and geography); never indicators or filters. */
  private static final Set<String> PLACE =
      Set.of(
          "time_period",
          "time_identifier",
          "geographic_level",
          "country_code",
          "country_name",
          "region_code",
          "region_name",
          "old_la_code",
          "new_la_code",
          "la_name",
          "la_code",
          "lad_code",
          "lad_name",
          "date",
          "geography_code",
          "geography_name",
          "area_code",
          "area_name",
          "period",
          "indicator",
          "value",
          "version",
          "geographic_level_code");

  private final Set<String> wanted;
  private final Problems problems;

  /**
   * @param indicators the indicators the catalog's KPIs name (any case)
   */
  public ComparatorReader(Set<String> indicators, Problems problems) {
    this.wanted = new HashSet<>();
    indicators.forEach(i -> wanted.add(Column.normalise(i)));
    this.problems = problems;
  }

  /** Reads one file, adding its wanted figures to {@code out}. */
  public FileSummary read(InputFile file, List<Observation> out) throws IOException {
    TableSource source = TableSource.open(file);
    Set<String> filterColumns = filterColumns(source);
    Collector c = new Collector(file, source, filterColumns, out);
    source.read(c);
    for (String w : wanted) {
      if (filterColumns.contains(w)) {
        problems.add(
            Problem.ofFile(
                Severity.ERROR,
                "comparator-text-indicator",
                file.name(),
                "indicator " + w + " holds text, not numbers or DfE symbols; check the column"));
      }
    }
    if (c.layout == null) {
      problems.add(
          Problem.ofFile(
              Severity.ERROR,
              "comparator-layout",
              file.name(),
              "is not an"
                  + " EES file (time_period, time_identifier, geographic_level), a dashboard extract"
                  + " (date, geography_code) or a long file (area_code, area_name, period, indicator,"
                  + " value)"));
    }
    return new FileSummary(
        KIND, file.name(), source.sha256(), c.read, c.read - c.rejected, c.rejected);
  }

  /**
   * First pass: columns holding text that is neither a number nor a symbol, and more than one
   * distinct value (a column that reads 16-17 in every row selects nothing).
   */
  private static Set<String> filterColumns(TableSource source) throws IOException {
    Map<String, Set<String>> filters = new HashMap<>();
    List<String> names = new ArrayList<>();
    source.read(
        new RowVisitor() {
          @Override
          public void header(List<String> header, int rowNumber) {
            header.forEach(h -> names.add(Column.normalise(h)));
          }

          @Override
          public void row(List<String> values, int rowNumber) {
            for (int i = 0; i < values.size() && i < names.size(); i++) {
              String n = names.get(i);
              String v = values.get(i) == null ? "" : values.get(i).strip();
              Set<String> seen = filters.get(n);
              if (seen != null) {
                if (seen.size() < 2) {
                  seen.add(v);
                }
              } else if (!PLACE.contains(n)
                  && !n.endsWith("_code")
                  && !n.endsWith("_flag")
                  && number(v).isEmpty()
                  && !isSymbol(v)) {
                filters.computeIfAbsent(n, k -> new HashSet<>()).add(v);
              }
            }
          }
        });
    Set<String> out = new HashSet<>();
    filters.forEach(
        (n, seen) -> {
          if (seen.size() > 1) {
            out.add(n);
          }
        });
    return out;
  }

  static Optional<Double> number(String text) {
    String s = text == null ? "" : text.strip().replace(",", "");
    if (s.endsWith("%")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      double d = Double.parseDouble(s);
      return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  static boolean isSymbol(String text) {
    return text == null
        || text.isBlank()
        || SYMBOLS.contains(text.strip().toLowerCase(Locale.ROOT));
  }

  private enum Layout {
    EES,
    DASHBOARD,
    LONG
  }

  private final class Collector implements RowVisitor {
    private final InputFile file;
    private final TableSource source;
    private final Set<String> filterColumns;
    private final List<Observation> out;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, String> originalName = new HashMap<>();
    private Layout layout;
    private long read;
    private long rejected;

    Collector(
        InputFile file, TableSource source, Set<String> filterColumns, List<Observation> out) {
      this.file = file;
      this.source = source;
      this.filterColumns = filterColumns;
      this.out = out;
    }

    @Override
    public void header(List<String> names, int rowNumber) {
      for (int i = 0; i < names.size(); i++) {
        String n = Column.normalise(names.get(i));
        index.putIfAbsent(n, i);
        originalName.putIfAbsent(n, names.get(i).strip());
      }
      if (has("time_period") && has("geographic_level")) {
        layout = Layout.EES;
      } else if (has("area_name") && has("period") && has("indicator") && has("value")) {
        layout = Layout.LONG;
      } else if (has("date") && (has("geography_code") || has("geography_name"))) {
        layout = Layout.DASHBOARD;
      }
    }

    private boolean has(String column) {
      return index.containsKey(column);
    }

    private String get(List<String> values, String column) {
      Integer i = index.get(column);
      return i == null || i >= values.size() || values.get(i) == null ? "" : values.get(i).strip();
    }

    @Override
    public void row(List<String> values, int rowNumber) {
      read++;
      if (layout == null) {
        rejected++;
        return;
      }
      String periodText =
          switch (layout) {
            case EES -> get(values, "time_period");
            case DASHBOARD -> get(values, "date");
            case LONG -> get(values, "period");
          };
      Optional<String> pk = PeriodKey.of(periodText);
      if (pk.isEmpty()) {
        rejected++;
        String col =
            layout == Layout.EES ? "time_period" : layout == Layout.LONG ? "period" : "date";
        problems.add(
            new Problem(
                Severity.ERROR,
                "bad-period",
                file.name(),
                rowNumber,
                col,
                source.cell(index.get(col), rowNumber),
                periodText,
                col
                    + ": '"
                    + periodText
                    + "' is not a period like 201617, 2016/17, 2017 or 2017-01"));
        return;
      }
      String[] area = area(values);
      Map<String, String> filters = new LinkedHashMap<>();
      for (String f : filterColumns) {
        if (has(f)) {
          filters.put(f.toLowerCase(Locale.ROOT), get(values, f));
        }
      }
      if (layout == Layout.LONG) {
        if (wanted.contains(Column.normalise(get(values, "indicator")))) {
          add(
              get(values, "indicator"),
              pk.get(),
              periodText,
              area,
              filters,
              get(values, "value"),
              rowNumber,
              "value");
        }
        return;
      }
      for (String w : wanted) {
        if (has(w) && !filterColumns.contains(w)) {
          add(
              originalName.get(w),
              pk.get(),
              periodText,
              area,
              filters,
              get(values, w),
              rowNumber,
              w);
        }
      }
    }

    private void add(
        String indicator,
        String pk,
        String label,
        String[] area,
        Map<String, String> filters,
        String raw,
        int rowNumber,
        String column) {
      Optional<Double> v = number(raw);
      if (v.isEmpty() && !isSymbol(raw)) {
        problems.add(
            new Problem(
                Severity.WARNING,
                "bad-number",
                file.name(),
                rowNumber,
                column,
                source.cell(index.getOrDefault(column, 0), rowNumber),
                raw,
                column
                    + ": '"
                    + raw
                    + "' is neither a number nor a DfE symbol (c, x, z, low, k, u); left out"));
        return;
      }
      String symbol =
          v.isPresent() ? null : raw.isBlank() ? "x" : raw.strip().toLowerCase(Locale.ROOT);
      out.add(
          new Observation(
              indicator,
              pk,
              label,
              area[0],
              area[1],
              area[2],
              filters,
              v.orElse(null),
              symbol,
              source(file.name())));
    }

    /** {level, code, name} of the row's area. */
    private String[] area(List<String> values) {
      if (layout == Layout.LONG) {
        String code = get(values, "area_code");
        return new String[] {levelOfCode(code), code, get(values, "area_name")};
      }
      if (layout == Layout.DASHBOARD) {
        String code = get(values, "geography_code");
        String name =
            has("geography_name") ? get(values, "geography_name") : get(values, "la_name");
        if (name.isEmpty()) {
          name = get(values, "la_name");
        }
        if (name.isEmpty() && code.startsWith("E92")) {
          name = "England";
        }
        return new String[] {levelOfCode(code), code, name};
      }
      String level = get(values, "geographic_level");
      String l = level.toLowerCase(Locale.ROOT);
      if (l.startsWith("national")) {
        return new String[] {level, get(values, "country_code"), get(values, "country_name")};
      }
      if (l.startsWith("regional")) {
        return new String[] {level, get(values, "region_code"), get(values, "region_name")};
      }
      if (l.startsWith("local authority district")) {
        return new String[] {level, get(values, "lad_code"), get(values, "lad_name")};
      }
      String code =
          get(values, "new_la_code").isEmpty()
              ? get(values, "la_code")
              : get(values, "new_la_code");
      return new String[] {level, code, get(values, "la_name")};
    }
  }

  /** The geographic level an ONS code implies. */
  static String levelOfCode(String code) {
    String c = code == null ? "" : code.toUpperCase(Locale.ROOT);
    if (c.startsWith("E92") || c.startsWith("K0") || c.startsWith("E9")) {
      return "National";
    }
    if (c.startsWith("E12")) {
      return "Regional";
    }
    if (c.startsWith("E07")) {
      return "Local authority district";
    }
    if (c.startsWith("E06") || c.startsWith("E08") || c.startsWith("E09") || c.startsWith("E10")) {
      return "Local authority";
    }
    return "";
  }

  /** The file as outputs name it: {@code comparators/} and its name, whatever the folder's case. */
  private static String source(String name) {
    String n = name.replace('\\', '/');
    return "comparators/" + n.substring(n.lastIndexOf('/') + 1);
  }
}
