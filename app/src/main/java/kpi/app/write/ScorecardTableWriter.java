package kpi.app.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kpi.app.read.FileSummary;
import kpi.core.status.Rag;

/**
 * The strategy grid as plain text for the terminal: KPIs grouped by status with counts, themes as
 * headings, full titles and comparators wrapped to the terminal's width (never cut), then the
 * notes, the shorthand, the inputs and the catalog.
 */
public final class ScorecardTableWriter implements ScorecardWriter {
  static final List<String> HEADER =
      List.of(
          "ID",
          "KPI",
          "Value",
          "Target",
          "Previous",
          "Change",
          "Direction",
          "Before",
          "Comparators",
          "Notes");

  /** The terminal's columns: comparators and notes go on a line of their own under the KPI. */
  private static final List<String> TEXT_HEADER = HEADER.subList(0, 8);

  private static final int KPI = 1;
  private static final int MIN_TITLE = 30;
  private static final int VALUE = 2;
  private static final int TARGET = 3;
  private static final int PREVIOUS = 4;
  private static final int DIRECTION = 6;
  private static final int EARLIER = 7;
  private static final int MIN_TARGET = 18;

  private final boolean withBreakdown;
  private final int width;
  private final boolean colour;

  /** A table for a line width (the terminal's {@code COLUMNS}), in colour or not. */
  public ScorecardTableWriter(boolean withBreakdown, int width, boolean colour) {
    this.withBreakdown = withBreakdown;
    this.width = width;
    this.colour = colour;
  }

  public ScorecardTableWriter(boolean withBreakdown) {
    this(withBreakdown, 120, false);
  }

