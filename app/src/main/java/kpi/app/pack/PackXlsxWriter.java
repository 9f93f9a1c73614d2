package kpi.app.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kpi.app.read.FileSummary;
import kpi.app.write.AccessibleWorkbook;
import kpi.app.write.Display;
import kpi.core.catalog.Unit;
import kpi.core.pack.ChartPlan;
import kpi.core.pack.PackModel;
import kpi.core.pack.PackModel.Cell;
import kpi.core.pack.PackModel.Chart;
import kpi.core.pack.PackModel.Pack;
import kpi.core.pack.PackModel.Row;
import kpi.core.pack.PackModel.SummaryRow;
import kpi.core.pack.PackModel.Table;
import kpi.core.status.Rag;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;

/**
 * A data pack as an accessible Excel workbook (the Analysis Function's spreadsheet guidance):
 * cover, contents and notes sheets, the KPI summary and every table each on a sheet of its own as
 * an Excel table with its title in A1, native charts beside the tables (one per scale, with alt
 * text), percentages stored as fractions with a {@code %} format and rounded as shown, shorthand in
 * square brackets, an Inputs sheet, and NOT FOR PUBLICATION on every sheet and printed page when
 * small numbers are shown. Same bytes on re-runs.
 */
public final class PackXlsxWriter {
  private static final String NOT_FOR_PUBLICATION =
      "NOT FOR PUBLICATION: small numbers are not suppressed in this workbook";

  private final List<FileSummary> inputs;

  /**
   * A writer of pack workbooks.
   *
   * @param inputs the input files every pack lists as its sources
   */
  public PackXlsxWriter(List<FileSummary> inputs) {
    this.inputs = List.copyOf(inputs);
  }

  public void write(Pack pack, OutputStream out) throws IOException {
    List<String> banner = pack.unsuppressed() ? List.of(NOT_FOR_PUBLICATION) : List.of();
    try (AccessibleWorkbook book = new AccessibleWorkbook(banner)) {
      Styles st = new Styles(book);
      List<String[]> cover = new ArrayList<>();
      cover.add(new String[] {"Period", "Academic year " + pack.period()});
      cover.add(
          new String[] {
            "About this workbook",
            pack.county()
                ? "County figures for the strategy's KPIs, with every district beside them."
                : "District figures for the strategy's KPIs beside the county's and England's.",
            "Each table is on a sheet of its own (see Contents); charts sit beside their tables"
                + " and draw every column of them, except totals."
          });
      cover.add(
          new String[] {
            "Shorthand",
            "[c] confidential: not shown to protect small"
                + " numbers; [x] not available; [z] not applicable."
          });
      List<String> small = new ArrayList<>();
      small.add("Small numbers");
      small.addAll(PackText.suppressionLines(pack));
      cover.add(small.toArray(String[]::new));
      book.cover(pack.title(), cover);

      List<String[]> notes = new ArrayList<>();
      for (String d : pack.definitions()) {
        notes.add(new String[] {"[note " + (notes.size() + 1) + "]", "Definition", d});
      }
      for (String line : PackText.suppressionLines(pack)) {
        notes.add(new String[] {"[note " + (notes.size() + 1) + "]", "Small numbers", line});
      }
      book.notes("Definitions of the KPIs and how small numbers are protected", notes);

      summary(book, st, pack);
      int n = 1;
      for (Table t : pack.tables()) {
        table(book, st, t, n++);
      }
      inputs(book, st, inputs);
      book.write(pack.title(), out);
    }
  }

  /** Cell styles made once per workbook. */
  private static final class Styles {
    final Map<Unit, XSSFCellStyle> number = new EnumMap<>(Unit.class);
    final Map<Rag, XSSFCellStyle> rag = new EnumMap<>(Rag.class);
    final XSSFCellStyle wrap;

    Styles(AccessibleWorkbook book) {
      number.put(Unit.PERCENT, book.number("0.0%"));
      number.put(Unit.COUNT, book.number("#,##0"));
      number.put(Unit.SCORE, book.number("0.00"));
      number.put(Unit.RATE_PER_100K, book.number("#,##0.0"));
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
      wrap = book.wrap();
    }
  }

