package kpi.app.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.Map;
import kpi.app.pack.PackModel.Cell;
import kpi.app.pack.PackModel.Chart;
import kpi.app.pack.PackModel.Pack;
import kpi.app.pack.PackModel.Row;
import kpi.app.pack.PackModel.SummaryRow;
import kpi.app.pack.PackModel.Table;
import kpi.app.read.FileSummary;
import kpi.app.write.CellSafety;
import kpi.app.write.DeterministicXlsx;
import kpi.core.status.Rag;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
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
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A data pack as an Excel workbook: a summary sheet with BRAG fills (and the status word), one
 * sheet per table with a native, editable chart beside it, and a notes sheet. Frozen header
 * rows, number formats, and fixed document properties so re-runs give the same bytes.
 */
public final class PackXlsxWriter {

  public void write(Pack pack, OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles st = new Styles(wb);
      summary(wb, st, pack);
      int n = 1;
      for (Table t : pack.tables()) {
        table(wb, st, t, "T" + n++ + " " + t.title());
      }
      notes(wb, st, pack);
      DeterministicXlsx.write(wb, pack.title(), out);
    }
  }

  /** Cell styles made once per workbook. */
  private static final class Styles {
    final XSSFCellStyle header;
    final XSSFCellStyle wrap;
    final XSSFCellStyle percent;
    final XSSFCellStyle count;
    final XSSFCellStyle score;
    final XSSFCellStyle bold;
    final Map<Rag, XSSFCellStyle> rag = new EnumMap<>(Rag.class);

    Styles(XSSFWorkbook wb) {
      XSSFFont b = wb.createFont();
      b.setBold(true);
      header = wb.createCellStyle();
      header.setFont(b);
      header.setWrapText(true);
      bold = wb.createCellStyle();
      bold.setFont(b);
      wrap = wb.createCellStyle();
      wrap.setWrapText(true);
      percent = number(wb, "0.0");
      count = number(wb, "#,##0");
      score = number(wb, "0.00");
      for (Rag r : Rag.values()) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setFillForegroundColor(switch (r) {
          case BLUE -> IndexedColors.PALE_BLUE.getIndex();
          case GREEN -> IndexedColors.LIGHT_GREEN.getIndex();
          case AMBER -> IndexedColors.LIGHT_ORANGE.getIndex();
          case RED -> IndexedColors.CORAL.getIndex();
          case GREY -> IndexedColors.GREY_25_PERCENT.getIndex();
        });
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        rag.put(r, s);
      }
    }

    private static XSSFCellStyle number(XSSFWorkbook wb, String format) {
      XSSFCellStyle s = wb.createCellStyle();
      s.setDataFormat(wb.createDataFormat().getFormat(format));
      return s;
    }

    XSSFCellStyle forText(String text) {
      if (text.endsWith("%")) {
        return percent;
      }
      return text.contains(".") ? score : count;
    }
  }

  private static void summary(XSSFWorkbook wb, Styles st, Pack pack) {
    XSSFSheet s = wb.createSheet("Summary");
    int r = 0;
    text(s.createRow(r++), 0, pack.title() + ", " + pack.period(), st.bold);
    if (pack.unsuppressed()) {
      text(s.createRow(r++), 0, "NOT FOR PUBLICATION: small numbers are not suppressed", st.bold);
    }
    r++;
    int headerRow = r;
    String[] head = pack.county()
        ? new String[] {"ID", "KPI", pack.area(), "England", "Target", "Status", "Direction"}
        : new String[] {"ID", "KPI", pack.area(), "County", "England", "Target", "Status",
            "Direction"};
    XSSFRow h = s.createRow(r++);
    for (int i = 0; i < head.length; i++) {
      text(h, i, head[i], st.header);
    }
    for (SummaryRow k : pack.summary()) {
      XSSFRow row = s.createRow(r++);
      int c = 0;
      text(row, c++, k.id(), null);
      text(row, c++, k.title(), st.wrap);
      value(row, c++, k.area(), st);
      if (!pack.county()) {
        value(row, c++, k.county(), st);
      }
      value(row, c++, k.england(), st);
      text(row, c++, k.target(), st.wrap);
      text(row, c++, k.status().words(), st.rag.get(k.status().rag()));
      text(row, c, k.direction().arrow() + " " + k.direction().words(), null);
      // Wrapped text needs its rows tall enough: Excel does not resize rows POI writes.
      int lines = Math.max(lines(k.title(), 62), lines(k.target(), 30));
      row.setHeightInPoints(13.5f * lines + 2);
    }
    s.createFreezePane(0, headerRow + 1);
    fitWidth(s);
    s.setColumnWidth(1, 60 * 256);
    s.setColumnWidth(pack.county() ? 4 : 5, 30 * 256);
    s.setColumnWidth(pack.county() ? 5 : 6, 24 * 256);
    s.setColumnWidth(pack.county() ? 6 : 7, 16 * 256);
  }

  private static void table(XSSFWorkbook wb, Styles st, Table t, String name) {
    XSSFSheet s = wb.createSheet(PackNames.sheetName(name));
    XSSFRow h = s.createRow(0);
    text(h, 0, t.firstColumn(), st.header);
    for (int c = 0; c < t.columns().size(); c++) {
      text(h, c + 1, t.columns().get(c), st.header);
      s.setColumnWidth(c + 1, 18 * 256);
    }
    s.setColumnWidth(0, 26 * 256);
    int r = 1;
    for (Row row : t.rows()) {
      XSSFRow x = s.createRow(r++);
      text(x, 0, row.label(), null);
      for (int c = 0; c < row.cells().size(); c++) {
        value(x, c + 1, row.cells().get(c), st);
      }
    }
    text(s.createRow(r + 1), 0, t.description(), null);
    s.createFreezePane(1, 1);
    fitWidth(s);
    if (t.chart() != Chart.NONE && !t.rows().isEmpty()) {
      chart(s, t);
    }
  }

  /** A native line or bar chart of the table's columns (totals left out). */
  private static void chart(XSSFSheet s, Table t) {
    int rows = t.rows().size();
    int lastRow = t.rows().get(rows - 1).label().equals("Total") ? rows - 1 : rows;
    int series = t.columns().size() - (t.columns().get(t.columns().size() - 1).equals("Total")
        ? 1 : 0);
    if (lastRow < 1 || series < 1) {
      return;
    }
    XSSFDrawing drawing = s.createDrawingPatriarch();
    int col = t.columns().size() + 2;
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col, 1, col + 10, 22);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(t.title());
    chart.setTitleOverlay(false);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    // The chart reads a hidden copy of the values in which suppressed and missing cells are
    // blank (plotted as gaps): the visible table keeps its c and x.
    int copy = t.columns().size() + 14;
    for (int r = 0; r < lastRow; r++) {
      Row row = t.rows().get(r);
      for (int c = 0; c < series; c++) {
        Double v = c < row.cells().size() ? row.cells().get(c).value() : null;
        if (v != null) {
          s.getRow(r + 1).createCell(copy + c).setCellValue(v);
        }
      }
    }
    for (int c = 0; c < series; c++) {
      s.setColumnHidden(copy + c, true);
    }
    chart.setPlotOnlyVisibleCells(false);
    chart.displayBlanksAs(DisplayBlanks.GAP);
    XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(s,
        new CellRangeAddress(1, lastRow, 0, 0));
    XDDFChartData data = chart.createData(t.chart() == Chart.LINE ? ChartTypes.LINE
        : ChartTypes.BAR, x, y);
    for (int c = 1; c <= Math.min(series, t.chart() == Chart.LINE ? 2 : series); c++) {
      XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(s,
          new CellRangeAddress(1, lastRow, copy + c - 1, copy + c - 1));
      XDDFChartData.Series ser = data.addSeries(cats, values);
      ser.setTitle(t.columns().get(c - 1), new CellReference(s.getSheetName(), 0, c, true, true));
      XDDFShapeProperties shape = new XDDFShapeProperties();
      XDDFSolidFillProperties colour = new XDDFSolidFillProperties(XDDFColor.from(
          SERIES_COLOURS[(c - 1) % SERIES_COLOURS.length]));
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
  }

  private static int lines(String text, int perLine) {
    return Math.max(1, (text.length() + perLine - 1) / perLine);
  }

  /** Prints landscape, one page wide, so a sheet and its chart stay together on paper. */
  private static void fitWidth(XSSFSheet s) {
    s.setFitToPage(true);
    s.getPrintSetup().setLandscape(true);
    s.getPrintSetup().setFitWidth((short) 1);
    s.getPrintSetup().setFitHeight((short) 0);
  }

  private static final byte[][] SERIES_COLOURS = {{0x1d, 0x70, (byte) 0xb8},
      {(byte) 0xd4, 0x35, 0x1c}, {0x00, 0x70, 0x3c}, {0x4c, 0x2c, (byte) 0x92},
      {(byte) 0xb5, (byte) 0x88, 0x40}};

  private static void notes(XSSFWorkbook wb, Styles st, Pack pack) {
    XSSFSheet s = wb.createSheet("Notes");
    s.setColumnWidth(0, 120 * 256);
    int r = 0;
    text(s.createRow(r++), 0, "Definitions", st.bold);
    for (String d : pack.definitions()) {
      text(s.createRow(r++), 0, d, null);
    }
    r++;
    text(s.createRow(r++), 0, "Data sources", st.bold);
    for (FileSummary f : pack.inputs()) {
      text(s.createRow(r++), 0, f.file() + " (" + f.kind() + "): " + f.rowsRead() + " rows read, "
          + f.rowsRejected() + " rejected; sha256 " + f.sha256(), null);
    }
    r++;
    text(s.createRow(r++), 0, "Suppression", st.bold);
    for (String line : PackText.suppressionLines(pack)) {
      text(s.createRow(r++), 0, line, null);
    }
  }

  private static void text(XSSFRow row, int col, String text, XSSFCellStyle style) {
    var c = row.createCell(col);
    c.setCellValue(CellSafety.text(text));
    if (style != null) {
      c.setCellStyle(style);
    }
  }

  private static void value(XSSFRow row, int col, Cell cell, Styles st) {
    if (cell.value() == null) {
      text(row, col, cell.text(), null);
      return;
    }
    var c = row.createCell(col);
    c.setCellValue(cell.value());
    c.setCellStyle(st.forText(cell.text()));
  }
}
