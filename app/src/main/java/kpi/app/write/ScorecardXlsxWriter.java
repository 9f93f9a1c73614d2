package kpi.app.write;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kpi.app.read.FileSummary;
import kpi.core.catalog.Unit;
import kpi.core.engine.KpiResult;
import kpi.core.status.Rag;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;

/**
 * The strategy grid as an accessible Excel workbook (the Analysis Function's spreadsheet guidance):
 * a cover with the title, period and status counts, contents, notes, the scorecard as one Excel
 * table grouped by status and theme, the status counts, and the inputs with the catalog.
 * Percentages are stored as fractions with a {@code %} format, rounded as shown; missing values
 * read {@code [x]}, values that do not apply {@code [z]}. Byte-identical on re-runs.
 */
public final class ScorecardXlsxWriter implements ScorecardWriter {

  @Override
  public void write(ScorecardReport report, OutputStream out) throws IOException {
    ScorecardGrid grid = ScorecardGrid.of(report);
    String catalogTitle = report.scorecard().catalog().title();
    try (AccessibleWorkbook book = new AccessibleWorkbook(List.of())) {
      Map<Unit, XSSFCellStyle> value = new EnumMap<>(Unit.class);
      value.put(Unit.PERCENT, book.number("0.0%"));
      value.put(Unit.COUNT, book.number("#,##0"));
      value.put(Unit.SCORE, book.number("0.00"));
      value.put(Unit.RATE_PER_100K, book.number("#,##0.0"));
      Map<Unit, XSSFCellStyle> change = new EnumMap<>(Unit.class);
      change.put(Unit.PERCENT, book.number("+0.0\" pp\";-0.0\" pp\";0.0\" pp\""));
      change.put(Unit.COUNT, book.number("+#,##0;-#,##0;0"));
      change.put(Unit.SCORE, book.number("+0.00;-0.00;0.00"));
      change.put(Unit.RATE_PER_100K, book.number("+#,##0.0;-#,##0.0;0.0"));
      XSSFCellStyle whole = book.number("#,##0");
      Map<Rag, XSSFCellStyle> rag = new EnumMap<>(Rag.class);
      for (Rag r : Rag.values()) {
        rag.put(
            r,
            book.fill(
                switch (r) {
                  case BLUE -> IndexedColors.PALE_BLUE;
                  case GREEN -> IndexedColors.LIGHT_GREEN;
                  case AMBER -> IndexedColors.LIGHT_ORANGE;
                  case RED -> IndexedColors.CORAL;
                  case GREY -> IndexedColors.GREY_25_PERCENT;
                }));
      }

      List<String[]> cover = new ArrayList<>();
      cover.add(new String[] {"Period", grid.period()});
      cover.add(new String[] {"Status summary", grid.summary() + "."});
      cover.add(
          new String[] {
            "About this workbook",
            "The strategy's KPIs with their value, target, status (BRAG), previous value,"
                + " direction of travel and published comparators, grouped by status as in the"
                + " strategy's KPI grid.",
            "Status is given in words as well as colour. Percentages are shown to 1 decimal place,"
                + " scores to 2, counts whole."
          });
      cover.add(new String[] {"Shorthand", shorthandLine()});
      List<String> sources = new ArrayList<>();
      sources.add("Sources");
      sources.add(
          String.format(
              Locale.UK,
              "%d input files: %,d rows read, %,d rejected (see the" + " Inputs sheet).",
              report.inputs().size(),
              report.inputs().stream().mapToLong(FileSummary::rowsRead).sum(),
              report.rowsRejected()));
      if (report.catalogSource() != null) {
        sources.add(
            "Catalog: " + report.catalogSource().describe(report.scorecard().catalog().id()) + ".");
      }
      cover.add(sources.toArray(String[]::new));
      book.cover(catalogTitle, cover);

      book.notes(
          "Caveats from the catalog and notes from the computation, by KPI",
          grid.notes().stream()
              .map(
                  n ->
                      new String[] {
                        "[note " + n.number() + "]",
                        n.kpiId() + (n.kind().equals("caveat") ? " (caveat)" : ""),
                        n.text()
                      })
              .toList());

      Set<String> comparatorNames = new LinkedHashSet<>();
      report
          .scorecard()
          .kpis()
          .forEach(k -> k.comparators().forEach(c -> comparatorNames.add(c.name())));
      List<String> columns =
          new ArrayList<>(
              List.of(
                  "Status group",
                  "Theme",
                  "ID",
                  "KPI",
                  "Value",
                  "Target",
                  "Target threshold",
                  "Previous period",
                  "Previous value",
                  "Change",
                  "Direction of travel",
                  "Previous direction of travel"));
      comparatorNames.forEach(n -> columns.add(n));
      columns.add("Notes");
      var t =
          book.table(
              "Scorecard",
              "Scorecard " + grid.period() + ": KPIs grouped by status",
              "Every KPI with value, target, status, previous value, direction and comparators",
              List.of(
                  catalogTitle + ". " + grid.summary() + ".",
                  "This worksheet contains one table. " + shorthandLine()),
              columns);
      for (ScorecardGrid.Group g : grid.groups()) {
        for (ScorecardGrid.Theme th : g.themes()) {
          for (ScorecardGrid.Row r : th.rows()) {
            KpiResult k = r.result();
            Unit unit = k.kpi().unit();
            XSSFRow row = t.row();
            int c = 0;
            t.text(row, c++, g.heading(), rag.get(g.status().rag()));
            t.text(row, c++, th.name(), book.wrap());
            t.text(row, c++, r.id(), null);
            t.text(row, c++, r.title(), book.wrap());
            t.number(row, c++, stored(k.value(), unit), value.get(unit), "[x]");
            t.text(row, c++, r.target().isEmpty() ? "[z]" : r.target(), book.wrap());
            t.number(row, c++, stored(k.target().threshold(), unit), value.get(unit), "[z]");
            t.text(row, c++, k.previous() == null ? "[x]" : k.previous().period(), null);
            t.number(
                row,
                c++,
                k.previous() == null ? null : stored(k.previous().value(), unit),
                value.get(unit),
                "[x]");
            t.number(
                row,
                c++,
                k.change() == null ? null : rounded(k.change(), unit),
                change.get(unit),
                "[x]");
            t.text(row, c++, r.direction(), null);
            t.text(row, c++, r.earlier() == null ? "[x]" : r.earlierText(), null);
            for (String name : comparatorNames) {
              ScorecardGrid.Comparator cmp =
                  r.comparators().stream()
                      .filter(x -> x.name().equals(name))
                      .findFirst()
                      .orElse(null);
              if (cmp == null) {
                t.text(row, c++, "[z]", null);
              } else {
                t.number(row, c++, stored(cmp.value(), unit), value.get(unit), cmp.text());
              }
            }
            t.text(row, c, r.noteText().isEmpty() ? "[z]" : r.noteText(), book.wrap());
            row.setHeightInPoints(
                15f
                    * Math.max(
                        Math.max(
                            AccessibleWorkbook.lines(r.title(), 46),
                            AccessibleWorkbook.lines(th.name(), 21)),
                        Math.max(
                            AccessibleWorkbook.lines(r.target(), 21),
                            AccessibleWorkbook.lines(r.noteText(), 19))));
          }
        }
      }
      int[] widths = new int[columns.size()];
      int[] fixed = {22, 24, 9, 50, 10, 24, 10, 10, 10, 10, 15};
      for (int i = 0; i < widths.length; i++) {
        widths[i] = i < fixed.length ? fixed[i] : 14;
      }
      widths[widths.length - 1] = 22;
      t.widths(widths);
      t.end();

      var counts =
          book.table(
              "Status counts",
              "How many KPIs have each status, " + grid.period(),
              "The number of KPIs in each status group",
              List.of("This worksheet contains one table."),
              List.of("Status group", "Number of KPIs"));
      for (ScorecardGrid.Group g : grid.groups()) {
        XSSFRow row = counts.row();
        counts.text(row, 0, g.heading(), rag.get(g.status().rag()));
        counts.number(row, 1, (double) g.count(), whole, "[x]");
      }
      counts.widths(28, 16);
      counts.end();

      inputs(book, report, whole);
      book.write(catalogTitle + " - " + grid.period(), out);
    }
  }

