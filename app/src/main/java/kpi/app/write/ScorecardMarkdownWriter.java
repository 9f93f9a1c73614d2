package kpi.app.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import kpi.app.read.FileSummary;
import kpi.core.engine.KpiResult;

/** A Markdown scorecard for reports and wikis: one table of KPIs, notes, then the inputs. */
public final class ScorecardMarkdownWriter implements ScorecardWriter {
  private final boolean withBreakdown;

  public ScorecardMarkdownWriter(boolean withBreakdown) {
    this.withBreakdown = withBreakdown;
  }

  @Override
  public void write(ScorecardReport report, OutputStream stream) throws IOException {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    out.print("# " + escape(report.scorecard().catalog().title()) + "\n\n");
    out.print("Period: **" + report.scorecard().period() + "**\n\n");
    table(out, HumanRows.KPI_HEADER);
    for (KpiResult k : report.scorecard().kpis()) {
      table(out, HumanRows.kpi(k, 0));
    }
    if (withBreakdown) {
      out.print("\n## Breakdowns\n\n");
      table(out, HumanRows.BREAKDOWN_HEADER);
      report.scorecard().kpis().forEach(k -> HumanRows.breakdown(k).forEach(r -> table(out, r)));
    }
    boolean anyNotes = report.scorecard().kpis().stream().anyMatch(k -> !k.notes().isEmpty());
    if (anyNotes) {
      out.print("\n## Notes\n\n");
      for (KpiResult k : report.scorecard().kpis()) {
        for (String n : k.notes()) {
          out.print("- **" + k.kpi().id() + "**: " + escape(n) + "\n");
        }
      }
    }
    out.print("\n## Inputs\n\n");
    for (FileSummary f : report.inputs()) {
      out.print(String.format(Locale.UK, "- `%s` (%s): %,d rows read, %,d accepted, %,d rejected; sha256 `%s`%n",
          f.file(), f.kind(), f.rowsRead(), f.rowsAccepted(), f.rowsRejected(), f.sha256())
          .replace("\r\n", "\n"));
    }
    if (report.mapping() != null) {
      out.print("- read through " + escape(report.mapping().describe()) + "; sha256 `"
          + report.mapping().sha256() + "`\n");
    }
    out.flush();
  }

  private static void table(PrintWriter out, List<String> cells) {
    StringBuilder line = new StringBuilder("|");
    for (String c : cells) {
      line.append(' ').append(escape(c)).append(" |");
    }
    out.print(line + "\n");
    if (cells == HumanRows.KPI_HEADER || cells == HumanRows.BREAKDOWN_HEADER) {
      out.print("|" + " --- |".repeat(cells.size()) + "\n");
    }
  }

  private static String escape(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
