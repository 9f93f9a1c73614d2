package kpi.app.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads one CSV or spreadsheet file of a known kind: finds the header (the first row, or the first
 * that holds at least half of the expected columns when a title block sits above it, or the row a
 * mapping names), matches it against the expected columns, then hands each data row to the kind's
 * handler and counts it as accepted or rejected. A file missing a required column has every row
 * rejected (one problem says why), so counts still reconcile.
 */
public final class TableReader {
  /** The row observer of the load running on this thread, if any (see {@link #observing}). */
  private static final ThreadLocal<RowTap> TAP = new ThreadLocal<>();

  /** How far down a header row is looked for below a title block. */
  static final int MAX_TITLE_ROWS = 20;

  /** How many data rows of a {@code ;} file are looked at to tell a decimal comma. */
  static final int DECIMAL_SNIFF_ROWS = 200;

  private static final Pattern COMMA_DECIMAL = Pattern.compile("[-+]?\\d+,\\d+%?");
  private static final Pattern POINT_DECIMAL = Pattern.compile("[-+]?\\d+\\.\\d+%?");

  private TableReader() {}

  /**
   * Sees every data row of every file read as it is read, accepted or rejected, after the file's
   * own reader has judged it. A diff fingerprints rows this way while the drop loads as usual,
   * without each reader knowing.
   */
  @FunctionalInterface
  public interface RowTap {
    /**
     * Called once for each data row.
     *
     * @param header where the expected columns sit in this file
     * @param values the row's cells as text, in file order
     */
    void row(InputFile file, Header header, List<String> values, boolean rejected);
  }

  /**
   * A handler whose rows can be judged in independent lanes: every rule that looks back at earlier
   * rows looks only at rows with the same key (one young person), so rows shared out by key, each
   * lane keeping its own state, are judged as they would be in one. See {@link LaneRunner}.
   */
  public interface Lanes {
    /** The column whose text keys a row's lane. */
    String keyColumn();

    /** The handler of lane {@code index}; it is only ever called from one thread at a time. */
    Consumer<Row> lane(int index);

    /** Whether the lanes may run on threads of their own (false: in file order, on this one). */
    boolean concurrent();
  }

