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
 * The strategy grid as one self-contained HTML page: no scripts, no external requests, status as
 * colour and word, direction as arrow and word, a print stylesheet for A4 landscape. The markup is
 * well-formed XML as well, so the PDF writer renders the same page.
 */
public final class ScorecardHtmlWriter implements ScorecardWriter {
  static final String STYLE =
      """
      body{font-family:system-ui,"Segoe UI",Arial,"DejaVu Sans",sans-serif;margin:2rem;color:#1b1b1b;line-height:1.4}
      table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}th,td{border:1px solid #b1b4b6;padding:.3rem .5rem;text-align:left;vertical-align:top}
      thead th{background:#f3f2f1}td.num{text-align:right;white-space:nowrap}
      .rag{font-weight:600;white-space:nowrap}.rag::before{content:"";display:inline-block;width:.8em;height:.8em;margin-right:.4em;border:1px solid #0b0c0c;vertical-align:-.05em}
      .BLUE::before{background:#1d70b8}.GREEN::before{background:#00703c}.AMBER::before{background:#f47738}.RED::before{background:#d4351c}.GREY::before{background:#b1b4b6}
      caption{text-align:left;font-weight:600;padding:.3rem 0}small,.hash{color:#505a5f}.hash{font-size:.8em;overflow-wrap:anywhere}svg.spark{display:block;max-width:100%;height:auto}
      h2{margin-top:1.5rem;border-bottom:2px solid #b1b4b6}h3{margin:.8rem 0 .2rem;font-size:1.05rem}
      .summary{width:auto}table.grid{table-layout:fixed}.w-id{width:5.5em}.w-kpi{width:24%}.w-val{width:5em}.w-tgt{width:12%}.w-prev{width:8.5em}.w-chg{width:5em}.w-dir{width:7.5em}.w-cmp{width:15%}.w-note{width:5.5em}
      .nw{white-space:nowrap}a.nl{display:inline-block;min-height:24px;min-width:24px;line-height:24px;white-space:nowrap}.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
      @page{size:A4 landscape;margin:12mm}
      @media print{body{margin:0;font-size:9pt}table{page-break-inside:auto}tr{page-break-inside:avoid}thead{display:table-header-group}h2,h3{page-break-after:avoid}}
      """;

  private final String extraStyle;

  public ScorecardHtmlWriter() {
    this("");
  }

  /** A page with extra CSS after the standard style (the PDF writer's page size and fonts). */
  ScorecardHtmlWriter(String extraStyle) {
    this.extraStyle = extraStyle;
  }