  /** The Inputs sheet: every file with rows read, accepted and rejected, and its hash. */
  static void inputs(AccessibleWorkbook book, ScorecardReport report, XSSFCellStyle whole) {
    List<String> above = new ArrayList<>();
    above.add(
        "This worksheet contains one table. Every input row is either accepted or rejected"
            + " with a reason (kpi validate lists them).");
    if (report.mapping() != null) {
      above.add(
          "Read through "
              + report.mapping().describe()
              + "; sha256 "
              + report.mapping().sha256()
              + ".");
    }
    if (report.catalogSource() != null) {
      above.add(
          "Catalog: " + report.catalogSource().describe(report.scorecard().catalog().id()) + ".");
    }
    book.inputs(above, report.inputs(), whole);
  }

  static String shorthandLine() {
    return "Shorthand: "
        + String.join(
            "; ",
            ScorecardGrid.SYMBOLS.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .toList())
        + ".";
  }

  /** The number stored in a cell: rounded as shown, percentages as a fraction of 1. */
  static Double stored(Double v, Unit unit) {
    if (v == null) {
      return null;
    }
    BigDecimal r = rounded(v, unit) == null ? null : BigDecimal.valueOf(rounded(v, unit));
    return unit == Unit.PERCENT ? r.movePointLeft(2).doubleValue() : r.doubleValue();
  }

  private static Double rounded(double v, Unit unit) {
    int scale =
        switch (unit) {
          case PERCENT, RATE_PER_100K -> 1;
          case COUNT -> Display.round(v, 1).stripTrailingZeros().scale() <= 0 ? 0 : 1;
          case SCORE -> 2;
        };
    return Display.round(v, scale).doubleValue();
  }
}
