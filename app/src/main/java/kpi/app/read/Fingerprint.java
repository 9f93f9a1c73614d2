package kpi.app.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One pass over a file's bytes: its SHA-256 (reported beside every output) and, for text, whether
 * it is valid UTF-8, starts with a byte-order mark, or looks binary (NUL bytes).
 */
public record Fingerprint(
    String sha256,
    boolean validUtf8,
    Bom bom,
    boolean binary,
    long bytes,
    boolean quotes,
    long longestLine) {

  /** The byte-order mark a text file starts with. */
  public enum Bom {
    NONE,
    UTF8,
    UTF16LE,
    UTF16BE
  }

  private static final int SNIFF = 64 * 1024;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long NEWLINES = ONES * '\n';
  private static final long QUOTES = ONES * '"';

  /** Whether any byte of {@code word} equals the byte repeated in {@code pattern}. */
  static boolean hasByte(long word, long pattern) {
    long x = word ^ pattern; // a zero byte where they match
    return ((x - ONES) & ~x & HIGHS) != 0;
  }

  /**
   * Reads the whole file once. A large file's SHA-256 is worked out on a second thread at the same
   * time (when there is a second core), so the checks below do not wait for it.
   */
  public static Fingerprint of(Path path, String name) throws IOException {
    FutureTask<String> apart = startApart(path);
    MessageDigest sha = apart == null ? newDigest() : null;
    byte[] buf = new byte[1 << 16];
    Utf8Check utf8 = new Utf8Check();
    Bom bom = Bom.NONE;
    boolean nul = false;
    LineCheck lines = new LineCheck();
    long total = 0;
    try (InputStream in = Files.newInputStream(path)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        if (sha != null) {
          sha.update(buf, 0, n);
        }
        int start = 0;
        if (total == 0) {
          bom = bomOf(buf, n);
          start = bom == Bom.UTF8 ? 3 : 0;
        }
        if (total < SNIFF && bom != Bom.UTF16LE && bom != Bom.UTF16BE) {
          for (int i = start; i < n && total + i < SNIFF; i++) {
            nul |= buf[i] == 0;
          }
        }
        utf8.feed(buf, start, n);
        lines.feed(buf, start, n);
        total += n;
      }
    } catch (IOException e) {
      throw unreadable(name, e);
    }
    return new Fingerprint(
        sha != null ? HexFormat.of().formatHex(sha.digest()) : joined(apart, name),
        utf8.valid(),
        bom,
        nul,
        total,
        lines.quote,
        lines.longest());
  }

  /** The user's words for a file that cannot be read. */
  private static ReadFailure unreadable(String name, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new ReadFailure("file-unreadable", name, "no such file");
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return new ReadFailure("file-unreadable", name, "permission denied");
    }
    return new ReadFailure("file-unreadable", name, "cannot be read (" + e.getMessage() + ")", e);
  }

  /** Files above this size have their SHA-256 worked out on a thread of its own. */
  private static final long APART_BYTES = 4L << 20;

  private static String digestOf(Path path) throws IOException {
    MessageDigest sha = newDigest();
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(path)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        sha.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static String joined(FutureTask<String> digest, String name) throws IOException {
    try {
      return digest.get();
    } catch (InterruptedException e) {
      digest.cancel(true);
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading " + name);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw unreadable(name, io);
      }
      throw new IllegalStateException("SHA-256 of " + name, e.getCause());
    }
  }

  /** A large file's SHA-256 started on a thread of its own when there is a second core, or null. */
  private static FutureTask<String> startApart(Path path) throws IOException {
    if (!ReadThreads.second() || !Files.isRegularFile(path) || Files.size(path) <= APART_BYTES) {
      return null;
    }
    FutureTask<String> apart = new FutureTask<>(() -> digestOf(path));
    Thread t = new Thread(apart, "kpi-sha256");
    t.setDaemon(true);
    t.start();
    return apart;
  }

  /**
   * A file's SHA-256, worked out while the file is parsed: on a thread of its own for a large file
   * when there is a second core (a spreadsheet is parsed on one thread), else when asked.
   */
  static final class Pending {
    private final Path path;
    private final String name;
    private final FutureTask<String> apart;

    private Pending(Path path, String name, FutureTask<String> apart) {
      this.path = path;
      this.name = name;
      this.apart = apart;
    }

    static Pending start(Path path, String name) throws IOException {
      return new Pending(path, name, startApart(path));
    }

    String get() throws IOException {
      return apart == null ? sha256Of(path, name) : joined(apart, name);
    }
  }

  /** The SHA-256 of a file, as lowercase hex. */
  public static String sha256Of(Path path, String name) throws IOException {
    try {
      return digestOf(path);
    } catch (IOException e) {
      throw unreadable(name, e);
    }
  }

  private static Bom bomOf(byte[] b, int n) {
    if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return Bom.UTF8;
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return Bom.UTF16LE;
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return Bom.UTF16BE;
    }
    return Bom.NONE;
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * A quote anywhere, and the longest line in bytes: a file with neither may be split at line
   * breaks and read without a quote-aware parser. Eight bytes at a time where they hold neither a
   * line feed nor a quote (most of a file), one at a time around them.
   */
  private static final class LineCheck {
    private boolean quote;
    private long line;
    private long longest;

    void feed(byte[] b, int from, int to) {
      int i = from;
      for (; i + 8 <= to; i += 8) {
        long w = (long) LONGS.get(b, i);
        if (hasByte(w, NEWLINES) || hasByte(w, QUOTES)) {
          bytes(b, i, i + 8);
        } else {
          line += 8;
        }
      }
      bytes(b, i, to);
    }

    private void bytes(byte[] b, int from, int to) {
      for (int i = from; i < to; i++) {
        if (b[i] == '\n') {
          longest = Math.max(longest, line);
          line = 0;
        } else {
          line++;
          quote |= b[i] == '"';
        }
      }
    }

    long longest() {
      return Math.max(longest, line);
    }
  }

  /** A streaming UTF-8 validity check (structure only; enough to choose the charset). */
  private static final class Utf8Check {
    private int need;
    private boolean bad;

    void feed(byte[] b, int from, int to) {
      int i = from;
      if (need == 0) { // skip words of plain ASCII eight bytes at a time
        while (i + 8 <= to && ((long) LONGS.get(b, i) & HIGHS) == 0) {
          i += 8;
        }
      }
      for (; i < to && !bad; i++) {
        if (need == 0 && b[i] >= 0 && i + 8 <= to && ((long) LONGS.get(b, i) & HIGHS) == 0) {
          i += 7; // eight ASCII bytes
          continue;
        }
        int c = b[i] & 0xFF;
        if (need > 0) {
          if ((c & 0xC0) != 0x80) {
            bad = true;
          }
          need--;
        } else if (c >= 0x80) {
          if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
          } else if ((c & 0xF0) == 0xE0) {
            need = 2;
          } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
          } else {
            bad = true;
          }
        }
      }
    }

    boolean valid() {
      return !bad && need == 0;
    }
  }
}
