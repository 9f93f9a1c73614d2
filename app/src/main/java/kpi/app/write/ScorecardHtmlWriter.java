package kpi.app.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import kpi.app.read.FileSummary;
import kpi.core.engine.KpiResult;

/**
 * The scorecard as one self-contained HTML page: no scripts, no external requests, status as
 * colour and word, direction as arrow and word.
 */
public final class ScorecardHtmlWriter implements ScorecardWriter {
  static final String STYLE = """
      body{font-family:system-ui,Segoe UI,Arial,sans-serif;margin:2rem;color:#1b1b1b;line-height:1.4}
      table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #b1b4b6;padding:.35rem .6rem;text-align:left;vertical-align:top}
      th{background:#f3f2f1}td.num{text-align:right;font-variant-numeric:tabular-nums}
      .rag{font-weight:600;white-space:nowrap}.rag::before{content:"";display:inline-block;width:.8em;height:.8em;margin-right:.4em;border:1px solid #0b0c0c;vertical-align:-.05em}
      .BLUE::before{background:#1d70b8}.GREEN::before{background:#00703c}.AMBER::before{background:#f47738}.RED::before{background:#d4351c}.GREY::before{background:#b1b4b6}
      caption{text-align:left;font-weight:600;padding:.3rem 0}small{color:#505a5f}
      """;

  @Override
  public void write(ScorecardReport report, OutputStream stream) throws IOException {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    String title = Html.escape(report.scorecard().catalog().title());
    out.print("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + title + " - " + report.scorecard().period() + "</title>\n<style>\n" + STYLE
        + "</style>\n</head>\n<body>\n<main>\n");
    out.print("<h1>" + title + "</h1>\n<p>Period: <strong>" + report.scorecard().period()
        + "</strong></p>\n");
    out.print("<table>\n<caption>KPIs, targets, status and direction of travel</caption>\n<thead><tr>");
    for (String h : HumanRows.KPI_HEADER) {
      out.print("<th scope=\"col\">" + h + "</th>");
    }
    out.print("</tr></thead>\n<tbody>\n");
    for (KpiResult k : report.scorecard().kpis()) {
      var cells = HumanRows.kpi(k, 0);
      out.print("<tr><th scope=\"row\">" + Html.escape(cells.get(0)) + "</th>");
      out.print("<td>" + Html.escape(cells.get(1)) + "</td>");
      out.print("<td class=\"num\">" + Html.escape(cells.get(2)) + "</td>");
      out.print("<td>" + Html.escape(cells.get(3)) + "</td>");
      out.print("<td><span class=\"rag " + k.status().rag().name() + "\">"
          + Html.escape(k.status().words()) + "</span></td>");
      out.print("<td class=\"num\">" + Html.escape(cells.get(5)) + "</td>");
      out.print("<td class=\"num\">" + Html.escape(cells.get(6)) + "</td>");
      out.print("<td>" + Html.escape(cells.get(7)) + "</td></tr>\n");
    }
    out.print("</tbody>\n</table>\n");
    boolean anyNotes = report.scorecard().kpis().stream().anyMatch(k -> !k.notes().isEmpty());
    if (anyNotes) {
      out.print("<h2>Notes</h2>\n<ul>\n");
      for (KpiResult k : report.scorecard().kpis()) {
        for (String n : k.notes()) {
          out.print("<li><strong>" + Html.escape(k.kpi().id()) + "</strong>: " + Html.escape(n) + "</li>\n");
        }
      }
      out.print("</ul>\n");
    }
    out.print("<h2>Inputs</h2>\n<ul>\n");
    for (FileSummary f : report.inputs()) {
      out.print(String.format(Locale.UK, "<li><code>%s</code> (%s): %,d rows read, %,d accepted,"
          + " %,d rejected <small>sha256 %s</small></li>\n", Html.escape(f.file()), f.kind(),
          f.rowsRead(), f.rowsAccepted(), f.rowsRejected(), f.sha256()));
    }
    if (report.mapping() != null) {
      out.print("<li>read through " + Html.escape(report.mapping().describe())
          + " <small>sha256 " + report.mapping().sha256() + "</small></li>\n");
    }
    out.print("</ul>\n</main>\n</body>\n</html>\n");
    out.flush();
  }
}
