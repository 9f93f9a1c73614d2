package kpi.app.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kpi.app.read.FileSummary;
import kpi.app.write.Html;
import kpi.core.pack.ChartPlan;
import kpi.core.pack.PackModel;
import kpi.core.pack.PackModel.Cell;
import kpi.core.pack.PackModel.Pack;
import kpi.core.pack.PackModel.Row;
import kpi.core.pack.PackModel.SummaryRow;
import kpi.core.pack.PackModel.Table;
import kpi.core.status.Rag;

/**
 * A data pack as one self-contained HTML page: inline CSS and SVG, no scripts and no external
 * requests; headings, a table after every chart, status and direction in words beside colours and
 * arrows.
 */
public final class PackHtmlWriter {
  static final String CSS =
      """
      body{font-family:Arial,Helvetica,sans-serif;color:#0b0c0c;margin:2rem auto;max-width:64rem;\
      padding:0 1rem;line-height:1.4}
      h1{font-size:2rem}h2{margin-top:2.5rem;border-bottom:2px solid #0b0c0c}
      table{border-collapse:collapse;margin:1rem 0;width:100%}
      th,td{border:1px solid #b1b4b6;padding:.3rem .5rem;text-align:left;vertical-align:top}
      td.n{text-align:right}th{background:#f3f2f1}
      .s{display:inline-block;padding:.1rem .4rem;border-radius:.2rem;font-weight:bold}
      .BLUE{background:#d2e2f1}.GREEN{background:#cce2d8}.AMBER{background:#fff1cf}
      .RED{background:#f6d7d2}.GREY{background:#e5e6e7}
      .warn{border:4px solid #d4351c;padding:1rem;font-weight:bold}
      caption{text-align:left;font-weight:bold;padding:.3rem 0}
      figure{margin:1rem 0}.empty{font-style:italic}
      @page{size:A4 landscape;margin:12mm}
      @media print{body{margin:0;max-width:none}h2{page-break-before:always}thead{display:table-header-group}tr,figure{page-break-inside:avoid}      .warn{position:fixed;top:0;left:0;right:0;margin:0;padding:.2rem;background:#fff;font-size:9pt;text-align:center}      body.nfp{padding-top:2rem}}
      """;

  private final List<FileSummary> inputs;

  /**
   * A writer of pack pages.
   *
   * @param inputs the input files every pack lists as its sources
   */
  public PackHtmlWriter(List<FileSummary> inputs) {
    this.inputs = List.copyOf(inputs);
  }

