package kpi.app.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The checkable rules of the Government Analysis Function's guidance on releasing statistics in
 * spreadsheets, over a saved workbook: each broken rule is one line naming the sheet and cell.
 */
public final class SpreadsheetGuidance {
  private static final Pattern BARE_SYMBOL = Pattern.compile("(?i)c|x|z|u|low|:|\\.\\.");
  private static final Pattern SHORTHAND = Pattern.compile("\\[(c|x|z|u|low)\\]");

  private SpreadsheetGuidance() {}

  /** Every rule the workbook breaks; empty when it follows them all. */
  public static List<String> violations(Path xlsx) throws IOException {
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      return violations(wb);
    }
  }

  static List<String> violations(XSSFWorkbook wb) {
    List<String> v = new ArrayList<>();
    var core = wb.getProperties().getCoreProperties();
    if (core.getUnderlyingProperties().getLanguageProperty().orElse("").isBlank()) {
      v.add("document language is not set");
    }
    if (core.getTitle() == null || core.getTitle().isBlank()) {
      v.add("document title is not set");
    }
    if (wb.getNumberOfSheets() == 0 || !wb.getSheetName(0).equals("Cover")) {
      v.add("the first sheet is not a cover sheet named Cover");
    }
    if (wb.getSheet("Contents") == null) {
      v.add("no Contents sheet");
    }
    if (wb.getSheet("Notes") == null) {
      v.add("no Notes sheet");
    }
    Set<String> used = new LinkedHashSet<>();
    Set<String> explained = new HashSet<>();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      XSSFSheet s = wb.getSheetAt(i);
      String name = s.getSheetName();
      if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
        v.add(name + ": hidden sheet");
      }
      XSSFRow first = s.getRow(0);
      XSSFCell a1 = first == null ? null : first.getCell(0);
      if (a1 == null || a1.getCellType() != CellType.STRING || a1.getStringCellValue().isBlank()) {
        v.add(name + "!A1: no title");
      }
      if (s.getPaneInformation() != null && s.getPaneInformation().isFreezePane()) {
        v.add(name + ": frozen panes");
      }
      if (s.getNumMergedRegions() > 0) {
        v.add(name + ": merged cells " + s.getMergedRegion(0).formatAsString());
      }
      List<XSSFTable> tables = s.getTables();
      if (name.equals("Cover")) {
        if (!tables.isEmpty()) {
          v.add("Cover: holds a table");
        }
      } else if (tables.size() != 1) {
        v.add(name + ": " + tables.size() + " tables (one table per sheet)");
      }
      int tableTop = Integer.MAX_VALUE;
      int tableBottom = -1;
      int tableRight = -1;
      for (XSSFTable t : tables) {
        tableTop = t.getStartCellReference().getRow();
        tableBottom = t.getEndCellReference().getRow();
        tableRight = t.getEndCellReference().getCol();
        checkTable(s, t, v);
        if (s.getRepeatingRows() == null || s.getRepeatingRows().getFirstRow() != tableTop) {
          v.add(name + ": the table's header row is not repeated on printed pages");
        }
      }
      if (!s.getFitToPage()
          || s.getPrintSetup().getFitWidth() != 1
          || !s.getPrintSetup().getLandscape()) {
        v.add(name + ": does not print landscape, one page wide");
      }
      if (tableBottom >= 0 && s.getLastRowNum() > tableBottom) {
        v.add(name + ": content below the table (row " + (s.getLastRowNum() + 1) + ")");
      }
      for (int c = 0; c <= Math.max(tableRight, 30); c++) {
        if (s.isColumnHidden(c)) {
          v.add(name + ": hidden column " + CellReference.convertNumToColString(c));
        }
      }
      for (var r : s) {
        XSSFRow row = (XSSFRow) r;
        if (row.getZeroHeight()) {
          v.add(name + ": hidden row " + (row.getRowNum() + 1));
        }
        for (var cell : row) {
          if (cell.getCellType() != CellType.STRING) {
            continue;
          }
          String text = cell.getStringCellValue();
          String where = name + "!" + cell.getAddress().formatAsString();
          if (BARE_SYMBOL.matcher(text.strip()).matches()) {
            v.add(where + ": shorthand \"" + text + "\" not in square brackets");
          }
          Matcher m = SHORTHAND.matcher(text);
          boolean insideTable =
              row.getRowNum() >= tableTop
                  && row.getRowNum() <= tableBottom
                  && cell.getColumnIndex() <= tableRight;
          while (m.find()) {
            if (insideTable) {
              used.add(m.group());
            } else {
              String after = text.substring(m.end()).stripLeading();
              if (!after.isEmpty() && Character.isLetter(after.charAt(0))) {
                explained.add(m.group());
              }
            }
          }
        }
      }
      XSSFDrawing d = s.getDrawingPatriarch();
      if (d != null) {
        for (var anchor : d.getCTDrawing().getTwoCellAnchorList()) {
          if (anchor.isSetGraphicFrame()) {
            String descr = anchor.getGraphicFrame().getNvGraphicFramePr().getCNvPr().getDescr();
            if (descr == null || descr.isBlank()) {
              v.add(name + ": chart without alt text");
            }
          }
        }
        for (XSSFChart chart : d.getCharts()) {
          if (chart.getTitleText() == null || chart.getTitleText().getString().isBlank()) {
            v.add(name + ": chart without a title");
          }
        }
      }
    }
    for (String s : used) {
      if (!explained.contains(s)) {
        v.add("shorthand " + s + " is used but not explained outside the tables");
      }
    }
    XSSFSheet contents = wb.getSheet("Contents");
    if (contents != null && contents.getTables().size() == 1) {
      XSSFTable t = contents.getTables().get(0);
      Set<String> listed = new HashSet<>();
      for (int r = t.getStartCellReference().getRow() + 1;
          r <= t.getEndCellReference().getRow();
          r++) {
        XSSFCell c = contents.getRow(r).getCell(0);
        listed.add(c.getStringCellValue());
        if (c.getHyperlink() == null) {
          v.add("Contents!" + c.getAddress().formatAsString() + ": no link to its sheet");
        }
      }
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        String n = wb.getSheetName(i);
        if (!n.equals("Cover") && !n.equals("Contents") && !listed.contains(n)) {
          v.add("Contents: sheet " + n + " is not listed");
        }
      }
    }
    return v;
  }

  private static void checkTable(XSSFSheet s, XSSFTable t, List<String> v) {
    String name = s.getSheetName();
    int top = t.getStartCellReference().getRow();
    int left = t.getStartCellReference().getCol();
    int bottom = t.getEndCellReference().getRow();
    int right = t.getEndCellReference().getCol();
    Set<String> headers = new HashSet<>();
    for (int r = top; r <= bottom; r++) {
      XSSFRow row = s.getRow(r);
      for (int c = left; c <= right; c++) {
        XSSFCell cell = row == null ? null : row.getCell(c);
        String where = name + "!" + new CellReference(r, c).formatAsString();
        if (cell == null
            || cell.getCellType() == CellType.BLANK
            || (cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank())) {
          v.add(where + ": empty cell in a table (use shorthand such as [x])");
          continue;
        }
        if (r == top) {
          if (cell.getCellType() != CellType.STRING) {
            v.add(where + ": table header is not text");
          } else if (!headers.add(cell.getStringCellValue())) {
            v.add(where + ": repeated table header " + cell.getStringCellValue());
          }
        }
        if (cell.getCellType() == CellType.FORMULA) {
          v.add(where + ": formula in a table");
        }
      }
    }
    if (top == 0) {
      v.add(name + ": the table starts in A1 (the title goes there)");
    }
  }
}
