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
    return switch (file.format()) {
      case CSV -> new CsvSource(file);
      case XLSX -> new XlsxSource(file);
      case XLS -> new XlsSource(file);
    };
  }
}