  private static void summary(AccessibleWorkbook book, Styles st, Pack pack) {
    List<String> head = new ArrayList<>(List.of("ID", "KPI", pack.area()));
    if (!pack.county()) {
      head.add("County");
    }
    head.addAll(List.of("England", "Target", "Status", "Direction of travel"));
    var t =
        book.table(
            "Summary",
            "Summary of KPIs, " + pack.area() + ", " + pack.period(),
            "Every KPI with a district figure: value, county, England, target, status and direction",
            List.of(
                "This worksheet contains one table. Status is given in words as well as colour."),
            head);
    for (SummaryRow k : pack.summary()) {
      XSSFRow row = t.row();
      int c = 0;
      t.text(row, c++, k.id(), null);
      t.text(row, c++, k.title(), st.wrap);
      value(t, row, c++, k.area(), k.unit(), st);
      if (!pack.county()) {
        value(t, row, c++, k.county(), k.unit(), st);
      }
      value(t, row, c++, k.england(), k.unit(), st);
      t.text(row, c++, k.target().isBlank() ? "[z]" : k.target(), st.wrap);
      if (k.status() == null) {
        t.text(row, c++, PackModel.NOT_SHOWN, st.rag.get(Rag.GREY));
      } else {
        t.text(row, c++, k.status().words(), st.rag.get(k.status().rag()));
      }
      t.text(
          row,
          c,
          k.direction() == null
              ? PackModel.NOT_SHOWN
              : k.direction().arrow() + " " + k.direction().words(),
          null);
      row.setHeightInPoints(
          15f
              * Math.max(
                  AccessibleWorkbook.lines(k.title(), 58),
                  AccessibleWorkbook.lines(k.target(), 28)));
    }
    if (pack.county()) {
      t.widths(10, 60, 12, 12, 30, 24, 18);
    } else {
      t.widths(10, 60, 12, 12, 12, 30, 24, 18);
    }
    t.end();
  }

  private static void table(AccessibleWorkbook book, Styles st, Table t, int n) {
    List<String> head = new ArrayList<>();
    head.add(t.firstColumn());
    head.addAll(t.columns());
    List<String> above = new ArrayList<>();
    above.add("This worksheet contains one table. " + t.description());
    List<ChartPlan.Part> parts = ChartPlan.of(t);
    for (ChartPlan.Part p : parts) {
      if (p.empty()) {
        above.add(ChartPlan.emptySentence(p));
      }
    }
    var x = book.table(sheetName(n, t.title()), t.title(), t.title(), above, head);
    for (Row row : t.rows()) {
      XSSFRow r = x.row();
      x.text(r, 0, row.label(), null);
      for (int c = 0; c < t.columns().size(); c++) {
        Cell cell = c < row.cells().size() ? row.cells().get(c) : Cell.missing();
        value(x, r, c + 1, cell, ChartPlan.unitOf(t, c), st);
      }
    }
    int[] widths = new int[head.size()];
    widths[0] =
        Math.max(
            14,
            Math.min(40, t.rows().stream().mapToInt(r -> r.label().length()).max().orElse(10) + 2));
    for (int i = 1; i < widths.length; i++) {
      widths[i] = Math.max(12, Math.min(22, head.get(i).length() / 2 + 4));
    }
    x.widths(widths);
    x.end();
    int top = x.headerRow();
    for (ChartPlan.Part p : parts) {
      if (!p.empty()) {
        top = chart(x.sheet(), t, p, head.size() + 1, top);
      }
    }
  }

