package kpi.app.read;

import java.util.List;
import java.util.Locale;

/**
 * A column a file kind expects. Immutable.
 *
 * @param name the contract's spelling ({@code person_id})
 * @param required whether the header must have it (or one of its alternatives)
 * @param alternatives columns that may stand in for it ({@code snapshot_month} for {@code
 *     snapshot_date})
 */
public record Column(String name, boolean required, List<String> alternatives) {
  public Column {
    alternatives = List.copyOf(alternatives);
  }

  public static Column required(String name, String... alternatives) {
    return new Column(name, true, List.of(alternatives));
  }

  public static Column optional(String name) {
    return new Column(name, false, List.of());
  }

  /**
   * The form headers are compared in: case-insensitive, surrounding spaces ignored, spaces, {@code
   * -} and {@code _} alike ({@code Person ID} = {@code person_id}).
   */
  public static String normalise(String header) {
    String s = header == null ? "" : header.strip();
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1).strip();
    }
    return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "_");
  }
}
