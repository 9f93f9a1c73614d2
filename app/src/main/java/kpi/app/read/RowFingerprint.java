package kpi.app.read;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 64-bit fingerprints of a data row for comparing drops: one of the row's key as its kind defines
 * it (the columns the reader's duplicate check uses) and one of its content (every column of the
 * kind, in the contract's order, so reordered or extra columns are not a change). Dates in keys are
 * compared as dates, whatever way they are written. Pure.
 */
public final class RowFingerprint {
  /** Key columns per kind; a kind not listed is keyed by its whole content. */
  private static final Map<String, List<String>> KEYS =
      Map.ofEntries(
          Map.entry(
              NeetTrackingReader.KIND,
              List.of(
                  "person_id", "~month:snapshot_date|snapshot_month|academic_year+month_number")),
          Map.entry("attainment-ks4", List.of("pupil_id", "academic_year")),
          Map.entry(
              "attainment-16-18", List.of("student_id", "academic_year", "qualification_type")),
          Map.entry("attainment-age19", List.of("person_id", "cohort_year")),
          Map.entry(LevyReader.KIND, List.of("^employer_id", "~month:month")),
          Map.entry(ReturnsReader.KIND, List.of("^kpi_id", "period", "area")),
          Map.entry(DistrictsReader.KIND, List.of("code")),
          Map.entry("reference/headcount", List.of("organisation", "employer_type", "year_start")),
          Map.entry("reference/schools", List.of("urn")),
          Map.entry("reference/population", List.of("area", "age_band", "year")));

  private RowFingerprint() {}

  /** The fingerprint of the row's key. */
  public static long key(InputFile file, Header header, List<String> values) {
    if (file.kind().equals("apprenticeship-starts")) {
      String startId = value(header, values, "start_id");
      if (!startId.isEmpty()) {
        return KeySet.hash("id", startId);
      }
      return KeySet.hash(
          value(header, values, "learner_id"),
          date(file, value(header, values, "start_date")),
          value(header, values, "standard_code"));
    }
    List<String> columns = KEYS.get(file.kind());
    if (columns == null) {
      return content(file, header, values);
    }
    String[] parts = new String[columns.size()];
    for (int i = 0; i < parts.length; i++) {
      String c = columns.get(i);
      if (c.startsWith("~month:")) {
        String v = "";
        for (String alt : c.substring(7).split("\\|")) {
          if (v.isEmpty() && alt.contains("+")) {
            // an academic year and a month number: kept as written, both parts
            String[] two = alt.split("\\+");
            String year = value(header, values, two[0]);
            v = year.isEmpty() ? "" : year + "#" + value(header, values, two[1]);
          } else if (v.isEmpty()) {
            v = month(file, value(header, values, alt));
          }
        }
        parts[i] = v;
      } else if (c.startsWith("^")) {
        parts[i] = value(header, values, c.substring(1)).toUpperCase(Locale.ROOT);
      } else {
        parts[i] = value(header, values, c);
      }
    }
    return KeySet.hash(parts);
  }

  /**
   * The fingerprint of the row's content: every column of the kind, or every cell when the kind has
   * no fixed columns.
   */
  public static long content(InputFile file, Header header, List<String> values) {
    List<Column> columns = Kinds.columns(file.kind()).orElse(List.of());
    if (columns.isEmpty() || header == null) {
      String[] all = new String[values.size()];
      for (int i = 0; i < all.length; i++) {
        all[i] = values.get(i) == null ? "" : values.get(i).strip();
      }
      return KeySet.hash(all);
    }
    int n = 0;
    for (Column c : columns) {
      n += 1 + c.alternatives().size();
    }
    String[] parts = new String[n];
    int i = 0;
    for (Column c : columns) {
      parts[i++] = value(header, values, c.name());
      for (String alt : c.alternatives()) {
        parts[i++] = value(header, values, alt);
      }
    }
    return KeySet.hash(parts);
  }

  private static String value(Header header, List<String> values, String column) {
    int i = header == null ? -1 : header.indexOf(column);
    if (i < 0 || i >= values.size() || values.get(i) == null) {
      return "";
    }
    return values.get(i).strip();
  }

  private static String month(InputFile file, String v) {
    try {
      return Dates.parseMonth(v, file.format() != InputFile.Format.CSV).toString();
    } catch (RuntimeException e) {
      return v;
    }
  }

  private static String date(InputFile file, String v) {
    try {
      return Dates.parse(v, file.format() != InputFile.Format.CSV).toString();
    } catch (RuntimeException e) {
      return v;
    }
  }
}
