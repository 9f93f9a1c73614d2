package kpi.app.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import kpi.core.catalog.Unit;
import kpi.core.engine.KpiResult;
import kpi.core.status.Rag;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The scorecard as an Excel workbook: one row per KPI, values as numbers with number formats,
 * status as fill and word, header frozen; byte-identical on re-runs.
 */
public final class ScorecardXlsxWriter implements ScorecardWriter {
  private static final List<String> HEADER = List.of("ID", "KPI", "Value", "Unit", "Target",
      "Threshold", "Status", "Previous period", "Previous value", "Change", "Direction", "England",
      "Notes", "95% CI lower", "95% CI upper", "vs England", "Quintile (1 = best)", "Trend",
      "History");

  @Override
  public void write(ScorecardReport report, OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet("Scorecard");
      CellStyle bold = wb.createCellStyle();
      Font f = wb.createFont();
      f.setBold(true);
      bold.setFont(f);
      CellStyle percent = wb.createCellStyle();
      percent.setDataFormat(wb.createDataFormat().getFormat("0.0"));
      CellStyle whole = wb.createCellStyle();
      whole.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
      CellStyle score = wb.createCellStyle();
      score.setDataFormat(wb.createDataFormat().getFormat("0.00"));
      XSSFRow head = sheet.createRow(0);
      for (int i = 0; i < HEADER.size(); i++) {
        XSSFCell c = head.createCell(i);
        c.setCellValue(HEADER.get(i));
        c.setCellStyle(bold);
      }
      int r = 1;
      for (KpiResult k : report.scorecard().kpis()) {
        XSSFRow row = sheet.createRow(r++);
        CellStyle numberStyle = switch (k.kpi().unit()) {
          case PERCENT, RATE_PER_100K -> percent;
          case COUNT -> whole;
          case SCORE -> score;
        };
        row.createCell(0).setCellValue(CellSafety.text(k.kpi().id()));
        row.createCell(1).setCellValue(CellSafety.text(k.kpi().title()));
        number(row, 2, k.value(), numberStyle);
        row.createCell(3).setCellValue(k.kpi().unit() == Unit.PERCENT ? "%" : k.kpi().unit().id());
        row.createCell(4).setCellValue(CellSafety.text(k.target().text()));
        number(row, 5, k.target().threshold(), numberStyle);
        XSSFCell status = row.createCell(6);
        status.setCellValue(k.status().words());
        status.setCellStyle(fill(wb, k.status().rag()));
        row.createCell(7).setCellValue(k.previous() == null ? "" : k.previous().period());
        number(row, 8, k.previous() == null ? null : k.previous().value(), numberStyle);
        number(row, 9, k.change(), numberStyle);
        row.createCell(10).setCellValue(k.direction().arrow() + " " + k.direction().words());
        number(row, 11, k.comparators().stream().filter(c -> c.name().equalsIgnoreCase("England"))
            .map(c -> c.value()).filter(v -> v != null).findFirst().orElse(null), numberStyle);
        row.createCell(12).setCellValue(CellSafety.text(String.join("; ", k.notes())));
        number(row, 13, k.ci() == null ? null : k.ci().lower(), numberStyle);
        number(row, 14, k.ci() == null ? null : k.ci().upper(), numberStyle);
        row.createCell(15).setCellValue(StatsText.mark(k, "England").strip()
            .replace("(", "").replace(")", ""));
        if (k.quintile() != null) {
          row.createCell(16).setCellValue(k.quintile().value());
        }
        row.createCell(17).setCellValue(StatsText.trend(k));
        row.createCell(18).setCellValue(CellSafety.text(StatsText.history(k)));
      }
      sheet.createFreezePane(0, 1);
      int[] widths = {10, 60, 10, 8, 28, 10, 22, 14, 14, 10, 16, 10, 60, 12, 12, 18, 10, 34, 60};
      for (int i = 0; i < widths.length; i++) {
        sheet.setColumnWidth(i, widths[i] * 256);
      }
      HistorySheet.add(wb, report.scorecard().kpis(), percent);
      DeterministicXlsx.write(wb, report.scorecard().catalog().title(), out);
    }
  }

  private static void number(XSSFRow row, int col, Double value, CellStyle style) {
    XSSFCell c = row.createCell(col);
    if (value != null) {
      c.setCellValue(value);
      c.setCellStyle(style);
    }
  }

  /** Fill colours for BRAG with the status word in the cell, so colour is never the only cue. */
  static CellStyle fill(XSSFWorkbook wb, Rag rag) {
    CellStyle s = wb.createCellStyle();
    IndexedColors colour = switch (rag) {
      case BLUE -> IndexedColors.PALE_BLUE;
      case GREEN -> IndexedColors.LIGHT_GREEN;
      case AMBER -> IndexedColors.LIGHT_ORANGE;
      case RED -> IndexedColors.CORAL;
      case GREY -> IndexedColors.GREY_25_PERCENT;
    };
    s.setFillForegroundColor(colour.getIndex());
    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    return s;
  }
}
