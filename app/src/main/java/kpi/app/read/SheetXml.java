package kpi.app.read;

import com.fasterxml.aalto.sax.SAXParserFactoryImpl;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the two parts of an XLSX a reader needs, with plain SAX (Aalto's parser): the
 * shared-strings table (as plain strings, with a deliberate cap) and one worksheet's cells (by
 * type: shared string, inline string, number, boolean, formula result). POI's own event handler
 * builds a rich-text object for every string cell, which was most of the time spent on large
 * sheets.
 */
final class SheetXml {
  /** Excel's last column (XFD) as a zero-based index; a reference beyond it is refused. */
  static final int MAX_COLUMN = 16_383;

  /** Excel's last row; a row number beyond it is refused. */
  static final int MAX_ROW = 1_048_576;

  /** More distinct strings than this is refused: no real extract has 20 million. */
  static final int MAX_SHARED_STRINGS = 20_000_000;

  /** Nor more than this many characters of them (about 1 GB of heap). */
  static final long MAX_SHARED_CHARS = 500_000_000L;

  private SheetXml() {}

  /** The shared strings, in order; rich-text runs are joined, phonetic runs left out. */
  static List<String> sharedStrings(InputStream in, String file) throws IOException {
    List<String> out = new ArrayList<>();
    DefaultHandler h =
        new DefaultHandler() {
          private final StringBuilder text = new StringBuilder();
          private boolean inT;
          private boolean inPhonetic;
          private long chars;

          @Override
          public void startElement(String uri, String local, String q, Attributes a) {
            String n = local.isEmpty() ? q : local;
            if (n.equals("si")) {
              text.setLength(0);
            } else if (n.equals("t") && !inPhonetic) {
              inT = true;
            } else if (n.equals("rPh")) {
              inPhonetic = true;
            }
          }

          @Override
          public void endElement(String uri, String local, String q) throws SAXException {
            String n = local.isEmpty() ? q : local;
            if (n.equals("si")) {
              if (out.size() >= MAX_SHARED_STRINGS || (chars += text.length()) > MAX_SHARED_CHARS) {
                throw new SAXException(
                    new ReadFailure(
                        "xlsx-too-large",
                        file,
                        "refused: its"
                            + " shared-strings table holds more than "
                            + MAX_SHARED_STRINGS
                            + " strings or "
                            + MAX_SHARED_CHARS
                            + " characters"));
              }
              out.add(text.toString());
            } else if (n.equals("t")) {
              inT = false;
            } else if (n.equals("rPh")) {
              inPhonetic = false;
            }
          }

          @Override
          public void characters(char[] ch, int start, int length) {
            if (inT) {
              text.append(ch, start, length);
            }
          }
        };
    parse(in, h, file);
    return out;
  }

  /** Streams a worksheet's rows to the visitor; blank rows skipped, the first row the header. */
  static void rows(InputStream in, List<String> strings, RowVisitor visitor, String file)
      throws IOException {
    parse(in, new Cells(strings, visitor, file), file);
  }

  private static void parse(InputStream in, DefaultHandler h, String file) throws IOException {
    try {
      XMLReader xml = reader();
      xml.setContentHandler(h);
      xml.parse(new InputSource(in));
    } catch (SAXException e) {
      if (e.getException() instanceof ReadFailure f) {
        throw f;
      }
      IOException io = ioCause(e);
      if (io == null) {
        throw new ReadFailure("xlsx-unreadable", file, damaged(e), e);
      }
      throw unreadable(io, file);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no XML parser", e);
    } catch (IOException e) {
      throw unreadable(e, file);
    }
  }

