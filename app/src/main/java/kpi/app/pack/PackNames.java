package kpi.app.pack;

import kpi.core.pack.PackSlugs;

/** Worksheet names of a pack workbook (the packs' file names are {@link PackSlugs}). */
public final class PackNames {
  private PackNames() {}

  /**
   * A worksheet name Excel accepts: no control characters nor any of {@code []:*?/\}, not starting
   * or ending with an apostrophe, not blank, not {@code History} (Excel keeps it for itself), at
   * most 31 characters.
   */
  public static String sheetName(String name) {
    String s = name.replaceAll("[\\p{Cntrl}\\[\\]:*?/\\\\]", " ").replaceAll("\\s+", " ").strip();
    if (s.length() > 31) {
      s = s.substring(0, 31);
    }
    s = s.replaceAll("^'+|'+$", "").strip();
    if (s.isEmpty() || s.equalsIgnoreCase("history")) {
      s = s.isEmpty() ? "Sheet" : s + " 1";
    }
    return s;
  }
}
