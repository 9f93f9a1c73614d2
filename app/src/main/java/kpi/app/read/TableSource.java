package kpi.app.read;

import java.io.IOException;

/** A CSV or spreadsheet file read row by row, without holding the file in memory. */
public interface TableSource {

  /** Streams every row to the visitor; blank rows are skipped. */
  void read(RowVisitor visitor) throws IOException;

  /** The A1 address of a cell with its sheet ({@code Sheet1!D17}), or null for CSV. */
  String cell(int columnIndex, int rowNumber);

  /** The SHA-256 of the file's bytes. */
  String sha256() throws IOException;

  /** Notes about how the file was read (encoding fallback, sheet chosen), as warnings. */
  java.util.List<String> notes();

  /** How the file was read, when worth saying (the sheet chosen among several), as notes. */
  default java.util.List<String> readNotes() {
    return java.util.List.of();
  }

  /** The field delimiter of a CSV file; 0 for spreadsheets. */
  default char delimiter() {
    return 0;
  }

  /** Opens the right source for the file's format. */
  static TableSource open(InputFile file) throws IOException {
    requireRegularFile(file);
    try {
      return switch (file.format()) {
        case CSV -> new CsvSource(file);
        case XLSX -> new XlsxSource(file);
        case XLS -> new XlsSource(file);
      };
    } catch (RuntimeException e) {
      // Opening only looks at the file's first bytes; what stops it there is the file.
      throw new ReadFailure(
          file.format() == InputFile.Format.CSV ? "file-unreadable" : "xlsx-unreadable",
          file.name(),
          "cannot be opened: it is damaged or not what its" + " name says",
          e);
    }
  }

  /**
   * Refuses, before anything is opened, what is not a regular file: a folder named like a data
   * file, a link to nowhere, a pipe (reading it would wait for ever) or a device (a link to {@code
   * /dev/zero} would never end). Files inside the tool's own jar are regular.
   */
  static void requireRegularFile(InputFile file) throws ReadFailure {
    java.nio.file.Path p = file.path();
    if (p.getFileSystem() != java.nio.file.FileSystems.getDefault()
        || java.nio.file.Files.isRegularFile(p)) {
      return;
    }
    if (java.nio.file.Files.isDirectory(p)) {
      throw new ReadFailure("file-unreadable", file.name(), "is a folder, not a file");
    }
    if (java.nio.file.Files.isSymbolicLink(p) && !java.nio.file.Files.exists(p)) {
      throw new ReadFailure(
          "file-unreadable", file.name(), "is a link to a file that does not exist");
    }
    if (!java.nio.file.Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      throw new ReadFailure("file-unreadable", file.name(), "no such file");
    }
    throw new ReadFailure(
        "file-unreadable",
        file.name(),
        "is not a regular file (a pipe, device"
            + " or socket, or a link to one); save the data to an ordinary file");
  }
}
