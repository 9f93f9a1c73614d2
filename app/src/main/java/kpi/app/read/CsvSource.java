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
 * A CSV file per RFC 4180: delimiter (comma, semicolon or tab) detected from the header line, UTF-8
 * with or without BOM (UTF-16 with BOM too, as Excel's "Unicode text" saves), falling back to
 * Windows-1252 with a note when the bytes are not UTF-8. Row numbers are physical lines.
 */
final class CsvSource implements TableSource {
  /** Longer physical lines are refused: no real extract has a 1 MB line. */
  static final int MAX_LINE_CHARS = 1 << 20;

  /** A line number in the parser's messages (grouped by the default locale: 1,234 or 1.234). */
  private static final java.util.regex.Pattern LINE =
      java.util.regex.Pattern.compile("line:? ([0-9][0-9,.\\u00a0 ]*)");

  /** A system property that sends every file through commons-csv (to compare the two paths). */
  static final String QUOTE_AWARE_ONLY = "kpi.csv.quoteAwareOnly";

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final InputFile file;
  private final Fingerprint fingerprint;
  private final List<String> notes = new ArrayList<>();
  private char delimiter = ',';

  CsvSource(InputFile file) throws IOException {
    this.file = file;
    this.fingerprint = Fingerprint.of(file.path(), file.name());
    if (fingerprint.binary()) {
      throw new ReadFailure(
          "not-csv",
          file.name(),
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
    boolean plain = plain();
    try (InputStream raw = Files.newInputStream(file.path());
        BufferedReader reader =
            new BufferedReader(
                plain
                    ? decoder(raw)
                    : new BoundedLineReader(decoder(raw), MAX_LINE_CHARS, file.name()),
                1 << 16)) {
      delimiter = sniffDelimiter(reader);
      if (plain) {
        readPlain(reader, visitor);
        return;
      }
      CSVFormat format =
          CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).build();
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

  /**
   * Whether the file can be read without a quote-aware parser: it holds no quote character at all
   * and no line longer than the limit, in a single-byte-unit encoding (UTF-8 or Windows-1252). Its
   * records are then exactly its lines split at the delimiter.
   */
  private boolean plain() {
    return !fingerprint.quotes()
        && fingerprint.longestLine() <= MAX_LINE_CHARS
        && fingerprint.bom() != Fingerprint.Bom.UTF16LE
        && fingerprint.bom() != Fingerprint.Bom.UTF16BE
        && !Boolean.getBoolean(QUOTE_AWARE_ONLY);
  }

  /**
   * Reads a file with no quotes: each line (ended by LF, CR or CR LF, as RFC 4180 parsers count
   * them) is one record, its values the text between delimiters. Gives what commons-csv gives for
   * such a file, values and line numbers alike, at a fraction of the cost. With a second core,
   * lines are decoded and split on a second thread while this one handles the rows, in file order
   * (batches through a small bounded queue, so memory stays flat in rows).
   */
  private void readPlain(Reader reader, RowVisitor visitor) throws IOException {
    headerSeen = false; // a source may be read more than once
    if (!ReadThreads.second()) {
      new PlainLines(reader, delimiter, batch -> deliver(batch, visitor)).run();
      return;
    }
    java.util.concurrent.BlockingQueue<Object> queue =
        new java.util.concurrent.ArrayBlockingQueue<>(4);
    Object end = new Object();
    Thread splitter =
        new Thread(
            () -> {
              try {
                new PlainLines(
                        reader,
                        delimiter,
                        batch -> {
                          try {
                            queue.put(batch);
                          } catch (InterruptedException e) {
                            throw new Cancelled();
                          }
                        })
                    .run();
                queue.put(end);
              } catch (Cancelled | InterruptedException e) {
                // the reading thread stopped first
              } catch (IOException | RuntimeException | Error e) {
                try {
                  queue.put(e);
                } catch (InterruptedException stopped) {
                  // the reading thread stopped first
                }
              }
            },
            "kpi-csv-lines");
    splitter.setDaemon(true);
    splitter.start();
    try {
      while (true) {
        Object next = queue.take();
        if (next == end) {
          return;
        }
        if (next instanceof IOException e) {
          throw e;
        }
        if (next instanceof RuntimeException e) {
          throw e;
        }
        if (next instanceof Error e) {
          throw e;
        }
        deliver((Batch) next, visitor);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while reading " + file.name());
    } finally {
      splitter.interrupt();
      try {
        splitter.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Whether the current read of the plain path has handed over the header. */
  private boolean headerSeen;

  private void deliver(Batch batch, RowVisitor visitor) {
    for (int r = 0; r < batch.count; r++) {
      String[] values = batch.rows[r];
      if (blank(values)) {
        continue;
      }
      List<String> list = Arrays.asList(values);
      if (!headerSeen) {
        headerSeen = true;
        visitor.header(list, batch.lines[r]);
      } else {
        visitor.row(list, batch.lines[r]);
      }
    }
  }

  private static boolean blank(String[] values) {
    for (String v : values) {
      if (!v.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** Thrown inside the splitter when the reading thread has gone. */
  private static final class Cancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super(null, null, false, false);
    }
  }

  /** Lines of a file, each split at the delimiter, with its physical line number. */
  private static final class Batch {
    static final int SIZE = 1024;
    final String[][] rows = new String[SIZE][];
    final int[] lines = new int[SIZE];
    int count;
  }

  /** Splits the lines of a quote-free text into batches. */
  private static final class PlainLines {
    private final Reader reader;
    private final char delimiter;
    private final java.util.function.Consumer<Batch> sink;
    private final List<String> scratch = new ArrayList<>();
    private Batch batch = new Batch();

    PlainLines(Reader reader, char delimiter, java.util.function.Consumer<Batch> sink) {
      this.reader = reader;
      this.delimiter = delimiter;
      this.sink = sink;
    }

    void run() throws IOException {
      char[] buf = new char[1 << 16];
      int filled = 0;
      int line = 1;
      boolean lastWasCr = false;
      while (true) {
        int n = reader.read(buf, filled, buf.length - filled);
        boolean eof = n < 0;
        if (!eof) {
          filled += n;
        }
        int start = 0;
        for (int i = 0; i < filled; i++) {
          char c = buf[i];
          if (c != '\n' && c != '\r') {
            continue;
          }
          if (c == '\n' && lastWasCr && i == start) {
            lastWasCr = false; // the LF of a CR LF
            start = i + 1;
            continue;
          }
          add(buf, start, i, line++);
          lastWasCr = c == '\r';
          start = i + 1;
        }
        if (eof) {
          if (start < filled) {
            add(buf, start, filled, line);
          }
          if (batch.count > 0) {
            sink.accept(batch);
          }
          return;
        }
        // the unfinished line moves to the front (lines are at most MAX_LINE_CHARS long)
        System.arraycopy(buf, start, buf, 0, filled - start);
        filled -= start;
        if (filled == buf.length) {
          buf = Arrays.copyOf(buf, buf.length * 2);
        }
      }
    }

    private void add(char[] buf, int from, int to, int line) {
      scratch.clear();
      int s = from;
      for (int i = from; i < to; i++) {
        if (buf[i] == delimiter) {
          scratch.add(new String(buf, s, i - s));
          s = i + 1;
        }
      }
      scratch.add(new String(buf, s, to - s));
      batch.rows[batch.count] = scratch.toArray(new String[0]);
      batch.lines[batch.count++] = line;
      if (batch.count == Batch.SIZE) {
        sink.accept(batch);
        batch = new Batch();
      }
    }
  }

  private IOException unwrap(java.io.UncheckedIOException e) {
    if (e.getCause() instanceof ReadFailure f) {
      return f;
    }
    return new ReadFailure("csv-malformed", file.name(), malformed(e.getCause().getMessage()), e);
  }

  /** What the parser found, in the user's words (never its own vocabulary). */
  static String malformed(String parserMessage) {
    String m = String.valueOf(parserMessage);
    java.util.regex.Matcher line = LINE.matcher(m);
    String at = line.find() ? " on line " + line.group(1).replaceAll("[^0-9]", "") : "";
    if (m.contains("EOF reached before encapsulated token")) {
      return "a quote opened" + at + " is never closed; close the quote or remove the stray \"";
    }
    if (m.contains("between encapsulated token and delimiter")) {
      return "a quoted value"
          + at
          + " has text after its closing quote; quote the whole value"
          + " or double the inner quotes (\"\")";
    }
    return "is not well-formed CSV" + at + "; check its quotes";
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
   * The delimiter that splits the first lines most consistently: the one whose commonest non-zero
   * count per line occurs on the most lines (a title line above the header has none; a decimal
   * comma varies from line to line, a {@code ;} delimiter does not); comma on a tie.
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
