package kpi.app.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * An XLSX sheet streamed with POI's SAX event API (never the user model), so a million-row sheet
 * is read in constant memory. The sheet named after the file kind is read if there is one, else
 * the first sheet. Cached values of formulas are read; blank rows are skipped.
 */
final class XlsxSource implements TableSource {
  private final InputFile file;
  private final List<String> notes = new ArrayList<>();
  private final List<String> readNotes = new ArrayList<>();
  private String sheetName = "Sheet1";

  XlsxSource(InputFile file) throws IOException {
    this.file = file;
    PoiLimits.apply();
    OleFiles.refuseIfOle2(file);
  }

  @Override
  public String sha256() throws IOException {
    return Fingerprint.sha256Of(file.path(), file.name());
  }

  @Override
  public List<String> notes() {
    return notes;
  }

  @Override
  public List<String> readNotes() {
    return readNotes;
  }

  @Override
  public String cell(int columnIndex, int rowNumber) {
    return quote(sheetName) + "!" + CellReference.convertNumToColString(columnIndex) + rowNumber;
  }

  static String quote(String sheet) {
    return sheet.matches("[A-Za-z0-9_.]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
  }

  @Override
  public void read(RowVisitor visitor) throws IOException {
    try (OPCPackage pkg = openPackage()) {
      XSSFReader reader = new XSSFReader(pkg);
      List<String> strings;
      try (InputStream sst = sharedStrings(reader)) {
        strings = sst == null ? List.of() : SheetXml.sharedStrings(sst, file.name());
      }
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      InputStream chosen = null;
      String lastPart = file.kind().substring(file.kind().lastIndexOf('/') + 1);
      String wanted = file.mapping() == null ? null : file.mapping().sheet();
      List<String> names = new ArrayList<>();
      boolean exact = false;
      while (sheets.hasNext()) {
        InputStream s = sheets.next();
        String name = sheets.getSheetName();
        names.add(name);
        boolean match = wanted != null ? name.strip().equalsIgnoreCase(wanted.strip())
            : Column.normalise(name).equals(Column.normalise(lastPart));
        if (!exact && (match || (chosen == null && wanted == null))) {
          if (chosen != null) {
            chosen.close();
          }
          chosen = s;
          sheetName = name;
          exact = match;
        } else {
          s.close();
        }
      }
      if (wanted != null && !exact) {
        if (chosen != null) {
          chosen.close();
        }
        throw new ReadFailure("sheet-missing", file.name(), "has no sheet named \"" + wanted
            + "\" (the mapping's sheet); its sheets are " + String.join(", ", names)
            + Suggest.didYouMean(wanted, names));
      }
      if (chosen == null) {
        throw new ReadFailure("xlsx-unreadable", file.name(), "has no worksheets");
      }
      if (names.size() > 1) {
        readNotes.add("sheet \"" + sheetName + "\" read, of " + names.size() + " ("
            + String.join(", ", names) + ")" + (exact ? "" : "; name the sheet in"
                + " kpi-mapping.json (\"sheet\") if it is another"));
      }
      try (InputStream sheet = chosen) {
        SheetXml.rows(sheet, strings, visitor, file.name());
      }
    } catch (NotOfficeXmlFileException | InvalidFormatException e) {
      throw new ReadFailure("not-xlsx", file.name(), "is not an XLSX workbook ("
          + e.getMessage().toLowerCase(Locale.ROOT) + ")", e);
    } catch (EncryptedDocumentException e) {
      throw new ReadFailure("xlsx-encrypted", file.name(),
          "is password-protected; save an unprotected copy", e);
    } catch (OpenXML4JException | org.apache.poi.ooxml.POIXMLException e) {
      throw new ReadFailure("xlsx-unreadable", file.name(), "cannot be read as XLSX: "
          + e.getMessage(), e);
    } catch (IllegalStateException | org.apache.poi.util.RecordFormatException e) {
      // POI signals zip bombs and oversized parts this way.
      throw new ReadFailure("xlsx-too-large", file.name(), "refused: " + e.getMessage(), e);
    }
  }

  /** The shared-strings part, or null when the workbook has none. */
  private static InputStream sharedStrings(XSSFReader reader) throws IOException {
    try {
      return reader.getSharedStringsData();
    } catch (InvalidFormatException | IllegalArgumentException e) {
      return null;
    }
  }

  /** The zero-based column of an A1 reference, without CellReference's regular expression. */
  static int column(String ref) {
    int col = 0;
    for (int i = 0; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        col = col * 26 + (c - 'A' + 1);
      } else if (c >= 'a' && c <= 'z') {
        col = col * 26 + (c - 'a' + 1);
      } else {
        break;
      }
    }
    return col - 1;
  }

  /** Opens by file where possible (streams parts from disk); a path inside a jar is buffered. */
  private OPCPackage openPackage() throws IOException, InvalidFormatException {
    if (file.path().getFileSystem() == java.nio.file.FileSystems.getDefault()) {
      return OPCPackage.open(file.path().toFile(), PackageAccess.READ);
    }
    try (InputStream in = java.nio.file.Files.newInputStream(file.path())) {
      return OPCPackage.open(in);
    }
  }
}
