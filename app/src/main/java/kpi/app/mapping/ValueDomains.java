package kpi.app.mapping;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kpi.app.read.Flags;

/**
 * The values a contract column accepts, for checking a mapping's value maps and constants before
 * any file is read ({@code data-formats.md}). Free-text columns accept anything.
 */
final class ValueDomains {
  private static final Set<String> FLAG_COLUMNS =
      Set.of(
          "looked_after",
          "care_leaver",
          "ehcp",
          "sen_support",
          "assisted",
          "troubled_family",
          "fsm",
          "disadvantaged",
          "em_pass_at_16",
          "em_pass_by_19",
          "level2_by_19",
          "level3_by_19");
  private static final Map<String, Set<String>> CODES =
      Map.of(
          "cohort_status", Set.of("P", "G", "A", "T", "E", "M", "D", "L"),
          "qualification_type",
              Set.of(
                  "a-level",
                  "academic",
                  "applied-general",
                  "tech-level",
                  "technical-certificate",
                  "other"),
          "status", Set.of("continuing", "completed", "withdrawn", "break"),
          "level",
              Set.of("2", "3", "4", "5", "6", "7", "intermediate", "advanced", "higher", "degree"));

  private ValueDomains() {}

  /** Null when {@code value} is a valid value of the column, else a sentence saying why not. */
  static String check(String kind, String column, String value) {
    String v = value.strip();
    if (column.equals("send")) {
      // one meaning of send in every kind: the NCCIS code, or a yes/no (yes = any SEND)
      return kpi.core.neet.Send.parse(v).isPresent()
          ? null
          : "\"" + value + "\" is not a send code (N none, K SEN support, E EHC plan, Y any)";
    }
    if (FLAG_COLUMNS.contains(column)) {
      try {
        Flags.parse(v);
        return null;
      } catch (IllegalArgumentException e) {
        return "\""
            + value
            + "\" is not a yes/no flag for "
            + column
            + " (Y/N, Yes/No, true/false,"
            + " 1/0, or blank for unknown)";
      }
    }
    if (column.equals("activity_code")) {
      return v.matches("[1-9]\\d\\d")
          ? null
          : "\"" + value + "\" is not an NCCIS current-activity code (three digits, such as 540)";
    }
    Set<String> codes = CODES.get(column);
    if (codes != null
        && !codes.contains(v.toLowerCase(Locale.ROOT))
        && !codes.contains(v.toUpperCase(Locale.ROOT))) {
      return "\""
          + value
          + "\" is not a value of "
          + column
          + "; values are "
          + String.join(", ", new java.util.TreeSet<>(codes));
    }
    return null;
  }
}