  /** A native chart of one part of the table's plan, from the table's values; next free row. */
  private static int chart(
      org.apache.poi.xssf.usermodel.XSSFSheet s, Table t, ChartPlan.Part p, int col, int row) {
    XSSFDrawing drawing = s.createDrawingPatriarch();
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col, row, col + 9, row + 20);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(p.title());
    chart.setTitleOverlay(false);
    chart
        .getGraphicFrame()
        .getCTGraphicalObjectFrame()
        .getNvGraphicFramePr()
        .getCNvPr()
        .setDescr(
            (t.chart() == Chart.LINE ? "Line" : "Bar")
                + " chart of "
                + String.join(", ", p.columns().stream().map(t.columns()::get).toList())
                + " by "
                + t.firstColumn().toLowerCase(Locale.ROOT)
                + ". The table on this sheet gives every"
                + " value.");
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    chart.getOrAddLegend().setOverlay(false);
    XDDFCategoryAxis xAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis yAxis = chart.createValueAxis(AxisPosition.LEFT);
    yAxis.setCrosses(AxisCrosses.AUTO_ZERO);
    yAxis.setNumberFormat(
        p.unit() == Unit.PERCENT ? "0%" : p.unit() == Unit.SCORE ? "0.0" : "#,##0");
    chart.displayBlanksAs(DisplayBlanks.GAP);
    String[] cats = new String[p.rows()];
    for (int r = 0; r < p.rows(); r++) {
      cats[r] = t.rows().get(r).label();
    }
    XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(cats);
    XDDFChartData data =
        chart.createData(t.chart() == Chart.LINE ? ChartTypes.LINE : ChartTypes.BAR, xAxis, yAxis);
    for (int i = 0; i < p.columns().size(); i++) {
      int c = p.columns().get(i);
      Double[] values = new Double[p.rows()];
      for (int r = 0; r < p.rows(); r++) {
        values[r] = stored(ChartPlan.value(t.rows().get(r), c), p.unit());
      }
      XDDFNumericalDataSource<Double> v = XDDFDataSourcesFactory.fromArray(values);
      XDDFChartData.Series ser = data.addSeries(categories, v);
      ser.setTitle(t.columns().get(c), null);
      XDDFShapeProperties shape = new XDDFShapeProperties();
      XDDFSolidFillProperties colour =
          new XDDFSolidFillProperties(XDDFColor.from(SERIES_COLOURS[i % SERIES_COLOURS.length]));
      if (ser instanceof XDDFLineChartData.Series line) {
        XDDFLineProperties stroke = new XDDFLineProperties();
        stroke.setFillProperties(colour);
        stroke.setWidth(2.25);
        shape.setLineProperties(stroke);
        line.setMarkerStyle(MarkerStyle.NONE);
        line.setSmooth(false);
      } else {
        shape.setFillProperties(colour);
      }
      ser.setShapeProperties(shape);
    }
    if (data instanceof XDDFBarChartData bar) {
      bar.setBarDirection(BarDirection.COL);
    }
    chart.plot(data);
    return row + 21;
  }

  private static void inputs(AccessibleWorkbook book, Styles st, List<FileSummary> inputs) {
    book.inputs(List.of("This worksheet contains one table."), inputs, st.number.get(Unit.COUNT));
  }

  private static final byte[][] SERIES_COLOURS = {
    {0x1d, 0x70, (byte) 0xb8},
    {(byte) 0xd4, 0x35, 0x1c},
    {0x00, 0x70, 0x3c},
    {0x4c, 0x2c, (byte) 0x92},
    {(byte) 0xb5, (byte) 0x88, 0x40},
    {0x28, (byte) 0xa1, (byte) 0x97},
    {(byte) 0xf4, (byte) 0x99, (byte) 0xbe},
    {0x6f, 0x72, (byte) 0xaf}
  };

  private static void value(
      AccessibleWorkbook.TableSheet t, XSSFRow row, int col, Cell cell, Unit unit, Styles st) {
    if (cell.value() == null) {
      t.text(row, col, shorthand(cell.text()), null);
      return;
    }
    t.number(row, col, stored(cell.value(), unit), st.number.get(unit), "[x]");
  }

  /** A cell's symbol in square brackets ({@code c} reads {@code [c]}). */
  static String shorthand(String text) {
    String s = text == null ? "" : text.strip();
    if (s.isEmpty()) {
      return "[x]";
    }
    return s.startsWith("[") || s.length() > 3 ? s : "[" + s + "]";
  }

  /** Rounded as shown; percentages as a fraction of 1 so the cell's format adds the %. */
  static Double stored(Double v, Unit unit) {
    if (v == null) {
      return null;
    }
    return switch (unit) {
      case PERCENT -> Display.round(v, 1).movePointLeft(2).doubleValue();
      case SCORE -> Display.round(v, 2).doubleValue();
      case RATE_PER_100K -> Display.round(v, 1).doubleValue();
      case COUNT -> {
        BigDecimal b = Display.round(v, 1);
        yield (b.stripTrailingZeros().scale() <= 0 ? Display.round(v, 0) : b).doubleValue();
      }
    };
  }

  /** A sheet name: a number and the title's first words, at most 31 characters, no cut word. */
  static String sheetName(int n, String title) {
    String clean = title.replaceAll("[\\[\\]:*?/\\\\,]", " ").replaceAll("\\s+", " ").strip();
    StringBuilder b = new StringBuilder(n + " ");
    for (String word : clean.split(" ")) {
      if (b.length() + word.length() + (b.length() > String.valueOf(n).length() + 1 ? 1 : 0) > 31) {
        break;
      }
      if (b.length() > String.valueOf(n).length() + 1) {
        b.append(' ');
      }
      b.append(word);
    }
    return PackNames.sheetName(b.toString().strip());
  }
}
