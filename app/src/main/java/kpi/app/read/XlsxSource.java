package kpi.app.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * An XLSX sheet streamed with POI's SAX event API (never the user model), so a million-row sheet is
 * read in constant memory. The sheet named after the file kind is read if there is one, else the
 * first sheet. Cached values of formulas are read; blank rows are skipped.
 */
final class XlsxSource implements TableSource {
  private final InputFile file;
  private final List<String> notes = new ArrayList<>();
  private final List<String> readNotes = new ArrayList<>();
  private String sheetName = "Sheet1";
  private final Fingerprint.Pending digest;

  XlsxSource(InputFile file) throws IOException {
    this.file = file;
    PoiLimits.apply();
    OleFiles.refuseIfOle2(file);
    this.digest = Fingerprint.Pending.start(file.path(), file.name());
  }

  @Override
  public String sha256() throws IOException {
    return digest.get();
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
    Guarded guarded = new Guarded(visitor);
    try {
      readPackage(guarded);
    } catch (Guarded.Failure f) {
      throw f.getCause(); // the reader's own failure, not the file's
    } catch (ReadFailure f) {
      throw f;
    } catch (IOException
        | java.io.UncheckedIOException
        | org.apache.poi.openxml4j.exceptions.InvalidOperationException
        | org.apache.poi.ooxml.POIXMLException
        | org.apache.poi.util.RecordFormatException e) {
      // What the zip layer and POI throw for a damaged file: cut short (a copy interrupted, a
      // file still syncing), a broken zip, a part missing or malformed. Any other exception is a
      // bug and stays one (exit 4).
      throw new ReadFailure(
          "xlsx-unreadable",
          file.name(),
          "is damaged or incomplete (it may"
              + " have been cut short while copying or syncing); open and re-save it in Excel, or"
              + " copy it again",
          e);
    }
  }

  private void readPackage(RowVisitor visitor) throws IOException {
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
        boolean match =
            wanted != null
                ? name.strip().equalsIgnoreCase(wanted.strip())
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
        throw new ReadFailure(
            "sheet-missing",
            file.name(),
            "has no sheet named \""
                + wanted
                + "\" (the mapping's sheet); its sheets are "
                + String.join(", ", names)
                + Suggest.didYouMean(wanted, names));
      }
      if (chosen == null) {
        throw new ReadFailure("xlsx-unreadable", file.name(), "has no worksheets");
      }
      if (names.size() > 1) {
        readNotes.add(
            "sheet \""
                + sheetName
                + "\" read, of "
                + names.size()
                + " ("
                + String.join(", ", names)
                + ")"
                + (exact
                    ? ""
                    : "; name the sheet in" + " kpi-mapping.json (\"sheet\") if it is another"));
      }
      try (InputStream sheet = chosen) {
        SheetXml.rows(sheet, strings, visitor, file.name());
      }
    } catch (NotOfficeXmlFileException | InvalidFormatException e) {
      throw new ReadFailure(
          "not-xlsx",
          file.name(),
          "is not an XLSX workbook (it is a zip"
              + " file without a workbook in it, or not a zip file at all)",
          e);
    } catch (EncryptedDocumentException e) {
      throw new ReadFailure(
          "xlsx-encrypted", file.name(), "is password-protected; save an unprotected copy", e);
    } catch (OpenXML4JException | org.apache.poi.ooxml.POIXMLException e) {
      throw new ReadFailure(
          "xlsx-unreadable",
          file.name(),
          "cannot be read as XLSX: the"
              + " workbook's structure is damaged; open and re-save it in Excel",
          e);
    } catch (IllegalStateException | org.apache.poi.util.RecordFormatException e) {
      // POI signals zip bombs and oversized parts this way; only its own guards' refusals are
      // "too large", recognised by POI's wording (not by any message that says "max").
      if (e instanceof Guarded.Failure) {
        throw e;
      }
      if (PoiLimits.refused(e)) {
        throw new ReadFailure(
            "xlsx-too-large",
            file.name(),
            "refused: a part of the workbook"
                + " inflates beyond the safe limits (more than 100-fold, or over 2 GiB)",
            e);
      }
      throw e;
    }
  }

  /**
   * Passes rows on, marking the visitor's own exceptions so they are not mistaken for a damaged
   * file (a bug stays a bug).
   */
  static final class Guarded implements RowVisitor {
    private final RowVisitor visitor;

    Guarded(RowVisitor visitor) {
      this.visitor = visitor;
    }

    @Override
    public void header(List<String> names, int rowNumber) {
      try {
        visitor.header(names, rowNumber);
      } catch (RuntimeException e) {
        throw new Failure(e);
      }
    }

    @Override
    public void row(List<String> values, int rowNumber) {
      try {
        visitor.row(values, rowNumber);
      } catch (RuntimeException e) {
        throw new Failure(e);
      }
    }

    /** A visitor's exception on its way out. */
    static final class Failure extends IllegalStateException {
      private static final long serialVersionUID = 1L;

      Failure(RuntimeException cause) {
        super(cause);
      }

      @Override
      public synchronized RuntimeException getCause() {
        return (RuntimeException) super.getCause();
      }
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
