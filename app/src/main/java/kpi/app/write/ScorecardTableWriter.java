package kpi.app.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kpi.app.read.FileSummary;
import kpi.core.engine.KpiResult;

/** A plain-text scorecard for the terminal: aligned columns, rounded values, status in words. */
public final class ScorecardTableWriter implements ScorecardWriter {
  private static final int TITLE_WIDTH = 48;

  private final boolean withBreakdown;

  public ScorecardTableWriter(boolean withBreakdown) {
    this.withBreakdown = withBreakdown;
  }

  @Override
  public void write(ScorecardReport report, OutputStream stream) throws IOException {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    out.print(kpi.app.read.Printable.of(report.scorecard().catalog().title()) + "\n");
    out.print("Period " + report.scorecard().period() + "\n\n");
    List<List<String>> rows = new ArrayList<>();
    rows.add(HumanRows.KPI_HEADER);
    for (KpiResult k : report.scorecard().kpis()) {
      rows.add(HumanRows.kpi(k, TITLE_WIDTH));
    }
    TextTable.print(out, rows);
    if (withBreakdown) {
      List<List<String>> b = new ArrayList<>();
      b.add(HumanRows.BREAKDOWN_HEADER);
      report.scorecard().kpis().forEach(k -> b.addAll(HumanRows.breakdown(k)));
      if (b.size() > 1) {
        out.print("\n");
        TextTable.print(out, b);
      }
    }
    out.print("\n");
    for (FileSummary f : report.inputs()) {
      out.print(String.format(java.util.Locale.UK, "%s: %,d rows read, %,d accepted, %,d rejected%n",
          kpi.app.read.Printable.of(f.file()), f.rowsRead(), f.rowsAccepted(), f.rowsRejected())
          .replace("\r\n", "\n"));
    }
    out.flush();
  }

}
