package kpi.app.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the two parts of an XLSX a reader needs, with plain SAX: the shared-strings table
 * (as plain strings, with a deliberate cap) and one worksheet's cells (by type: shared string,
 * inline string, number, boolean, formula result). POI's own event handler builds a rich-text
 * object for every string cell, which was most of the time spent on large sheets.
 */
final class SheetXml {
  /** More distinct strings than this is refused: no real extract has 20 million. */
  static final int MAX_SHARED_STRINGS = 20_000_000;
  /** Nor more than this many characters of them (about 1 GB of heap). */
  static final long MAX_SHARED_CHARS = 500_000_000L;

  private SheetXml() {}

  /** The shared strings, in order; rich-text runs are joined, phonetic runs left out. */
  static List<String> sharedStrings(InputStream in, String file) throws IOException {
    List<String> out = new ArrayList<>();
    DefaultHandler h = new DefaultHandler() {
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
            throw new SAXException(new ReadFailure("xlsx-too-large", file, "refused: its"
                + " shared-strings table holds more than " + MAX_SHARED_STRINGS + " strings or "
                + MAX_SHARED_CHARS + " characters"));
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
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(h);
      xml.parse(new InputSource(in));
    } catch (SAXException e) {
      if (e.getException() instanceof ReadFailure f) {
        throw f;
      }
      throw new ReadFailure("xlsx-unreadable", file, "its sheet XML is damaged: "
          + e.getMessage(), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no XML parser", e);
    } catch (IOException e) {
      if (e instanceof ReadFailure) {
        throw e;
      }
      // POI's zip guard (PoiLimits) stops a part that inflates too far or grows too big.
      String m = String.valueOf(e.getMessage());
      if (m.contains("Zip bomb") || m.contains("max") || m.contains("exceed")) {
        throw new ReadFailure("xlsx-too-large", file, "refused: a part of the workbook inflates"
            + " beyond the safe limits (" + firstLine(m) + ")", e);
      }
      throw new ReadFailure("xlsx-unreadable", file, "cannot be read: " + firstLine(m), e);
    }
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
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
    private boolean headerSeen;
    private int headerRow;
    private final String file;

    Cells(List<String> strings, RowVisitor visitor, String file) {
      this.strings = strings;
      this.visitor = visitor;
      this.file = file;
    }

    @Override
    public void startElement(String uri, String local, String q, Attributes a)
        throws SAXException {
      String n = local.isEmpty() ? q : local;
      switch (n) {
        case "mergeCell" -> mergedHeader(a.getValue("ref"));
        case "row" -> {
          cells.clear();
          String r = a.getValue("r");
          rowNumber = r == null ? implicitRow + 1 : Integer.parseInt(r);
          implicitRow = rowNumber;
        }
        case "c" -> {
          String ref = a.getValue("r");
          column = ref == null ? cells.size() : XlsxSource.column(ref);
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
    public void endElement(String uri, String local, String q) {
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
      if (ref == null || !headerSeen) {
        return;
      }
      String[] ends = ref.split(":");
      int first = rowOf(ends[0]);
      int last = rowOf(ends[ends.length - 1]);
      if (first <= headerRow && headerRow <= last) {
        throw new SAXException(new ReadFailure("merged-header", file, "header cells " + ref
            + " are merged; unmerge them so that every column has its own name"));
      }
    }

    private static int rowOf(String cellRef) {
      int i = 0;
      while (i < cellRef.length() && Character.isLetter(cellRef.charAt(i))) {
        i++;
      }
      return Integer.parseInt(cellRef.substring(i));
    }

    /** The cell's text: shared strings looked up, numbers as plain decimals (310.0 -> 310). */
    private String value() {
      String raw = text.toString();
      if (type == null || type.equals("n")) {
        if (raw.isEmpty()) {
          return "";
        }
        try {
          return SpreadsheetText.number(Double.parseDouble(raw));
        } catch (NumberFormatException e) {
          return raw;
        }
      }
      return switch (type) {
        case "s" -> {
          try {
            int i = Integer.parseInt(raw.strip());
            yield i >= 0 && i < strings.size() ? strings.get(i) : "";
          } catch (NumberFormatException e) {
            yield "";
          }
        }
        case "b" -> raw.equals("1") ? "true" : "false";
        case "e" -> "";
        default -> raw; // inlineStr, str (formula text result), d (ISO date)
      };
    }
  }
}
