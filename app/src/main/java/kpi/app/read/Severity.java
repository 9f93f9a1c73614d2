package kpi.app.read;

import java.util.Locale;

/** How bad a problem is: errors reject a row (or file); warnings keep it. */
public enum Severity {
  ERROR,
  WARNING;

  /** The word used in reports: {@code error} or {@code warning}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
