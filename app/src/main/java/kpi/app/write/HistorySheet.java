package kpi.app.write;

import java.util.List;
import java.util.TreeSet;
import kpi.core.engine.KpiResult;
import kpi.core.engine.KpiResult.HistoryPoint;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The scorecard workbook's History sheet: one row per KPI with its value in every period the
 * history and the current period cover, and beside it a small native line chart of that row
 * (missing periods plotted as gaps).
 */
final class HistorySheet {
  private static final int FIRST_PERIOD_COLUMN = 2;

  private HistorySheet() {}

  static void add(XSSFWorkbook wb, List<KpiResult> kpis, CellStyle numberStyle) {
    TreeSet<String> periods = new TreeSet<>();
    for (KpiResult k : kpis) {
      k.history().forEach(h -> periods.add(h.period()));
      if (k.value() != null) {
        periods.add(k.period());
      }
    }
    XSSFSheet s = wb.createSheet("History");
    XSSFRow head = s.createRow(0);
    head.createCell(0).setCellValue("ID");
    head.createCell(1).setCellValue("KPI");
    List<String> cols = List.copyOf(periods);
    for (int i = 0; i < cols.size(); i++) {
      head.createCell(FIRST_PERIOD_COLUMN + i).setCellValue(cols.get(i));
    }
    int chartColumn = FIRST_PERIOD_COLUMN + cols.size() + 1;
    head.createCell(chartColumn).setCellValue("Trend chart");
    s.setColumnWidth(0, 10 * 256);
    s.setColumnWidth(1, 50 * 256);
    s.setColumnWidth(chartColumn, 30 * 256);
    XSSFDrawing drawing = null;
    int r = 1;
    for (KpiResult k : kpis) {
      XSSFRow row = s.createRow(r);
      row.createCell(0).setCellValue(CellSafety.text(k.kpi().id()));
      row.createCell(1).setCellValue(CellSafety.text(k.kpi().title()));
      int points = 0;
      for (HistoryPoint h : k.history()) {
        if (h.value() != null) {
          cell(row, FIRST_PERIOD_COLUMN + cols.indexOf(h.period()), h.value(), numberStyle);
          points++;
        }
      }
      if (k.value() != null) {
        cell(row, FIRST_PERIOD_COLUMN + cols.indexOf(k.period()), k.value(), numberStyle);
        points++;
      }
      if (points >= 2) {
        row.setHeightInPoints(48);
        if (drawing == null) {
          drawing = s.createDrawingPatriarch();
        }
        chart(drawing, s, r, cols.size(), chartColumn);
      }
      r++;
    }
    s.createFreezePane(2, 1);
  }

  private static void cell(XSSFRow row, int col, double v, CellStyle style) {
    var c = row.createCell(col);
    c.setCellValue(v);
    c.setCellStyle(style);
  }

  private static void chart(XSSFDrawing drawing, XSSFSheet s, int r, int n, int chartColumn) {
    XSSFClientAnchor anchor =
        drawing.createAnchor(0, 0, 0, 0, chartColumn, r, chartColumn + 1, r + 1);
    XSSFChart chart = drawing.createChart(anchor);
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    x.setVisible(false);
    y.setVisible(false);
    chart.displayBlanksAs(DisplayBlanks.GAP);
    XDDFDataSource<String> cats =
        XDDFDataSourcesFactory.fromStringCellRange(
            s, new CellRangeAddress(0, 0, FIRST_PERIOD_COLUMN, FIRST_PERIOD_COLUMN + n - 1));
    XDDFNumericalDataSource<Double> values =
        XDDFDataSourcesFactory.fromNumericCellRange(
            s, new CellRangeAddress(r, r, FIRST_PERIOD_COLUMN, FIRST_PERIOD_COLUMN + n - 1));
    XDDFChartData data = chart.createData(ChartTypes.LINE, x, y);
    XDDFChartData.Series ser = data.addSeries(cats, values);
    XDDFShapeProperties shape = new XDDFShapeProperties();
    XDDFLineProperties stroke = new XDDFLineProperties();
    stroke.setFillProperties(
        new XDDFSolidFillProperties(XDDFColor.from(new byte[] {0x1d, 0x70, (byte) 0xb8})));
    stroke.setWidth(1.5);
    shape.setLineProperties(stroke);
    ser.setShapeProperties(shape);
    if (ser instanceof XDDFLineChartData.Series line) {
      line.setMarkerStyle(MarkerStyle.NONE);
      line.setSmooth(false);
    }
    chart.plot(data);
  }
}
