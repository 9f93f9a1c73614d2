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

  /** Opens the right source for the file's format. */
  static TableSource open(InputFile file) throws IOException {
    return switch (file.format()) {
      case CSV -> new CsvSource(file);
      case XLSX -> new XlsxSource(file);
      case XLS -> new XlsSource(file);
    };
  }
}