  /** Runs {@code work} (a load, on this thread) with every row also shown to {@code tap}. */
  public static <T> T observing(RowTap tap, Supplier<T> work) {
    RowTap previous = TAP.get();
    TAP.set(tap);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        TAP.remove();
      } else {
        TAP.set(previous);
      }
    }
  }

  /**
   * Reads a file.
   *
   * @param handler turns a row into a record; rows it leaves unrejected count as accepted
   * @return the file's summary, counts reconciled
   * @throws ReadFailure when the file cannot be read at all
   */
  public static FileSummary read(
      InputFile file, List<Column> columns, Problems problems, Consumer<Row> handler)
      throws IOException {
    return read(file, columns, problems, handler, null);
  }

  /**
   * Reads a file whose rows are judged in {@link LaneRunner#LANES} lanes (on two threads when the
   * machine has them); problems and counts come out as from a single handler.
   */
  public static FileSummary read(
      InputFile file, List<Column> columns, Problems problems, Lanes lanes) throws IOException {
    return read(file, columns, problems, null, lanes);
  }

  private static FileSummary read(
      InputFile file, List<Column> columns, Problems problems, Consumer<Row> handler, Lanes lanes)
      throws IOException {
    TableSource source = TableSource.open(file);
    Counter counter = new Counter(file, source, columns, problems, handler, lanes);
    try {
      source.read(counter);
      counter.finish();
    } finally {
      counter.finishLanes();
    }
    String sha = source.sha256(); // after the read: a spreadsheet's is worked out meanwhile
    for (String note : source.notes()) {
      problems.add(Problem.ofFile(Severity.WARNING, "encoding", file.name(), note));
    }
    if (!counter.headerSeen) {
      problems.add(
          Problem.ofFile(
              Severity.ERROR,
              "empty-file",
              file.name(),
              "has no header row; expected columns " + names(columns)));
    } else if (counter.read == 0) {
      problems.add(
          Problem.ofFile(
              Severity.WARNING, "no-rows", file.name(), "has a header but no data rows"));
    }
    List<String> notes = new ArrayList<>(source.readNotes());
    notes.addAll(counter.notes);
    return new FileSummary(
        file.kind(),
        file.name(),
        sha,
        counter.read,
        counter.read - counter.rejected,
        counter.rejected,
        notes);
  }

  private static String names(List<Column> columns) {
    return String.join(", ", columns.stream().filter(Column::required).map(Column::name).toList());
  }

  /** A row held back while the header or the decimal mark is being decided. */
  private record Held(List<String> values, int number) {}

  private static final class Counter implements RowVisitor {
    private final InputFile file;
    private final TableSource source;
    private final List<Column> columns;
    private final Problems problems;
    private final Consumer<Row> handler;
    private final Lanes lanes;
    private LaneRunner runner;
    private final FileMapping mapping;
    private final List<String> notes = new ArrayList<>();
    private final List<Held> held = new ArrayList<>();
    private final RowTap tap = TAP.get();
    private Header header;
    private Row.Context context;
    private boolean headerSeen;
    private boolean headerDecided;
    private boolean decimalDecided;
    private boolean unusable;
    private long read;
    private long rejected;

    Counter(
        InputFile file,
        TableSource source,
        List<Column> columns,
        Problems problems,
        Consumer<Row> handler,
        Lanes lanes) {
      this.file = file;
      this.source = source;
      this.columns = columns;
      this.problems = problems;
      this.handler = handler;
      this.lanes = lanes;
      this.mapping = file.mapping();
    }

    @Override
    public void header(List<String> names, int rowNumber) {
      headerSeen = true;
      line(names, rowNumber);
    }

    @Override
    public void row(List<String> values, int rowNumber) {
      line(values, rowNumber);
    }

    private void line(List<String> values, int rowNumber) {
      if (!headerDecided) {
        findHeader(values, rowNumber);
        return;
      }
      if (!decimalDecided) {
        held.add(new Held(values, rowNumber));
        if (held.size() >= DECIMAL_SNIFF_ROWS) {
          decideDecimal();
        }
        return;
      }
      data(values, rowNumber);
    }

    /** Called once the source has no more rows. */
    void finish() {
      if (!headerDecided && !held.isEmpty()) {
        firstRowAsHeader();
      }
      if (!decimalDecided && headerDecided) {
        decideDecimal();
      }
    }

    /** Waits for the lanes (if any) and takes in their problems and rejected rows. */
    void finishLanes() throws IOException {
      if (runner != null) {
        LaneRunner r = runner;
        runner = null;
        rejected += r.finish();
      }
    }

    /** No row looks like the header: the first is taken (its missing columns reported). */
    private void firstRowAsHeader() {
      List<Held> rows = List.copyOf(held);
      held.clear();
      takeHeader(rows.get(0).values(), rows.get(0).number());
      rows.subList(1, rows.size()).forEach(h -> line(h.values(), h.number()));
    }

    private void findHeader(List<String> values, int rowNumber) {
      if (mapping != null && mapping.headerRow() != null) {
        if (rowNumber < mapping.headerRow()) {
          return; // above the header row the mapping names
        }
        if (rowNumber > mapping.headerRow()) {
          notes.add(
              "row "
                  + mapping.headerRow()
                  + " (the header row of "
                  + mapping.describe()
                  + ") is blank; the header was taken from row "
                  + rowNumber);
        }
        takeHeader(values, rowNumber);
        return;
      }
      if (isHeader(values)) {
        if (!held.isEmpty()) {
          notes.add(
              "header found on row "
                  + rowNumber
                  + " below a title block; rows "
                  + held.get(0).number()
                  + "-"
                  + held.get(held.size() - 1).number()
                  + " skipped");
          held.clear();
        }
        takeHeader(values, rowNumber);
        return;
      }
      held.add(new Held(values, rowNumber));
      if (held.size() > MAX_TITLE_ROWS) {
        firstRowAsHeader();
      }
    }

    /** At least half of the expected (or mapped) columns: the header row. */
    private boolean isHeader(List<String> values) {
      int wanted;
      if (mapping != null && !mapping.columns().isEmpty()) {
        wanted = (int) mapping.columns().values().stream().filter(h -> h != null).count();
      } else {
        wanted = (int) columns.stream().filter(Column::required).count();
      }
      int need = Math.max(1, (wanted + 1) / 2);
      return Header.matches(values, columns, mapping) >= need;
    }

    private void takeHeader(List<String> names, int rowNumber) {
      headerSeen = true;
      headerDecided = true;
      List<String> unknown = new ArrayList<>();
      List<String> repeated = new ArrayList<>();
      header = Header.match(names, columns, mapping, unknown, repeated);
      for (Column c : columns) {
        boolean present = header.has(c.name()) || c.alternatives().stream().anyMatch(header::has);
        if (c.required() && !present) {
          unusable = true;
          String alt =
              c.alternatives().isEmpty()
                  ? ""
                  : " (or " + String.join(" or ", c.alternatives()) + ")";
          String via = mapping == null ? "" : mappedAs(c);
          problems.add(
              new Problem(
                  Severity.ERROR,
                  "missing-column",
                  file.name(),
                  rowNumber,
                  c.name(),
                  source.cell(0, rowNumber),
                  null,
                  "required column "
                      + c.name()
                      + alt
                      + via
                      + " is missing from the header; found: "
                      + String.join(", ", header.names())
                      + Suggest.didYouMean(c.name(), header.names())));
        }
      }
      // The ONS postcode directory has dozens of columns; only two are read, by design.
      if (!unknown.isEmpty()
          && FileKind.of(file.kind()).map(FileKind::warnsUnknownColumns).orElse(true)) {
        problems.add(
            new Problem(
                Severity.WARNING,
                "unknown-column",
                file.name(),
                rowNumber,
                null,
                null,
                null,
                "columns ignored: " + String.join(", ", unknown)));
      }
      for (String r : repeated) {
        problems.add(
            new Problem(
                Severity.WARNING,
                "duplicate-column",
                file.name(),
                rowNumber,
                r,
                null,
                r,
                "column " + r + " appears more than once; the first is used"));
      }
      if (mapping != null) {
        notes.add("read through " + mapping.describe());
        java.util.Set<String> present = new java.util.HashSet<>();
        names.forEach(n -> present.add(Column.normalise(n)));
        mapping
            .columns()
            .forEach(
                (column, heading) -> {
                  if (heading != null && !present.contains(Column.normalise(heading))) {
                    problems.add(
                        new Problem(
                            Severity.ERROR,
                            "mapping-heading",
                            file.name(),
                            rowNumber,
                            column,
                            null,
                            heading,
                            mapping.describe()
                                + ".columns."
                                + column
                                + ": heading \""
                                + heading
                                + "\" is not in this file's header"
                                + Suggest.didYouMean(heading, header.names())));
                  }
                });
      }
      context = new Row.Context(file, source, header, problems, mapping);
      if (mapping != null && mapping.decimal() != null) {
        context.decimalComma(mapping.decimal() == ',');
        decimalDecided = true;
      } else {
        decimalDecided = source.delimiter() != ';';
      }
    }

    private String mappedAs(Column c) {
      String heading = mapping.columns().get(c.name());
      return heading == null
          ? ""
          : " (mapped from heading \"" + heading + "\" by " + mapping.describe() + ")";
    }

    /**
     * A {@code ;} file whose numbers look like {@code 12,5} and never like {@code 12.5} is
     * European-locale Excel: read with a decimal comma, and say so.
     */
    private void decideDecimal() {
      decimalDecided = true;
      boolean comma = false;
      boolean point = false;
      for (Held h : held) {
        for (String v : h.values()) {
          if (v == null || v.length() > 40) {
            continue;
          }
          String t = v.strip();
          comma |= COMMA_DECIMAL.matcher(t).matches();
          point |= POINT_DECIMAL.matcher(t).matches();
        }
      }
      if (comma && !point) {
        context.decimalComma(true);
        notes.add("semicolon-separated with numbers like 12,5: read with a decimal comma");
      }
      List<Held> rows = List.copyOf(held);
      held.clear();
      rows.forEach(h -> data(h.values(), h.number()));
    }

    private void data(List<String> values, int rowNumber) {
      read++;
      if (unusable) {
        rejected++;
        if (tap != null) {
          tap.row(file, header, values, true);
        }
        return;
      }
      if (lanes != null) {
        if (runner == null) {
          runner = new LaneRunner(lanes, context, problems, file, header, mapping, tap);
        }
        runner.row(values, rowNumber);
        return;
      }
      Row row = new Row(context, values, rowNumber);
      handler.accept(row);
      if (row.rejected()) {
        rejected++;
      }
      if (tap != null) {
        tap.row(file, header, values, row.rejected());
      }
    }
  }
}
