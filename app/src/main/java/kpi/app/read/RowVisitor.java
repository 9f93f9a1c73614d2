package kpi.app.read;

import java.util.List;

/** Receives a table's rows as text, header first. */
public interface RowVisitor {

  /** The header row (row 1 in CSV; the first non-blank row in a sheet). */
  void header(List<String> names, int rowNumber);

  /** One data row. Cells beyond the row's end are absent (the list is shorter). */
  void row(List<String> values, int rowNumber);
}
