package kpi.app.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads one CSV or spreadsheet file of a known kind: matches the header against the expected
 * columns, then hands each data row to the kind's handler and counts it as accepted or rejected.
 * A file missing a required column has every row rejected (one problem says why), so counts
 * still reconcile.
 */
public final class TableReader {
  /** The row observer of the load running on this thread, if any (see {@link #observing}). */
  private static final ThreadLocal<RowTap> TAP = new ThreadLocal<>();

  private TableReader() {}

  /**
   * Sees every data row of every file read as it is read, accepted or rejected, after the
   * file's own reader has judged it. A diff fingerprints rows this way while the drop loads as
   * usual, without each reader knowing.
   */
  @FunctionalInterface
  public interface RowTap {
    /**
     * @param header where the expected columns sit in this file
     * @param values the row's cells as text, in file order
     */
    void row(InputFile file, Header header, List<String> values, boolean rejected);
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
  public static FileSummary read(InputFile file, List<Column> columns, Problems problems,
      Consumer<Row> handler) throws IOException {
    TableSource source = TableSource.open(file);
    String sha = source.sha256();
    Counter counter = new Counter(file, source, columns, problems, handler);
    source.read(counter);
    for (String note : source.notes()) {
      problems.add(Problem.ofFile(Severity.WARNING, "encoding", file.name(), note));
    }
    if (!counter.headerSeen) {
      problems.add(Problem.ofFile(Severity.ERROR, "empty-file", file.name(),
          "has no header row; expected columns " + names(columns)));
    } else if (counter.read == 0) {
      problems.add(Problem.ofFile(Severity.WARNING, "no-rows", file.name(),
          "has a header but no data rows"));
    }
    return new FileSummary(file.kind(), file.name(), sha, counter.read,
        counter.read - counter.rejected, counter.rejected);
  }

  private static String names(List<Column> columns) {
    return String.join(", ", columns.stream().filter(Column::required).map(Column::name).toList());
  }

  private static final class Counter implements RowVisitor {
    private final InputFile file;
    private final TableSource source;
    private final List<Column> columns;
    private final Problems problems;
    private final Consumer<Row> handler;
    private final RowTap tap = TAP.get();
    private Header header;
    private boolean headerSeen;
    private boolean unusable;
    private long read;
    private long rejected;

    Counter(InputFile file, TableSource source, List<Column> columns, Problems problems,
        Consumer<Row> handler) {
      this.file = file;
      this.source = source;
      this.columns = columns;
      this.problems = problems;
      this.handler = handler;
    }

    @Override
    public void header(List<String> names, int rowNumber) {
      headerSeen = true;
      List<String> unknown = new ArrayList<>();
      List<String> repeated = new ArrayList<>();
      header = Header.match(names, columns, unknown, repeated);
      for (Column c : columns) {
        boolean present = header.has(c.name()) || c.alternatives().stream().anyMatch(header::has);
        if (c.required() && !present) {
          unusable = true;
          String alt = c.alternatives().isEmpty() ? "" : " (or " + String.join(" or ",
              c.alternatives()) + ")";
          problems.add(new Problem(Severity.ERROR, "missing-column", file.name(), rowNumber,
              c.name(), source.cell(0, rowNumber), null, "required column " + c.name() + alt
              + " is missing from the header; found: " + String.join(", ", header.names())));
        }
      }
      if (!unknown.isEmpty()) {
        problems.add(new Problem(Severity.WARNING, "unknown-column", file.name(), rowNumber, null,
            null, null, "columns ignored: " + String.join(", ", unknown)));
      }
      for (String r : repeated) {
        problems.add(new Problem(Severity.WARNING, "duplicate-column", file.name(), rowNumber, r,
            null, r, "column " + r + " appears more than once; the first is used"));
      }
    }

    @Override
    public void row(List<String> values, int rowNumber) {
      read++;
      if (unusable) {
        rejected++;
        if (tap != null) {
          tap.row(file, header, values, true);
        }
        return;
      }
      Row row = new Row(file, source, header, values, rowNumber, problems);
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
