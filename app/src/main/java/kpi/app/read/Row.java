package kpi.app.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One data row with typed access by column name. Each accessor reports its own problems: an
 * error in a required column rejects the row; a bad optional value is blanked with a warning.
 */
public final class Row {
  private final InputFile file;
  private final TableSource source;
  private final Header header;
  private final List<String> values;
  private final int number;
  private final Problems problems;
  private boolean rejected;

  Row(InputFile file, TableSource source, Header header, List<String> values, int number,
      Problems problems) {
    this.file = file;
    this.source = source;
    this.header = header;
    this.values = values;
    this.number = number;
    this.problems = problems;
  }

  /** The physical line (CSV, header = 1) or spreadsheet row number. */
  public int number() {
    return number;
  }

  public boolean rejected() {
    return rejected;
  }

  public boolean has(String column) {
    return header.has(column);
  }

  /** The stripped text of a column; empty when the column or value is absent. */
  public String raw(String column) {
    int i = header.indexOf(column);
    if (i < 0 || i >= values.size() || values.get(i) == null) {
      return "";
    }
    return values.get(i).strip();
  }

  /** Required text: blank rejects the row. */
  public String text(String column) {
    String v = raw(column);
    if (v.isEmpty()) {
      error(column, "missing-value", v, column + " is required but blank");
    }
    return v;
  }

  /** Optional text, empty when blank. */
  public String optionalText(String column) {
    return raw(column);
  }

  public LocalDate date(String column) {
    String v = text(column);
    return v.isEmpty() ? null : parseDate(column, v, true);
  }

  /** A date that is required unless another column stands in for it. */
  public LocalDate optionalDateRequiredUnless(String column, boolean otherGiven) {
    String v = raw(column);
    return v.isEmpty() ? null : parseDate(column, v, !otherGiven);
  }

  public LocalDate optionalDate(String column) {
    String v = raw(column);
    return v.isEmpty() ? null : parseDate(column, v, false);
  }

  private LocalDate parseDate(String column, String v, boolean required) {
    if (Numbers.tooLong(v)) {
      report(required, column, "bad-date", v, column + ": " + tooLong(v, "a date"));
      return null;
    }
    try {
      return Dates.parse(v, file.format() != InputFile.Format.CSV);
    } catch (IllegalArgumentException e) {
      report(required, column, "bad-date", v, column + ": " + e.getMessage());
      return null;
    }
  }

  /**
   * A date checked against the plausible window: outside it, the row is rejected
   * ({@code implausible-date}) and null returned.
   */
  public LocalDate within(String column, LocalDate date, DateWindow window) {
    if (date == null || window.contains(date)) {
      return date;
    }
    this.error(column, "implausible-date", raw(column), column + " " + date + " "
        + window.reason(date));
    return null;
  }

  /** A required month ({@code 2017-01} or a date in it). */
  public YearMonth month(String column) {
    String v = text(column);
    if (v.isEmpty()) {
      return null;
    }
    try {
      return Dates.parseMonth(v, file.format() != InputFile.Format.CSV);
    } catch (IllegalArgumentException e) {
      error(column, "bad-date", v, column + ": " + e.getMessage());
      return null;
    }
  }

  public Integer integer(String column) {
    String v = text(column);
    return v.isEmpty() ? null : parseInt(column, v, true);
  }

  public Integer optionalInteger(String column) {
    String v = raw(column);
    return v.isEmpty() ? null : parseInt(column, v, false);
  }

  private Integer parseInt(String column, String v, boolean required) {
    if (Numbers.tooLong(v)) {
      report(required, column, "bad-number", v, column + ": " + tooLong(v, "a number"));
      return null;
    }
    if (v.length() <= 9 && v.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      return Integer.parseInt(v);
    }
    try {
      return new BigDecimal(v).intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      report(required, column, "bad-number", v, column + ": '" + v + "' is not a whole number");
      return null;
    }
  }

  public Double decimal(String column) {
    String v = text(column);
    return v.isEmpty() ? null : parseDecimal(column, v, true);
  }

  public Double optionalDecimal(String column) {
    String v = raw(column);
    return v.isEmpty() ? null : parseDecimal(column, v, false);
  }

  /** A decimal that rejects the row when unreadable although the column may be blank. */
  public Double optionalDecimalRequired(String column, boolean blankRejects) {
    String v = raw(column);
    if (v.isEmpty()) {
      if (blankRejects) {
        error(column, "missing-value", v, column + " is required but blank");
      }
      return null;
    }
    return parseDecimal(column, v, true);
  }

  private Double parseDecimal(String column, String v, boolean required) {
    if (Numbers.tooLong(v)) {
      report(required, column, "bad-number", v, column + ": " + tooLong(v, "a number"));
      return null;
    }
    try {
      double d = Double.parseDouble(v.replace(",", ""));
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    report(required, column, "bad-number", v, column + ": '" + v + "' is not a number");
    return null;
  }

  /** An optional yes/no flag; null when blank or unreadable (with a warning). */
  public Boolean flag(String column) {
    return parseFlag(column, false);
  }

  /** A required yes/no flag. */
  public Boolean requiredFlag(String column) {
    if (text(column).isEmpty()) {
      return null;
    }
    return parseFlag(column, true);
  }

  private Boolean parseFlag(String column, boolean required) {
    String v = raw(column);
    try {
      return Flags.parse(v);
    } catch (IllegalArgumentException e) {
      report(required, column, "bad-flag", v, column + ": " + e.getMessage());
      return null;
    }
  }

  private static String tooLong(String v, String what) {
    return "a value of " + v.length() + " characters is too long to be " + what;
  }

  private void report(boolean required, String column, String check, String value, String msg) {
    if (required) {
      error(column, check, value, msg);
    } else {
      warn(column, check, value, msg + "; left blank");
    }
  }

  /** Rejects the row with a problem in one column. */
  public void error(String column, String check, String value, String message) {
    rejected = true;
    problems.add(problem(Severity.ERROR, column, check, value, message));
  }

  /** Keeps the row but reports a problem in one column. */
  public void warn(String column, String check, String value, String message) {
    problems.add(problem(Severity.WARNING, column, check, value, message));
  }

  private Problem problem(Severity s, String column, String check, String value, String message) {
    int i = header.indexOf(column);
    String cell = i < 0 ? null : source.cell(i, number);
    return new Problem(s, check, file.name(), number, column, cell, value, message);
  }
}
