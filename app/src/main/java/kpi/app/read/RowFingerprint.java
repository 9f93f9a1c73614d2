package kpi.app.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 64-bit fingerprints of a data row for comparing drops: one of the row's key as its kind defines
 * it ({@link FileKind#key}: the columns the reader's duplicate check uses) and one of its content
 * (every column of the kind, in the contract's order, so reordered or extra columns are not a
 * change). Dates in keys are compared as dates, whatever way they are written. Pure.
 */
public final class RowFingerprint {
  private RowFingerprint() {}

  /** The fingerprint of the row's key. */
  public static long key(InputFile file, Header header, List<String> values) {
    List<String> columns = FileKind.of(file.kind()).map(FileKind::key).orElse(List.of());
    if (columns.isEmpty()) {
      return content(file, header, values);
    }
    List<String> parts = new ArrayList<>();
    for (String c : columns) {
      if (c.startsWith("=")) {
        String id = value(header, values, c.substring(1));
        if (!id.isEmpty()) {
          return KeySet.hash("id", id);
        }
      } else if (c.startsWith("~date:")) {
        parts.add(date(file, value(header, values, c.substring(6))));
      } else if (c.startsWith("~month:")) {
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
        parts.add(v);
      } else if (c.startsWith("^")) {
        parts.add(value(header, values, c.substring(1)).toUpperCase(Locale.ROOT));
      } else {
        parts.add(value(header, values, c));
      }
    }
    return KeySet.hash(parts.toArray(String[]::new));
  }

  /**
   * The fingerprint of the row's content: every column of the kind, or every cell when the kind has
   * no fixed columns.
   */
  public static long content(InputFile file, Header header, List<String> values) {
    List<Column> columns = FileKind.of(file.kind()).map(FileKind::columns).orElse(List.of());
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
