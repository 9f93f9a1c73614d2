package kpi.app.read;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Refuses a physical line longer than a limit, so a file with no line breaks (or a hostile one)
 * cannot make the CSV parser buffer gigabytes; and a quoted field longer than the same limit, so a
 * quote opened and never closed cannot make one field swallow the rest of the file (the field spans
 * lines, so the line limit alone never fires).
 */
final class BoundedLineReader extends FilterReader {
  private final int maxLineChars;
  private final String file;
  private int sinceNewline;
  private long line = 1;

  /** Where a quoted field may start: the file's start, after a delimiter or a line break. */
  private boolean fieldStart = true;

  private boolean quoted;
  private boolean quoteSeen;
  private long quotedChars;
  private long quoteLine;

  BoundedLineReader(Reader in, int maxLineChars, String file) {
    super(in);
    this.maxLineChars = maxLineChars;
    this.file = file;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      count((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    int n = super.read(cbuf, off, len);
    for (int i = off; i < off + n; i++) {
      count(cbuf[i]);
    }
    return n;
  }

  private void count(char c) throws ReadFailure {
    if (c == '\n') {
      sinceNewline = 0;
      line++;
    } else if (++sinceNewline > maxLineChars) {
      throw new ReadFailure(
          "line-too-long",
          file,
          "line "
              + line
              + " is longer than "
              + maxLineChars
              + " characters; is this really a CSV file?");
    }
    quotes(c);
  }

  /** Follows RFC 4180 quoting: a quote opens a field only at its start; {@code ""} escapes. */
  private void quotes(char c) throws ReadFailure {
    if (quoted) {
      if (quoteSeen) {
        quoteSeen = false;
        if (c != '"') {
          quoted = false; // the quote closed the field; c follows it
          fieldStart = isDelimiter(c);
          return;
        }
      } else if (c == '"') {
        quoteSeen = true;
      }
      if (++quotedChars > maxLineChars) {
        throw new ReadFailure(
            "csv-malformed",
            file,
            "the quote opened on line "
                + quoteLine
                + " is not closed within "
                + maxLineChars
                + " characters; close the quote or remove"
                + " the stray \"");
      }
      return;
    }
    if (c == '"' && fieldStart) {
      quoted = true;
      quotedChars = 0;
      quoteLine = line;
      fieldStart = false;
      return;
    }
    fieldStart = isDelimiter(c);
  }

  private static boolean isDelimiter(char c) {
    return c == ',' || c == ';' || c == '\t' || c == '\n' || c == '\r';
  }
}