  /** The stream's own failure inside a parse error: Aalto reports a failed read as bad XML. */
  private static IOException ioCause(Throwable e) {
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof IOException io) {
        return io;
      }
    }
    return null;
  }

  /** A part that could not be read to its end, in the user's words. */
  private static IOException unreadable(IOException e, String file) {
    if (e instanceof ReadFailure) {
      return e;
    }
    // POI's zip guard (PoiLimits) stops a part that inflates too far or grows too big.
    if (PoiLimits.refused(e)) {
      return new ReadFailure(
          "xlsx-too-large",
          file,
          "refused: a part of the workbook inflates"
              + " beyond the safe limits (more than 100-fold, or over 2 GiB)",
          e);
    }
    return new ReadFailure(
        "xlsx-unreadable",
        file,
        "is damaged or cut short (a part of the"
            + " workbook cannot be read to its end); open and re-save it in Excel, or copy it"
            + " again",
        e);
  }

  /**
   * A namespace-aware SAX reader from Aalto, which parses sheet XML about 2.5 times as fast as the
   * JDK's. Aalto never expands entities (it stops at the first reference), and any document type
   * declaration is refused before its content: workbooks never have one, so one means a crafted
   * file (external entities, entity expansion).
   */
  private static XMLReader reader() throws SAXException, ParserConfigurationException {
    SAXParserFactory factory = new SAXParserFactoryImpl();
    factory.setNamespaceAware(true);
    XMLReader xml = factory.newSAXParser().getXMLReader();
    xml.setProperty(
        "http://xml.org/sax/properties/lexical-handler",
        new DefaultHandler2() {
          @Override
          public void startDTD(String name, String publicId, String systemId) throws SAXException {
            throw new SAXException("DOCTYPE refused");
          }
        });
    return xml;
  }

  /** What is wrong with the XML, in the user's words: where, not the parser's vocabulary. */
  static String damaged(SAXException e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("DOCTYPE")
        || m.contains("doctype")
        || m.contains("entity")
        || m.contains("Entity")) {
      return "its XML declares a document type or entities, which are refused for safety;"
          + " open and re-save it in Excel";
    }
    String where = "";
    if (e instanceof org.xml.sax.SAXParseException p && p.getLineNumber() > 0) {
      where = " near line " + p.getLineNumber() + ", column " + p.getColumnNumber();
    }
    return "its sheet XML is damaged"
        + where
        + " (it may have been cut short); open and"
        + " re-save it in Excel";
  }

  /** Collects cells by column for each row. */
  private static final class Cells extends DefaultHandler {
    private final List<String> strings;
    private final RowVisitor visitor;
    private final List<String> cells = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean collecting;
    private String type;
    private int column;
    private int rowNumber;
    private int implicitRow;

    /** The row being read, for messages (0 after the rows: merged ranges). */
    private int near;

    private boolean headerSeen;
    private int headerRow;
    private final String file;

    Cells(List<String> strings, RowVisitor visitor, String file) {
      this.strings = strings;
      this.visitor = visitor;
      this.file = file;
    }

    @Override
    public void startElement(String uri, String local, String q, Attributes a) throws SAXException {
      String n = local.isEmpty() ? q : local;
      switch (n) {
        case "mergeCell" -> mergedHeader(a.getValue("ref"));
        case "row" -> {
          cells.clear();
          String r = a.getValue("r");
          near = implicitRow + 1;
          rowNumber = r == null ? implicitRow + 1 : rowNumber(r);
          near = rowNumber;
          implicitRow = rowNumber;
        }
        case "c" -> {
          String ref = a.getValue("r");
          column = ref == null ? cells.size() : columnOf(ref);
          if (column > MAX_COLUMN) {
            throw bad("more cells in one row than Excel's columns (A to XFD)");
          }
          type = a.getValue("t");
          text.setLength(0);
        }
        case "v", "t" -> {
          collecting = true;
        }
        default -> {
          // other elements (formulas, rich-text properties) carry nothing a reader needs
        }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (collecting) {
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String q) throws SAXException {
      String n = local.isEmpty() ? q : local;
      switch (n) {
        case "v", "t" -> collecting = false;
        case "c" -> {
          while (cells.size() < column) {
            cells.add("");
          }
          String value = value();
          if (cells.size() == column) {
            cells.add(value);
          } else {
            cells.set(column, value);
          }
        }
        case "row" -> {
          if (CsvSource.blank(cells)) {
            return;
          }
          List<String> row = List.copyOf(cells);
          if (!headerSeen) {
            headerSeen = true;
            headerRow = rowNumber;
            visitor.header(row, rowNumber);
          } else {
            visitor.row(row, rowNumber);
          }
        }
        default -> {
          // nothing to do
        }
      }
    }

    /**
     * Merged cells are listed after the rows; a merge that covers the header row leaves columns
     * without names, so the file is refused rather than read wrongly.
     */
    private void mergedHeader(String ref) throws SAXException {
      near = 0;
      if (ref == null || !headerSeen) {
        return;
      }
      String[] ends = ref.split(":", -1);
      if (ends.length > 2) {
        throw bad("a merged range '" + Printable.quoted(ref) + "' that is not a cell range");
      }
      int first = rowOf(ends[0], ref);
      int last = rowOf(ends[ends.length - 1], ref);
      if (first <= headerRow && headerRow <= last) {
        throw new SAXException(
            new ReadFailure(
                "merged-header",
                file,
                "header cells "
                    + ref
                    + " are merged; unmerge them so that every column has its own name"));
      }
    }

    /** The row of one end of a merged range ({@code B7} is 7), refusing what is not a cell. */
    private int rowOf(String cellRef, String range) throws SAXException {
      int i = 0;
      while (i < cellRef.length() && isLetter(cellRef.charAt(i))) {
        i++;
      }
      if (i == 0 || i > 3 || i == cellRef.length()) {
        throw bad("a merged range '" + Printable.quoted(range) + "' that is not a cell range");
      }
      return parseRow(cellRef.substring(i), range);
    }

    /** A row element's number, 1 to Excel's last row. */
    private int rowNumber(String r) throws SAXException {
      return parseRow(r.strip(), r);
    }

    private int parseRow(String digits, String shownAs) throws SAXException {
      if (digits.isEmpty() || digits.length() > 7) {
        throw bad("a row numbered '" + Printable.quoted(shownAs) + "', which is not a row number");
      }
      int n = 0; // at most seven digits: no overflow
      for (int k = 0; k < digits.length(); k++) {
        char ch = digits.charAt(k);
        if (ch < '0' || ch > '9') {
          throw bad(
              "a row numbered '" + Printable.quoted(shownAs) + "', which is not a row number");
        }
        n = n * 10 + (ch - '0');
      }
      if (n < 1 || n > MAX_ROW) {
        throw bad("a row numbered " + n + ", beyond Excel's last row (" + MAX_ROW + ")");
      }
      return n;
    }

    /**
     * The zero-based column of a cell reference ({@code C7} is 2). A reference must be letters then
     * digits, its column at most XFD, so no reference can make a row grow without bound.
     */
    private int columnOf(String ref) throws SAXException {
      int i = 0;
      int col = 0;
      while (i < ref.length() && isLetter(ref.charAt(i))) {
        if (i == 3) {
          throw beyondLastColumn(ref);
        }
        col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        i++;
      }
      if (i == 0) {
        throw bad("a cell referenced as '" + Printable.quoted(ref) + "', which names no column");
      }
      if (col - 1 > MAX_COLUMN) {
        throw beyondLastColumn(ref);
      }
      String digits = ref.substring(i);
      if (!digits.isEmpty()) {
        parseRow(digits, ref);
      }
      return col - 1;
    }

    /** A text cell pointing into a shared-strings table that is missing or shorter. */
    private SAXException sharedStringMissing(String raw) {
      String where = org.apache.poi.ss.util.CellReference.convertNumToColString(column) + rowNumber;
      return new SAXException(
          new ReadFailure(
              "xlsx-unreadable",
              file,
              strings.isEmpty()
                  ? "its text cells ("
                      + where
                      + " and others) refer to a shared-strings table"
                      + " (xl/sharedStrings.xml) that the workbook does not have, so every text would read"
                      + " as blank; open and re-save it in Excel"
                  : "cell "
                      + where
                      + " refers to shared string "
                      + Printable.quoted(raw)
                      + ", which the"
                      + " workbook's shared-strings table does not hold; open and re-save it in Excel"));
    }

    private SAXException beyondLastColumn(String ref) {
      return bad("a cell " + Printable.quoted(ref) + " beyond Excel's last column (XFD)");
    }

    private static boolean isLetter(char c) {
      return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private SAXException bad(String what) {
      return new SAXException(
          new ReadFailure(
              "xlsx-unreadable",
              file,
              "its sheet holds "
                  + what
                  + (near > 0 ? " (in row " + near + ")" : "")
                  + "; the file is damaged or was not"
                  + " written by a spreadsheet program; open and re-save it in Excel"));
    }

    /** The cell's text: shared strings looked up, numbers as plain decimals (310.0 -> 310). */
    private String value() throws SAXException {
      String raw = text.toString();
      if (type == null || type.equals("n")) {
        if (raw.isEmpty()) {
          return "";
        }
        if (raw.length() > Numbers.MAX_CHARS) {
          return raw; // no number is this long; the reader reports it as text
        }
        try {
          return SpreadsheetText.number(raw);
        } catch (NumberFormatException e) {
          return raw;
        }
      }
      return switch (type) {
        case "s" -> {
          try {
            int i = Integer.parseInt(raw.strip());
            if (i >= 0 && i < strings.size()) {
              yield strings.get(i);
            }
          } catch (NumberFormatException e) {
            // reported below
          }
          throw sharedStringMissing(raw);
        }
        case "b" -> raw.equals("1") ? "true" : "false";
        case "e" -> "";
        default -> raw; // inlineStr, str (formula text result), d (ISO date)
      };
    }
  }
}
