package kpi.app.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * An old binary Excel (.xls) sheet. The format caps a sheet at 65,536 rows, so POI's user model is
 * safe here; the values are turned into the same text as {@link XlsxSource} gives.
 */
final class XlsSource implements TableSource {
  private final InputFile file;
  private String sheetName = "Sheet1";

  XlsSource(InputFile file) {
    this.file = file;
  }

  @Override
  public String sha256() throws IOException {
    return Fingerprint.sha256Of(file.path(), file.name());
  }

  @Override
  public List<String> notes() {
    return List.of();
  }

  @Override
  public String cell(int columnIndex, int rowNumber) {
    return XlsxSource.quote(sheetName)
        + "!"
        + CellReference.convertNumToColString(columnIndex)
        + rowNumber;
  }

  @Override
  public void read(RowVisitor visitor) throws IOException {
    try {
      readWorkbook(new XlsxSource.Guarded(visitor));
    } catch (XlsxSource.Guarded.Failure f) {
      throw f.getCause(); // the reader's own failure, not the file's
    } catch (RuntimeException e) {
      throw new ReadFailure(
          "xlsx-unreadable",
          file.name(),
          "is damaged or incomplete (it may"
              + " have been cut short while copying); open and re-save it in Excel",
          e);
    }
  }

  private void readWorkbook(RowVisitor visitor) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.path().toFile(), true);
        HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), false)) {
      if (wb.getNumberOfSheets() == 0) {
        throw new ReadFailure("xlsx-unreadable", file.name(), "has no worksheets");
      }
      String lastPart = file.kind().substring(file.kind().lastIndexOf('/') + 1);
      Sheet sheet = wb.getSheet(lastPart) != null ? wb.getSheet(lastPart) : wb.getSheetAt(0);
      sheetName = sheet.getSheetName();
      boolean headerSeen = false;
      for (Row r : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < r.getLastCellNum(); c++) {
          cells.add(text(r.getCell(c)));
        }
        if (CsvSource.blank(cells)) {
          continue;
        }
        if (!headerSeen) {
          headerSeen = true;
          visitor.header(cells, r.getRowNum() + 1);
        } else {
          visitor.row(cells, r.getRowNum() + 1);
        }
      }
    } catch (EncryptedDocumentException e) {
      throw new ReadFailure(
          "xlsx-encrypted", file.name(), "is password-protected; save an unprotected copy", e);
    } catch (org.apache.poi.poifs.filesystem.NotOLE2FileException
        | org.apache.poi.hssf.OldExcelFormatException e) {
      throw new ReadFailure(
          "not-xlsx",
          file.name(),
          "is not a readable .xls workbook (an"
              + " Excel 95 or older file, or not a workbook at all); save it as .xlsx",
          e);
    } catch (IOException e) {
      if (e instanceof ReadFailure) {
        throw e;
      }
      throw new ReadFailure(
          "xlsx-unreadable",
          file.name(),
          "is damaged or incomplete (it may"
              + " have been cut short while copying); open and re-save it in Excel",
          e);
    }
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case NUMERIC ->
          DateUtil.isCellDateFormatted(cell)
              ? SpreadsheetText.date(cell.getNumericCellValue())
              : SpreadsheetText.number(cell.getNumericCellValue());
      case STRING -> cell.getRichStringCellValue().getString();
      case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
      default -> "";
    };
  }
}
