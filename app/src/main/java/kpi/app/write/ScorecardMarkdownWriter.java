package kpi.app.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import kpi.app.read.FileSummary;

/**
 * A Markdown strategy grid for reports and wikis: a status summary, one section per status group
 * with a table per theme, then the notes, the shorthand, the inputs and the catalog.
 */
public final class ScorecardMarkdownWriter implements ScorecardWriter {
  private final boolean withBreakdown;

  public ScorecardMarkdownWriter(boolean withBreakdown) {
    this.withBreakdown = withBreakdown;
  }

  @Override
  public void write(ScorecardReport report, OutputStream stream) throws IOException {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    ScorecardGrid grid = ScorecardGrid.of(report);
    out.print("# " + escape(grid.title()) + "\n\n");
    out.print("Period: **" + grid.period() + "**. " + grid.summary() + ".\n\n");
    table(out, List.of("Status", "KPIs"), true);
    for (ScorecardGrid.Group g : grid.groups()) {
      table(out, List.of(g.heading(), String.valueOf(g.count())), false);
    }
    for (ScorecardGrid.Group g : grid.groups()) {
      out.print(
          "\n## " + g.heading() + " (" + g.count() + (g.count() == 1 ? " KPI" : " KPIs") + ")\n");
      for (ScorecardGrid.Theme t : g.themes()) {
        out.print("\n### " + escape(t.name()) + "\n\n");
        table(out, ScorecardTableWriter.HEADER, true);
        for (ScorecardGrid.Row r : t.rows()) {
          table(
              out,
              List.of(
                  r.id(),
                  r.title(),
                  r.value(),
                  r.target(),
                  r.previous(),
                  r.change(),
                  r.direction(),
                  r.earlierText(),
                  r.comparatorText(),
                  r.noteText()),
              false);
        }
      }
    }
    if (withBreakdown) {
      out.print("\n## Breakdowns\n\n");
      table(out, HumanRows.BREAKDOWN_HEADER, true);
      report
          .scorecard()
          .kpis()
          .forEach(k -> HumanRows.breakdown(k).forEach(r -> table(out, r, false)));
    }
    if (!grid.notes().isEmpty()) {
      out.print("\n## Notes\n\n");
      for (ScorecardGrid.Note n : grid.notes()) {
        out.print(
            "- [note "
                + n.number()
                + "] **"
                + n.kpiId()
                + "**"
                + (n.kind().equals("caveat") ? " (caveat)" : "")
                + ": "
                + escape(n.text())
                + "\n");
      }
    }
    out.print("\n## Shorthand\n\n");
    ScorecardGrid.SYMBOLS.forEach((k, v) -> out.print("- `" + k + "` " + v + "\n"));
    out.print(
        "- \u25B2 improving, \u25BA no change, \u25BC worsening; Before: the direction"
            + " into the previous period\n");
    out.print("\n## Inputs\n\n");
    table(out, List.of("File", "Kind", "Rows read", "Accepted", "Rejected", "SHA-256"), true);
    for (FileSummary f : report.inputs()) {
      table(
          out,
          List.of(
              code(f.file()),
              f.kind(),
              count(f.rowsRead()),
              count(f.rowsAccepted()),
              count(f.rowsRejected()),
              f.sha256().isEmpty() ? "[x]" : "`" + f.sha256() + "`"),
          false);
    }
    if (report.catalogSource() != null) {
      out.print(
          "\nCatalog: "
              + escape(report.catalogSource().describe(report.scorecard().catalog().id()))
              + "\n");
    }
    if (report.mapping() != null) {
      out.print(
          "\nRead through "
              + escape(report.mapping().describe())
              + "; sha256 `"
              + report.mapping().sha256()
              + "`\n");
    }
    out.flush();
  }

  private static String count(long n) {
    return String.format(Locale.UK, "%,d", n);
  }

  private static void table(PrintWriter out, List<String> cells, boolean header) {
    StringBuilder line = new StringBuilder("|");
    for (String c : cells) {
      line.append(' ').append(escape(c)).append(" |");
    }
    out.print(line + "\n");
    if (header) {
      out.print("|" + " --- |".repeat(cells.size()) + "\n");
    }
  }

  /**
   * Text from the data or the catalog as Markdown that shows it literally: HTML metacharacters as
   * entities (no markup passes through), table pipes, brackets (no links) and backticks escaped,
   * line breaks as spaces, control characters dropped.
   */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '|', '\\', '[', ']', '`' -> b.append('\\').append(c);
        case '\n', '\r', '\t' -> b.append(' ');
        default -> {
          if (c >= 0x20 && (c < 0x7F || c > 0x9F)) {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** A file name as inline code, unless it holds what code spans cannot show. */
  private static String code(String name) {
    String e = escape(name);
    return e.equals(name) ? "`" + name + "`" : e;
  }
}
