package kpi.app.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One data row with typed access by column name. Each accessor reports its own problems: an error
 * in a required column rejects the row; a bad optional value is blanked with a warning.
 */
public final class Row {
  /** What every row of one file shares: where it comes from and how its values are read. */
  static final class Context {
    private final InputFile file;
    private final TableSource source;
    private final Header header;
    private final Problems problems;
    private final FileMapping mapping;
    private final List<java.time.format.DateTimeFormatter> datePatterns;
    private boolean decimalComma;
    // the last month read (a pure function of the text): most rows repeat it
    private String lastMonthText;
    private YearMonth lastMonth;

    Context(
        InputFile file, TableSource source, Header header, Problems problems, FileMapping mapping) {
      this(file, source, header, problems, mapping, datePatterns(mapping));
    }

    private static List<java.time.format.DateTimeFormatter> datePatterns(FileMapping mapping) {
      List<java.time.format.DateTimeFormatter> patterns = new java.util.ArrayList<>();
      if (mapping != null) {
        mapping.dateFormats().forEach(p -> patterns.add(Dates.pattern(p)));
      }
      return List.copyOf(patterns);
    }

    /**
     * The same file's context for one lane of a read in lanes: its own problem log and month cache,
     * so lanes share nothing they write to.
     */
    Context forLane(Problems laneProblems) {
      Context c = new Context(file, source, header, laneProblems, mapping, datePatterns);
      c.decimalComma = decimalComma;
      return c;
    }

    private Context(
        InputFile file,
        TableSource source,
        Header header,
        Problems problems,
        FileMapping mapping,
        List<java.time.format.DateTimeFormatter> datePatterns) {
      this.file = file;
      this.source = source;
      this.header = header;
      this.problems = problems;
      this.mapping = mapping;
      this.datePatterns = datePatterns;
    }

    void decimalComma(boolean comma) {
      this.decimalComma = comma;
    }
  }

  private final Context context;
  private final InputFile file;
  private final TableSource source;
  private final Header header;
  private final List<String> values;
  private final int number;
  private final Problems problems;
  private boolean rejected;

  Row(Context context, List<String> values, int number) {
    this.context = context;
    this.file = context.file;
    this.source = context.source;
    this.header = context.header;
    this.values = values;
    this.number = number;
    this.problems = context.problems;
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

  /**
   * The stripped text of a column, through the mapping's value map or constant; empty when the
   * column or value is absent.
   */
  public String raw(String column) {
    FileMapping mapping = context.mapping;
    if (mapping != null) {
      String constant = header.constant(column);
      if (constant != null) {
        return constant;
      }
    }
    int i = header.indexOf(column);
    if (i < 0 || i >= values.size() || values.get(i) == null) {
      return "";
    }
    String v = values.get(i).strip();
    return mapping == null ? v : mapping.mapValue(column, v);
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
      LocalDate d = Dates.parse(v, file.format() != InputFile.Format.CSV, context.datePatterns);
      if (Dates.twoDigitYear(v)) {
        this.warn(
            column,
            "two-digit-year",
            v,
            column
                + ": '"
                + v
                + "' has a two-digit year, read as "
                + d.getYear()
                + "; write the year in full to be sure");
      }
      return d;
    } catch (IllegalArgumentException e) {
      report(required, column, "bad-date", v, column + ": " + e.getMessage());
      return null;
    }
  }

  /**
   * A date checked against the plausible window: outside it, the row is rejected ({@code
   * implausible-date}) and null returned.
   */
  public LocalDate within(String column, LocalDate date, DateWindow window) {
    if (date == null || window.contains(date)) {
      return date;
    }
    this.error(
        column, "implausible-date", raw(column), column + " " + date + " " + window.reason(date));
    return null;
  }

  /** A required month ({@code 2017-01} or a date in it). */
  public YearMonth month(String column) {
    String v = text(column);
    if (v.isEmpty()) {
      return null;
    }
    if (v.equals(context.lastMonthText)) { // a snapshot column repeats the same few values
      return context.lastMonth;
    }
    try {
      YearMonth m =
          Dates.parseMonth(v, file.format() != InputFile.Format.CSV, context.datePatterns);
      context.lastMonthText = v;
      context.lastMonth = m;
      return m;
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
    if (digitsOnly(v)) {
      return Integer.parseInt(v);
    }
    String plain = Numbers.plain(v, context.decimalComma);
    try {
      if (plain != null) {
        return new BigDecimal(plain).intValueExact();
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // reported below
    }
    report(
        required,
        column,
        "bad-number",
        v,
        column + ": '" + v + "' is not a whole number" + Numbers.hint(v, context.decimalComma));
    return null;
  }

  /** One to nine ASCII digits: a plain whole number that fits an int. */
  private static boolean digitsOnly(String v) {
    if (v.isEmpty() || v.length() > 9) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      char ch = v.charAt(i);
      if (ch < '0' || ch > '9') {
        return false;
      }
    }
    return true;
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
    String plain = Numbers.plain(v, context.decimalComma);
    try {
      if (plain != null) {
        double d = Double.parseDouble(plain);
        if (Double.isFinite(d)) {
          return d;
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    report(
        required,
        column,
        "bad-number",
        v,
        column + ": '" + v + "' is not a number" + Numbers.hint(v, context.decimalComma));
    return null;
  }

  /**
   * Reports a number outside the plausible range of its column as a row error (a figure that cannot
   * be right must not become a KPI value); true when it is in range.
   */
  public boolean inRange(String column, Double value, double min, double max) {
    if (value == null || (value >= min && value <= max)) {
      return true;
    }
    error(
        column,
        "implausible-value",
        raw(column),
        column
            + ": "
            + raw(column)
            + " is outside the plausible range "
            + Numbers.show(min)
            + " to "
            + Numbers.show(max)
            + " for this column");
    return false;
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
