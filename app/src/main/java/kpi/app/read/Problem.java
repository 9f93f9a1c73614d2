package kpi.app.read;

import java.util.Objects;

/**
 * One problem found in an input, located as precisely as possible. Immutable.
 *
 * @param check stable id of the check that found it (see docs/validation.md)
 * @param file file name relative to the data drop
 * @param row CSV physical line (header = 1) or spreadsheet row; null for the whole file
 * @param column column name as the contract spells it, or null
 * @param cell A1 address with the sheet ({@code Sheet1!D17}) for XLSX, null for CSV
 * @param value the offending value, cut to 50 characters, or null
 * @param message one readable sentence
 */
public record Problem(
    Severity severity,
    String check,
    String file,
    Integer row,
    String column,
    String cell,
    String value,
    String message) {

  private static final int MAX_VALUE = 50;

  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(message, "message");
    if (value != null && value.length() > MAX_VALUE) {
      value = value.substring(0, MAX_VALUE);
    }
  }

  /** A problem with a whole file. */
  public static Problem ofFile(Severity severity, String check, String file, String message) {
    return new Problem(severity, check, file, null, null, null, null, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:row: column: message}, or the cell address for spreadsheets. */
  public String location() {
    StringBuilder b = new StringBuilder(file == null ? "" : file);
    if (cell != null) {
      b.append(' ').append(cell);
    } else if (row != null) {
      b.append(':').append(row);
    }
    if (column != null) {
      b.append(": ").append(column);
    }
    return b.toString();
  }

  /**
   * One line for a terminal: {@code error: neet-tracking.csv:17: activity_code: ...}, control
   * characters from the data shown as {@code \x1b} rather than obeyed.
   */
  public String oneLine() {
    return Printable.of(severity.id() + ": " + location() + ": " + message);
  }
}
