package kpi.app.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Tells password-protected workbooks and old binary files apart before POI is asked to parse. */
final class OleFiles {
  private OleFiles() {}

  /** Refuses an OLE2 container passed as XLSX: encrypted OOXML or an .xls renamed. */
  static void refuseIfOle2(InputFile file) throws IOException {
    FileMagic magic;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file.path()))) {
      magic = FileMagic.valueOf(in);
    } catch (org.apache.poi.EmptyFileException e) {
      throw new ReadFailure(
          "empty-file",
          file.name(),
          "is empty (0 bytes): not a workbook;" + " export the file again");
    } catch (java.nio.file.NoSuchFileException e) {
      throw new ReadFailure("file-unreadable", file.name(), "no such file");
    } catch (java.nio.file.AccessDeniedException e) {
      throw new ReadFailure("file-unreadable", file.name(), "permission denied");
    }
    if (magic == FileMagic.OLE2) {
      if (encrypted(file)) {
        throw new ReadFailure(
            "xlsx-encrypted", file.name(), "is password-protected; save an unprotected copy");
      }
      throw new ReadFailure(
          "not-xlsx",
          file.name(),
          "is an old binary Excel file; rename it to .xls or save it as .xlsx");
    }
    if (magic != FileMagic.OOXML) {
      throw new ReadFailure("not-xlsx", file.name(), "is not an XLSX workbook");
    }
  }

  static boolean encrypted(InputFile file) {
    try (InputStream in = Files.newInputStream(file.path());
        POIFSFileSystem fs = new POIFSFileSystem(in)) {
      return fs.getRoot().hasEntry("EncryptionInfo");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