  @Override
  public void write(ScorecardReport report, OutputStream stream) throws IOException {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    ScorecardGrid grid = ScorecardGrid.of(report);
    String title = Html.escape(grid.title());
    out.print(
        "<!DOCTYPE html>\n<html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\">\n"
            + "<head>\n<meta charset=\"utf-8\"/>\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
            + "<meta name=\"description\" content=\"Strategy KPI scorecard for "
            + grid.period()
            + ": KPIs grouped by status with targets, direction of travel and comparators\"/>\n"
            + "<title>"
            + title
            + " - "
            + grid.period()
            + "</title>\n<style>\n"
            + STYLE
            + extraStyle
            + "</style>\n</head>\n<body>\n<main>\n");
    out.print(
        "<h1>"
            + title
            + "</h1>\n<p>Period: <strong>"
            + grid.period()
            + "</strong>. "
            + Html.escape(grid.summary())
            + ".</p>\n");
    out.print(
        "<table class=\"summary\">\n<caption>KPIs by status</caption>\n"
            + "<thead><tr><th scope=\"col\">Status</th><th scope=\"col\">KPIs</th></tr></thead>\n<tbody>\n");
    for (ScorecardGrid.Group g : grid.groups()) {
      out.print(
          "<tr><td><span class=\"rag "
              + g.status().rag().name()
              + "\">"
              + Html.escape(g.heading())
              + "</span></td><td class=\"num\">"
              + g.count()
              + "</td></tr>\n");
    }
    out.print("</tbody>\n</table>\n");
    for (ScorecardGrid.Group g : grid.groups()) {
      out.print(
          "<section>\n<h2><span class=\"rag "
              + g.status().rag().name()
              + "\">"
              + Html.escape(g.heading())
              + "</span> ("
              + g.count()
              + (g.count() == 1 ? " KPI" : " KPIs")
              + ")</h2>\n");
      for (ScorecardGrid.Theme t : g.themes()) {
        out.print(
            "<h3>"
                + Html.escape(t.name())
                + "</h3>\n<table class=\"grid\">\n<caption class=\"vh\">"
                + Html.escape(g.heading())
                + ": "
                + Html.escape(t.name())
                + "</caption>\n<thead><tr>");
        for (String h : ScorecardTableWriter.HEADER) {
          String cls =
              " class=\""
                  + switch (h) {
                    case "ID" -> "w-id";
                    case "KPI" -> "w-kpi";
                    case "Value" -> "w-val";
                    case "Target" -> "w-tgt";
                    case "Previous" -> "w-prev";
                    case "Change" -> "w-chg";
                    case "Direction", "Before" -> "w-dir";
                    case "Comparators" -> "w-cmp";
                    default -> "w-note";
                  }
                  + "\"";
          out.print("<th scope=\"col\"" + cls + ">" + h + "</th>");
        }
        out.print("</tr></thead>\n<tbody>\n");
        for (ScorecardGrid.Row r : t.rows()) {
          out.print("<tr><th scope=\"row\">" + Html.escape(r.id()) + "</th>");
          out.print("<td>" + Html.escape(r.title()) + "</td>");
          out.print(
              "<td class=\"num\">" + Html.escape(r.value()) + Sparkline.svg(r.result()) + "</td>");
          out.print("<td>" + Html.escape(r.target()) + "</td>");
          out.print("<td class=\"num\">" + Html.escape(r.previous()) + "</td>");
          out.print("<td class=\"num\">" + Html.escape(r.change()) + "</td>");
          out.print("<td class=\"nw\">" + Html.escape(r.direction()) + "</td>");
          out.print("<td>" + Html.escape(r.earlierText()) + "</td>");
          out.print("<td>" + comparators(r.comparators()) + "</td>");
          out.print("<td>" + notes(r.notes()) + "</td></tr>\n");
        }
        out.print("</tbody>\n</table>\n");
      }
      out.print("</section>\n");
    }
    out.print(
        "<p><small>Comparators are marked by Fingertips' overlap rule: better or worse when"
            + " the comparator's value lies outside the KPI's confidence interval (99.8% when"
            + " significant at that level, else 95%), similar when inside. Confidence intervals:"
            + " Wilson score interval for percentages, Byar's method for counts and rates. Quintile:"
            + " equal-count groups among the areas of the comparator file, 1 = best. Recent trend:"
            + " Fingertips' method over the last five annual points. The small line under a value"
            + " is its history.</small></p>\n");
    if (!grid.notes().isEmpty()) {
      out.print("<h2>Notes</h2>\n<ul>\n");
      for (ScorecardGrid.Note n : grid.notes()) {
        out.print(
            "<li id=\"note-"
                + n.number()
                + "\">[note "
                + n.number()
                + "] <strong>"
                + Html.escape(n.kpiId())
                + "</strong>"
                + (n.kind().equals("caveat") ? " (caveat)" : "")
                + ": "
                + Html.escape(n.text())
                + "</li>\n");
      }
      out.print("</ul>\n");
    }
    out.print("<h2>Shorthand</h2>\n<ul>\n");
    ScorecardGrid.SYMBOLS.forEach(
        (k, v) -> out.print("<li><strong>" + k + "</strong> " + Html.escape(v) + "</li>\n"));
    out.print(
        "<li>\u25B2 improving, \u25BA no change, \u25BC worsening; Before: the direction"
            + " into the previous period</li>\n</ul>\n");
    out.print(
        "<h2>Inputs</h2>\n<table>\n<caption>Files read, rows accepted and rejected</caption>\n"
            + "<thead><tr><th scope=\"col\">File</th><th scope=\"col\">Kind</th>"
            + "<th scope=\"col\">Rows read</th><th scope=\"col\">Accepted</th>"
            + "<th scope=\"col\">Rejected</th><th scope=\"col\">SHA-256</th></tr></thead>\n<tbody>\n");
    for (FileSummary f : report.inputs()) {
      out.print(
          String.format(
              Locale.UK,
              "<tr><th scope=\"row\">%s</th><td>%s</td>"
                  + "<td class=\"num\">%,d</td><td class=\"num\">%,d</td><td class=\"num\">%,d</td>"
                  + "<td class=\"hash\">%s</td></tr>\n",
              Html.escape(f.file()),
              f.kind(),
              f.rowsRead(),
              f.rowsAccepted(),
              f.rowsRejected(),
              f.sha256().isEmpty() ? "[x]" : f.sha256()));
    }
    out.print("</tbody>\n</table>\n");
    if (report.mapping() != null) {
      out.print(
          "<p>Read through "
              + Html.escape(report.mapping().describe())
              + " <small>sha256 "
              + report.mapping().sha256()
              + "</small></p>\n");
    }
    if (report.catalogSource() != null) {
      out.print(
          "<p>Catalog: "
              + Html.escape(report.catalogSource().describe(report.scorecard().catalog().id()))
              + "</p>\n");
    }
    out.print("</main>\n</body>\n</html>\n");
    out.flush();
  }

  private static String comparators(List<ScorecardGrid.Comparator> cs) {
    return String.join(
        "<br/>",
        cs.stream().map(c -> Html.escape(c.name()) + " " + Html.escape(c.text())).toList());
  }

  private static String notes(List<Integer> refs) {
    return String.join(
        "<br/>",
        refs.stream()
            .map(
                n ->
                    "<a class=\"nl\" href=\"#note-"
                        + n
                        + "\" title=\"Note "
                        + n
                        + "\">[note "
                        + n
                        + "]</a>")
            .toList());
  }
}