  public void write(Pack pack, OutputStream out) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(Html.escape(pack.title() + ", " + pack.period()))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body")
        .append(pack.unsuppressed() ? " class=\"nfp\"" : "")
        .append(">\n<main>\n");
    b.append("<h1>")
        .append(Html.escape(pack.title()))
        .append("</h1>\n<p>Academic year ")
        .append(Html.escape(pack.period()))
        .append(". ")
        .append(
            pack.county()
                ? "County figures, with every district beside them."
                : "District figures beside the county's and England's.")
        .append("</p>\n");
    if (pack.unsuppressed()) {
      b.append(
          "<p class=\"warn\">NOT FOR PUBLICATION: small numbers are not suppressed in this"
              + " pack.</p>\n");
    }
    b.append(
        "<nav aria-label=\"Contents\"><h2>Contents</h2><ul>\n<li><a href=\"#summary\">"
            + "Summary of KPIs</a></li>\n");
    for (int i = 0; i < pack.tables().size(); i++) {
      b.append("<li><a href=\"#t")
          .append(i + 1)
          .append("\">")
          .append(Html.escape(pack.tables().get(i).title()))
          .append("</a></li>\n");
    }
    b.append("<li><a href=\"#notes\">Notes and sources</a></li>\n</ul></nav>\n");
    summary(b, pack);
    for (int i = 0; i < pack.tables().size(); i++) {
      table(b, pack.tables().get(i), "t" + (i + 1));
    }
    notes(b, pack, inputs);
    b.append("</main>\n</body>\n</html>\n");
    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void summary(StringBuilder b, Pack pack) {
    b.append("<section id=\"summary\">\n<h2>Summary of KPIs</h2>\n<table>\n<caption>KPIs, ")
        .append(Html.escape(pack.period()))
        .append(
            "</caption>\n<thead><tr><th scope=\"col\">ID"
                + "</th><th scope=\"col\">KPI</th><th scope=\"col\">")
        .append(Html.escape(pack.area()))
        .append("</th>");
    if (!pack.county()) {
      b.append("<th scope=\"col\">County</th>");
    }
    b.append(
        "<th scope=\"col\">England</th><th scope=\"col\">Target</th><th scope=\"col\">"
            + "Status</th><th scope=\"col\">Direction of travel</th></tr></thead>\n<tbody>\n");
    for (SummaryRow k : pack.summary()) {
      Rag rag = k.status() == null ? Rag.GREY : k.status().rag();
      String statusWords = k.status() == null ? PackModel.NOT_SHOWN : k.status().words();
      String arrow = k.direction() == null ? "" : k.direction().arrow();
      String directionWords = k.direction() == null ? PackModel.NOT_SHOWN : k.direction().words();
      b.append("<tr><th scope=\"row\">")
          .append(Html.escape(k.id()))
          .append("</th><td>")
          .append(Html.escape(k.title()))
          .append("</td>")
          .append(num(k.area()));
      if (!pack.county()) {
        b.append(num(k.county()));
      }
      b.append(num(k.england()))
          .append("<td>")
          .append(Html.escape(k.target()))
          .append("</td><td><span class=\"s ")
          .append(rag.name())
          .append("\">")
          .append(Html.escape(statusWords))
          .append("</span></td><td>")
          .append(arrow.isEmpty() ? "" : "<span aria-hidden=\"true\">" + arrow + "</span> ")
          .append(Html.escape(directionWords))
          .append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n</section>\n");
  }

  private static String num(Cell c) {
    return "<td class=\"n\">" + Html.escape(c.text()) + "</td>";
  }

  private static void table(StringBuilder b, Table t, String id) {
    b.append("<section id=\"")
        .append(id)
        .append("\">\n<h2>")
        .append(Html.escape(t.title()))
        .append("</h2>\n<p>")
        .append(Html.escape(t.description()))
        .append("</p>\n");
    List<ChartPlan.Part> parts = ChartPlan.of(t);
    for (int i = 0; i < parts.size(); i++) {
      ChartPlan.Part p = parts.get(i);
      if (p.empty()) {
        b.append("<p class=\"empty\">")
            .append(Html.escape(ChartPlan.emptySentence(p)))
            .append("</p>\n");
      } else {
        b.append("<figure>\n")
            .append(SvgChart.draw(t, p, id + "c" + (i + 1)))
            .append("</figure>\n");
      }
    }
    b.append("<table>\n<caption>")
        .append(Html.escape(t.title()))
        .append(" (data)</caption>\n")
        .append("<thead><tr><th scope=\"col\">")
        .append(Html.escape(t.firstColumn()))
        .append("</th>");
    for (String c : t.columns()) {
      b.append("<th scope=\"col\">").append(Html.escape(c)).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (Row r : t.rows()) {
      b.append("<tr><th scope=\"row\">").append(Html.escape(r.label())).append("</th>");
      for (Cell c : r.cells()) {
        b.append(num(c));
      }
      b.append("</tr>\n");
    }
    b.append("</tbody>\n</table>\n</section>\n");
  }

  private static void notes(StringBuilder b, Pack pack, List<FileSummary> inputs) {
    b.append("<section id=\"notes\">\n<h2>Notes and sources</h2>\n<h3>Suppression</h3>\n<ul>\n");
    for (String line : PackText.suppressionLines(pack)) {
      b.append("<li>").append(Html.escape(line)).append("</li>\n");
    }
    b.append("</ul>\n<h3>Definitions</h3>\n<ul>\n");
    for (String d : pack.definitions()) {
      b.append("<li>").append(Html.escape(d)).append("</li>\n");
    }
    b.append("</ul>\n<h3>Data sources</h3>\n<ul>\n");
    for (FileSummary f : inputs) {
      b.append("<li>")
          .append(Html.escape(f.file()))
          .append(" (")
          .append(Html.escape(f.kind()))
          .append("): ")
          .append(
              String.format(
                  java.util.Locale.UK,
                  "%,d rows read, %,d accepted," + " %,d rejected",
                  f.rowsRead(),
                  f.rowsAccepted(),
                  f.rowsRejected()))
          .append("; SHA-256 <code>")
          .append(f.sha256())
          .append("</code></li>\n");
    }
    b.append("</ul>\n</section>\n");
  }

  /**
   * The index page: the county at a glance (its KPI summary, the period, the date of the data and
   * the suppression note) with a link to every pack.
   *
   * @param dataDate the latest month the data holds, in words; null when unknown
   */
  public static byte[] index(
      String title,
      String period,
      String dataDate,
      Pack county,
      List<Pack> packs,
      boolean html,
      boolean xlsx) {
    StringBuilder b =
        new StringBuilder(
            "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta "
                + "charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width,"
                + " initial-scale=1\">\n<title>"
                + Html.escape(title)
                + "</title>\n<style>\n"
                + CSS
                + "</style>\n</head>\n<body"
                + (county.unsuppressed() ? " class=\"nfp\"" : "")
                + ">\n<main>\n<h1>"
                + Html.escape(title)
                + "</h1>\n");
    if (county.unsuppressed()) {
      b.append(
          "<p class=\"warn\">NOT FOR PUBLICATION: small numbers are not suppressed in these"
              + " packs.</p>\n");
    }
    b.append("<dl>\n<dt>Period</dt><dd>Academic year ")
        .append(Html.escape(period))
        .append("</dd>\n");
    if (dataDate != null) {
      b.append("<dt>Data</dt><dd>").append(Html.escape(dataDate)).append("</dd>\n");
    }
    b.append("<dt>Small numbers</dt><dd>")
        .append(Html.escape(String.join(" ", PackText.suppressionLines(county))))
        .append("</dd>\n</dl>\n");
    b.append(
        "<h2>Packs</h2>\n<table>\n<caption>A pack for every district and the county"
            + "</caption>\n<thead><tr><th scope=\"col\">Area</th>");
    if (html) {
      b.append("<th scope=\"col\">Web page</th>");
    }
    if (xlsx) {
      b.append("<th scope=\"col\">Excel workbook</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (Pack p : packs) {
      b.append("<tr><th scope=\"row\">").append(Html.escape(p.area())).append("</th>");
      if (html) {
        b.append("<td>")
            .append(
                p.county()
                    ? "this page (summary below)"
                    : "<a href=\""
                        + p.slug()
                        + ".html\">"
                        + Html.escape(p.area())
                        + " web page</a>")
            .append("</td>");
      }
      if (xlsx) {
        b.append("<td><a href=\"")
            .append(p.slug())
            .append(".xlsx\">")
            .append(Html.escape(p.area()))
            .append(" workbook</a></td>");
      }
      b.append("</tr>\n");
    }
    b.append("</tbody>\n</table>\n");
    summary(b, county);
    b.append("</main>\n</body>\n</html>\n");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }
}
