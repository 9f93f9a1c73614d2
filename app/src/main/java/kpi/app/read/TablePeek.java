package kpi.app.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The header and a sample of the values of an export file, read without going through the whole
 * file: what {@code kpi mapping suggest} needs to propose a mapping.
 *
 * @param headerRow the row the header was found on (the busiest of the first rows)
 * @param headings the header as written
 * @param values per heading, its distinct values in the sampled rows (at most {@code MAX_VALUES})
 */
public record TablePeek(int headerRow, List<String> headings, Map<String, Set<String>> values) {
  static final int SAMPLE_ROWS = 5000;
  public static final int MAX_VALUES = 30;
  private static final int TITLE_ROWS = 20;

  /** Stops the source once enough rows have been seen. */
  private static final class Enough extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Enough() {
      super(null, null, false, false);
    }
  }

  /** Reads the header (the row with the most filled cells among the first 20) and a sample. */
  public static TablePeek of(InputFile file) throws IOException {
    TableSource source = TableSource.open(file);
    List<List<String>> first = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    RowVisitor v =
        new RowVisitor() {
          @Override
          public void header(List<String> names, int rowNumber) {
            row(names, rowNumber);
          }

          @Override
          public void row(List<String> values, int rowNumber) {
            first.add(values);
            numbers.add(rowNumber);
            if (first.size() >= SAMPLE_ROWS + TITLE_ROWS) {
              throw new Enough();
            }
          }
        };
    try {
      source.read(v);
    } catch (Enough e) {
      // sampled enough
    }
    int best = 0;
    for (int i = 1; i < Math.min(TITLE_ROWS, first.size()); i++) {
      if (filled(first.get(i)) > filled(first.get(best))) {
        best = i;
      }
    }
    if (first.isEmpty()) {
      return new TablePeek(1, List.of(), Map.of());
    }
    List<String> headings = new ArrayList<>();
    first.get(best).forEach(h -> headings.add(h == null ? "" : h.strip()));
    Map<String, Set<String>> values = new LinkedHashMap<>();
    headings.forEach(h -> values.put(h, new LinkedHashSet<>()));
    for (List<String> row : first.subList(best + 1, first.size())) {
      for (int c = 0; c < Math.min(row.size(), headings.size()); c++) {
        String value = row.get(c) == null ? "" : row.get(c).strip();
        Set<String> seen = values.get(headings.get(c));
        if (!value.isEmpty() && seen.size() < MAX_VALUES) {
          seen.add(value);
        }
      }
    }
    return new TablePeek(numbers.get(best), headings, values);
  }

  private static int filled(List<String> row) {
    int n = 0;
    for (String s : row) {
      n += s == null || s.isBlank() ? 0 : 1;
    }
    return n;
  }
}
