package kpi.app.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file per RFC 4180: delimiter (comma, semicolon or tab) detected from the header line,
 * UTF-8 with or without BOM (UTF-16 with BOM too, as Excel's "Unicode text" saves), falling back
 * to Windows-1252 with a note when the bytes are not UTF-8. Row numbers are physical lines.
 */
final class CsvSource implements TableSource {
  /** Longer physical lines are refused: no real extract has a 1 MB line. */
  static final int MAX_LINE_CHARS = 1 << 20;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final InputFile file;
  private final Fingerprint fingerprint;
  private final List<String> notes = new ArrayList<>();
  private char delimiter = ',';

  CsvSource(InputFile file) throws IOException {
    this.file = file;
    this.fingerprint = Fingerprint.of(file.path(), file.name());
    if (fingerprint.binary()) {
      throw new ReadFailure("not-csv", file.name(),
          "is not a text file (it holds NUL bytes); save it as CSV or XLSX");
    }
  }

  @Override
  public String sha256() {
    return fingerprint.sha256();
  }

  @Override
  public List<String> notes() {
    return notes;
  }

  @Override
  public char delimiter() {
    return delimiter;
  }

  @Override
  public String cell(int columnIndex, int rowNumber) {
    return null;
  }

  @Override
  public void read(RowVisitor visitor) throws IOException {
    try (InputStream raw = Files.newInputStream(file.path());
        BufferedReader reader = new BufferedReader(
            new BoundedLineReader(decoder(raw), MAX_LINE_CHARS, file.name()), 1 << 16)) {
      delimiter = sniffDelimiter(reader);
      CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter)
          .setIgnoreEmptyLines(false).build();
      try (CSVParser parser = CSVParser.parse(reader, format)) {
        long endOfPrevious = 0;
        boolean headerSeen = false;
        for (CSVRecord rec : parser) {
          int start = (int) endOfPrevious + 1;
          endOfPrevious = parser.getCurrentLineNumber();
          List<String> values = Arrays.asList(rec.values());
          if (blank(values)) {
            continue;
          }
          if (!headerSeen) {
            headerSeen = true;
            visitor.header(values, start);
          } else {
            visitor.row(values, start);
          }
        }
      } catch (java.io.UncheckedIOException e) {
        throw unwrap(e);
      }
    }
  }

  private IOException unwrap(java.io.UncheckedIOException e) {
    if (e.getCause() instanceof ReadFailure f) {
      return f;
    }
    return new ReadFailure("csv-malformed", file.name(), "is not well-formed CSV: "
        + e.getCause().getMessage(), e);
  }

  private Reader decoder(InputStream raw) throws IOException {
    switch (fingerprint.bom()) {
      case UTF8:
        raw.skipNBytes(3);
        return new InputStreamReader(raw, StandardCharsets.UTF_8);
      case UTF16LE:
      case UTF16BE:
        return new InputStreamReader(raw, StandardCharsets.UTF_16);
      default:
        if (fingerprint.validUtf8()) {
          return new InputStreamReader(raw, StandardCharsets.UTF_8);
        }
        notes.add("not valid UTF-8; read as Windows-1252");
        return new InputStreamReader(raw, WINDOWS_1252);
    }
  }

  /**
   * The delimiter that splits the first lines most consistently: the one whose commonest
   * non-zero count per line occurs on the most lines (a title line above the header has none; a
   * decimal comma varies from line to line, a {@code ;} delimiter does not); comma on a tie.
   */
  private static char sniffDelimiter(BufferedReader reader) throws IOException {
    int budget = Math.min(MAX_LINE_CHARS, 1 << 16);
    reader.mark(budget + 1);
    char[] candidates = {',', ';', '\t'};
    List<int[]> lines = new ArrayList<>();
    int[] line = new int[3];
    boolean quoted = false;
    int c;
    int read = 0;
    while ((c = reader.read()) >= 0 && read++ < budget && lines.size() < 20) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (c == '\n' || line[0] + line[1] + line[2] > 0) {
          lines.add(line);
        }
        line = new int[3];
      } else if (!quoted) {
        for (int i = 0; i < 3; i++) {
          line[i] += c == candidates[i] ? 1 : 0;
        }
      }
    }
    if (line[0] + line[1] + line[2] > 0) {
      lines.add(line);
    }
    reader.reset();
    char best = ',';
    int bestLines = 0;
    int bestCount = 0;
    for (int i = 0; i < 3; i++) {
      java.util.Map<Integer, Integer> freq = new java.util.HashMap<>();
      for (int[] l : lines) {
        if (l[i] > 0) {
          freq.merge(l[i], 1, Integer::sum);
        }
      }
      int modeLines = 0;
      int modeCount = 0;
      for (java.util.Map.Entry<Integer, Integer> e : freq.entrySet()) {
        if (e.getValue() > modeLines || (e.getValue() == modeLines && e.getKey() > modeCount)) {
          modeLines = e.getValue();
          modeCount = e.getKey();
        }
      }
      if (modeLines > bestLines || (modeLines == bestLines && modeCount > bestCount)) {
        best = candidates[i];
        bestLines = modeLines;
        bestCount = modeCount;
      }
    }
    return best;
  }

  static boolean blank(List<String> values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