  @Override
  public void write(ScorecardReport report, OutputStream stream) throws IOException {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    ScorecardGrid grid = ScorecardGrid.of(report);
    out.print(kpi.app.read.Printable.of(grid.title()) + "\n");
    int lineWidth = Math.max(40, width);
    paragraph(out, "Period " + grid.period() + ". " + grid.summary() + ".", lineWidth);
    List<List<String>> all = new ArrayList<>();
    all.add(TEXT_HEADER);
    grid.groups().forEach(g -> g.themes().forEach(t -> t.rows().forEach(r -> all.add(cells(r)))));
    int[] w = widths(all);
    int indent = w[0] + 4;
    int rest = Math.max(40, width - indent);
    for (ScorecardGrid.Group g : grid.groups()) {
      out.print(
          "\n"
              + paint(
                  g.heading().toUpperCase(Locale.ROOT)
                      + ": "
                      + g.count()
                      + (g.count() == 1 ? " KPI" : " KPIs"),
                  g.status().rag())
              + "\n");
      WrappedTable.lines(TEXT_HEADER, w).forEach(l -> out.print(l + "\n"));
      for (ScorecardGrid.Theme t : g.themes()) {
        out.print("-- " + t.name() + "\n");
        for (ScorecardGrid.Row r : t.rows()) {
          WrappedTable.lines(cells(r), w).forEach(l -> out.print(l + "\n"));
          List<String> more = new ArrayList<>();
          if (!r.comparators().isEmpty()) {
            more.add("Comparators: " + r.comparatorText() + ".");
          }
          if (!r.notes().isEmpty()) {
            more.add("See " + r.noteText() + ".");
          }
          if (!more.isEmpty()) {
            WrappedTable.wrap(String.join(" ", more), rest)
                .forEach(l -> out.print(" ".repeat(indent) + l + "\n"));
          }
        }
      }
    }
    if (withBreakdown) {
      List<List<String>> b = new ArrayList<>();
      b.add(HumanRows.BREAKDOWN_HEADER);
      report.scorecard().kpis().forEach(k -> b.addAll(HumanRows.breakdown(k)));
      if (b.size() > 1) {
        out.print("\nBreakdowns\n");
        TextTable.print(out, b);
      }
    }
    if (!grid.notes().isEmpty()) {
      out.print("\nNotes\n");
      for (ScorecardGrid.Note n : grid.notes()) {
        String head =
            "[note "
                + n.number()
                + "] "
                + n.kpiId()
                + (n.kind().equals("caveat") ? " (caveat): " : ": ");
        List<String> wrapped = WrappedTable.wrap(head + n.text(), lineWidth);
        wrapped.forEach(l -> out.print(l + "\n"));
      }
    }
    out.print("\n");
    paragraph(
        out,
        "Shorthand: "
            + String.join(
                "; ",
                ScorecardGrid.SYMBOLS.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue())
                    .toList())
            + ". Direction: "
            + "\u25B2 improving, \u25BA no change, \u25BC worsening; Before: the direction"
            + " into the previous period.",
        lineWidth);
    out.print("\nInputs\n");
    for (FileSummary f : report.inputs()) {
      paragraph(
          out,
          String.format(
              Locale.UK,
              "%s: %,d rows read, %,d accepted, %,d rejected%s",
              kpi.app.read.Printable.of(f.file()),
              f.rowsRead(),
              f.rowsAccepted(),
              f.rowsRejected(),
              f.sha256().isEmpty() ? "" : "; sha256 " + f.sha256().substring(0, 12)),
          lineWidth);
    }
    if (report.mapping() != null) {
      paragraph(
          out,
          "Read through "
              + report.mapping().describe()
              + "; sha256 "
              + report.mapping().sha256().substring(0, 12),
          lineWidth);
    }
    if (report.catalogSource() != null) {
      paragraph(
          out,
          "Catalog: " + report.catalogSource().describe(report.scorecard().catalog().id()),
          lineWidth);
    }
    out.flush();
  }

  /** Text wrapped at spaces to the line width, each line ended by LF. */
  private static void paragraph(PrintWriter out, String text, int lineWidth) {
    WrappedTable.wrap(text, lineWidth).forEach(l -> out.print(l + "\n"));
  }

  private static List<String> cells(ScorecardGrid.Row r) {
    return List.of(
        r.id(),
        kpi.app.read.Printable.of(r.title()),
        r.value(),
        r.target(),
        r.previous(),
        r.change(),
        r.direction(),
        r.earlierShort());
  }

  /** Natural widths, the title taking what the line width leaves (wrapped, never cut). */
  private int[] widths(List<List<String>> rows) {
    int[] w = WrappedTable.natural(rows);
    int fixed = total(w) - w[KPI];
    w[KPI] = Math.min(w[KPI], Math.max(MIN_TITLE, width - fixed));
    // Still too wide: the target wraps too, down to MIN_TARGET.
    int over = fixed + w[KPI] - width;
    if (over > 0) {
      w[TARGET] = Math.max(Math.min(w[TARGET], MIN_TARGET), w[TARGET] - over);
    }
    // Still too wide (a narrow terminal): the other cells wrap at their spaces ("21.1%" over
    // "(2015/16)"), then title and target below their minimums, then value and direction, each
    // down to its longest word.
    for (int c : new int[] {PREVIOUS, EARLIER, KPI, TARGET, VALUE, DIRECTION}) {
      over = total(w) - width;
      if (over <= 0) {
        break;
      }
      w[c] = Math.max(longestWord(rows, c), w[c] - over);
    }
    return w;
  }

  private static int total(int[] w) {
    int sum = 2 * (w.length - 1);
    for (int x : w) {
      sum += x;
    }
    return sum;
  }

  private static int longestWord(List<List<String>> rows, int column) {
    int longest = 1;
    for (List<String> r : rows) {
      for (String word : r.get(column).split(" ")) {
        longest = Math.max(longest, WrappedTable.length(word));
      }
    }
    return longest;
  }

  private String paint(String text, Rag rag) {
    if (!colour) {
      return text;
    }
    String code =
        switch (rag) {
          case BLUE -> "34";
          case GREEN -> "32";
          case AMBER -> "33";
          case RED -> "31";
          case GREY -> "90";
        };
    return "\u001b[1;" + code + "m" + text + "\u001b[0m";
  }
}
