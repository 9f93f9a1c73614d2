package kpi.app.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook laid out as the Government Analysis Function's guidance on releasing statistics in
 * spreadsheets asks: a cover sheet, a contents sheet linking every sheet, a notes table, one table
 * per sheet marked up as an Excel table with its title in A1 and nothing below it, no frozen panes
 * or merged cells, shorthand in square brackets, the document's language and title set, and every
 * sheet printing landscape one page wide with its header row repeated.
 */
public final class AccessibleWorkbook implements AutoCloseable {
  private final XSSFWorkbook wb = new XSSFWorkbook();
  private final List<String[]> contents = new ArrayList<>();
  private final List<String> banner;
  private final XSSFCellStyle title;
  private final XSSFCellStyle header;
  private final XSSFCellStyle wrap;
  private final XSSFCellStyle bold;
  private final XSSFCellStyle link;
  private final XSSFCellStyle plain;
  private XSSFSheet contentsSheet;
  private int tables;

  /**
   * @param banner lines shown under the title of every sheet (NOT FOR PUBLICATION, say); may be
   *     empty
   */
  public AccessibleWorkbook(List<String> banner) {
    this.banner = List.copyOf(banner);
    XSSFFont big = wb.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    title = wb.createCellStyle();
    title.setFont(big);
    XSSFFont b = wb.createFont();
    b.setBold(true);
    bold = wb.createCellStyle();
    bold.setFont(b);
    header = wb.createCellStyle();
    header.setFont(b);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.TOP);
    wrap = wb.createCellStyle();
    wrap.setWrapText(true);
    wrap.setVerticalAlignment(VerticalAlignment.TOP);
    XSSFFont u = wb.createFont();
    u.setUnderline(XSSFFont.U_SINGLE);
    u.setColor(IndexedColors.BLUE.getIndex());
    link = wb.createCellStyle();
    link.setFont(u);
    plain = wb.createCellStyle();
    plain.setVerticalAlignment(VerticalAlignment.TOP);
  }

  public XSSFWorkbook workbook() {
    return wb;
  }

  /** A style with a number format, top-aligned. */
  public XSSFCellStyle number(String format) {
    XSSFCellStyle s = wb.createCellStyle();
    s.setDataFormat(wb.createDataFormat().getFormat(format));
    s.setVerticalAlignment(VerticalAlignment.TOP);
    return s;
  }

  /** A solid fill (for status colours beside their word). */
  public XSSFCellStyle fill(IndexedColors colour) {
    XSSFCellStyle s = wb.createCellStyle();
    s.setFillForegroundColor(colour.getIndex());
    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    s.setVerticalAlignment(VerticalAlignment.TOP);
    s.setWrapText(true);
    return s;
  }

  public XSSFCellStyle wrap() {
    return wrap;
  }

  /** The cover sheet (first): the title in A1, then one line of text per row. */
  public XSSFSheet cover(String heading, List<String[]> sections) {
    XSSFSheet s = wb.createSheet("Cover");
    s.setColumnWidth(0, 110 * 256);
    int r = 0;
    cell(s.createRow(r++), 0, heading, title);
    for (String line : banner) {
      cell(s.createRow(r++), 0, line, bold);
    }
    for (String[] section : sections) {
      cell(s.createRow(r++), 0, section[0], bold);
      for (int i = 1; i < section.length; i++) {
        XSSFRow row = s.createRow(r++);
        cell(row, 0, section[i], wrap);
        row.setHeightInPoints(15f * lines(section[i], 100));
      }
    }
    printSetup(s, -1);
    contentsSheet = wb.createSheet("Contents");
    return s;
  }

  /**
   * The Inputs sheet every workbook ends with: each input file with its rows read, accepted and
   * rejected and its SHA-256, under the given lines of text.
   */
  public void inputs(
      List<String> above, List<kpi.app.read.FileSummary> files, XSSFCellStyle whole) {
    TableSheet t =
        table(
            "Inputs",
            "Inputs: files read and rows accepted and rejected",
            "Input files with rows read, accepted and rejected, and their SHA-256",
            above,
            List.of("File", "Kind", "Rows read", "Rows accepted", "Rows rejected", "SHA-256"));
    for (kpi.app.read.FileSummary f : files) {
      XSSFRow row = t.row();
      t.text(row, 0, f.file(), null);
      t.text(row, 1, f.kind(), null);
      t.number(row, 2, (double) f.rowsRead(), whole, "[x]");
      t.number(row, 3, (double) f.rowsAccepted(), whole, "[x]");
      t.number(row, 4, (double) f.rowsRejected(), whole, "[x]");
      t.text(row, 5, f.sha256().isEmpty() ? "[x]" : f.sha256(), null);
    }
    t.widths(40, 22, 12, 14, 14, 70);
    t.end();
  }

  /**
   * A sheet holding one table: title in A1, lines of text under it, then the table.
   *
   * @return the builder to add rows to
   */
  public TableSheet table(
      String sheetName,
      String heading,
      String description,
      List<String> above,
      List<String> columns) {
    XSSFSheet s = wb.createSheet(sheetName);
    int r = 0;
    cell(s.createRow(r++), 0, heading, title);
    for (String line : banner) {
      cell(s.createRow(r++), 0, line, bold);
    }
    for (String line : above) {
      cell(s.createRow(r++), 0, line, null);
    }
    XSSFRow h = s.createRow(r);
    for (int i = 0; i < columns.size(); i++) {
      cell(h, i, columns.get(i), header);
    }
    // Headers wrap onto two lines in narrow columns; rows POI writes are not resized on opening.
    h.setHeightInPoints(30f);
    contents.add(new String[] {sheetName, description});
    return new TableSheet(
        s, r, columns.size(), "Table" + ++tables + "_" + sheetName.replaceAll("[^A-Za-z0-9]", "_"));
  }

  /** Rows of one table; {@link #end} marks them up as an Excel table. */
  public final class TableSheet {
    private final XSSFSheet sheet;
    private final int headerRow;
    private final int width;
    private final String name;
    private int next;

    private TableSheet(XSSFSheet sheet, int headerRow, int width, String name) {
      this.sheet = sheet;
      this.headerRow = headerRow;
      this.width = width;
      this.name = name;
      this.next = headerRow + 1;
    }

    public XSSFSheet sheet() {
      return sheet;
    }

    public int headerRow() {
      return headerRow;
    }

    public XSSFRow row() {
      return sheet.createRow(next++);
    }

    /** Text in a cell, neutralised against formula injection, top-aligned unless styled. */
    public XSSFCell text(XSSFRow row, int col, String text, XSSFCellStyle style) {
      return cell(row, col, text, style == null ? plain : style);
    }

    /** A number with a style; null becomes the shorthand given ({@code [x]}, {@code [z]}). */
    public XSSFCell number(
        XSSFRow row, int col, Double value, XSSFCellStyle style, String shorthand) {
      if (value == null) {
        return cell(row, col, shorthand, plain);
      }
      XSSFCell c = row.createCell(col);
      c.setCellValue(value);
      c.setCellStyle(style);
      return c;
    }

    /** Column widths in characters. */
    public void widths(int... chars) {
      for (int i = 0; i < chars.length; i++) {
        sheet.setColumnWidth(i, chars[i] * 256);
      }
    }

    /** Marks the rows up as an Excel table and sets printing; the last call for the sheet. */
    public XSSFTable end() {
      int last = Math.max(next - 1, headerRow + 1);
      if (next - 1 < headerRow + 1) {
        XSSFRow empty = sheet.createRow(headerRow + 1);
        for (int i = 0; i < width; i++) {
          cell(empty, i, i == 0 ? "No rows" : "[z]", null);
        }
      }
      XSSFTable t =
          sheet.createTable(
              new AreaReference(
                  new CellReference(headerRow, 0),
                  new CellReference(last, width - 1),
                  wb.getSpreadsheetVersion()));
      t.setName(name);
      t.setDisplayName(name);
      t.getCTTable().addNewAutoFilter().setRef(t.getArea().formatAsString());
      var style = t.getCTTable().addNewTableStyleInfo();
      style.setName("TableStyleLight1");
      style.setShowRowStripes(true);
      t.updateHeaders();
      printSetup(sheet, headerRow);
      return t;
    }
  }

  /** The notes table: note number, what it is about, the note. */
  public void notes(String description, List<String[]> notes) {
    TableSheet t =
        table(
            "Notes",
            "Notes",
            description,
            List.of(
                "This worksheet contains one table. Notes are referred to elsewhere as [note 1] and so on."),
            List.of("Note number", "About", "Note text"));
    for (String[] n : notes) {
      XSSFRow row = t.row();
      t.text(row, 0, n[0], null);
      t.text(row, 1, n[1], null);
      t.text(row, 2, n[2], wrap);
      row.setHeightInPoints(15f * lines(n[2], 95));
    }
    t.widths(12, 16, 100);
    t.end();
  }

  /** Fills the contents table, sets the language and fixed properties, and saves. */
  public void write(String docTitle, OutputStream out) throws IOException {
    if (contentsSheet != null) {
      XSSFSheet s = contentsSheet;
      int r = 0;
      cell(s.createRow(r++), 0, "Contents", title);
      for (String line : banner) {
        cell(s.createRow(r++), 0, line, bold);
      }
      cell(
          s.createRow(r++),
          0,
          "This worksheet contains one table. Select a sheet name to go" + " to it.",
          null);
      int head = r;
      XSSFRow h = s.createRow(r++);
      cell(h, 0, "Sheet name", header);
      cell(h, 1, "Table description", header);
      for (String[] c : contents) {
        XSSFRow row = s.createRow(r++);
        XSSFCell name = cell(row, 0, c[0], link);
        XSSFHyperlink l = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        l.setAddress("'" + c[0].replace("'", "''") + "'!A1");
        name.setHyperlink(l);
        cell(row, 1, c[1], wrap);
      }
      s.setColumnWidth(0, 32 * 256);
      s.setColumnWidth(1, 90 * 256);
      XSSFTable t =
          s.createTable(
              new AreaReference(
                  new CellReference(head, 0),
                  new CellReference(Math.max(r - 1, head + 1), 1),
                  wb.getSpreadsheetVersion()));
      t.setName("Table0_Contents");
      t.setDisplayName("Table0_Contents");
      t.getCTTable().addNewTableStyleInfo().setName("TableStyleLight1");
      t.updateHeaders();
      printSetup(s, head);
    }
    if (!banner.isEmpty()) {
      for (var sheet : wb) {
        sheet.getHeader().setCenter(String.join(" ", banner));
      }
    }
    wb.getProperties().getCoreProperties().getUnderlyingProperties().setLanguageProperty("en-GB");
    DeterministicXlsx.write(wb, docTitle, out);
  }

  @Override
  public void close() throws IOException {
    wb.close();
  }

  private static XSSFCell cell(XSSFRow row, int col, String text, XSSFCellStyle style) {
    XSSFCell c = row.createCell(col);
    c.setCellValue(CellSafety.text(text));
    if (style != null) {
      c.setCellStyle(style);
    }
    return c;
  }

  /** Landscape A4, one page wide, the header row repeated on every page. */
  static void printSetup(XSSFSheet s, int headerRow) {
    s.setFitToPage(true);
    s.setAutobreaks(true);
    PrintSetup p = s.getPrintSetup();
    p.setLandscape(true);
    p.setPaperSize(PrintSetup.A4_PAPERSIZE);
    p.setFitWidth((short) 1);
    p.setFitHeight((short) 0);
    if (headerRow >= 0) {
      s.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }
  }

  /** About how many lines wrapped text takes in a column so many characters wide. */
  public static int lines(String text, int perLine) {
    int n = 0;
    for (String part : text.split("\n", -1)) {
      n += Math.max(1, (part.length() + perLine - 1) / perLine);
    }
    return Math.max(1, n);
  }
}
