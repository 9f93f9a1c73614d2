package kpi.app.read;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Refuses a physical line longer than a limit, so a file with no line breaks (or a hostile one)
 * cannot make the CSV parser buffer gigabytes.
 */
final class BoundedLineReader extends FilterReader {
  private final int maxLineChars;
  private final String file;
  private int sinceNewline;
  private long line = 1;

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
      throw new ReadFailure("line-too-long", file, "line " + line + " is longer than "
          + maxLineChars + " characters; is this really a CSV file?");
    }
  }
}
