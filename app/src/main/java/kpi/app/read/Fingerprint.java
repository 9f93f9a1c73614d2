package kpi.app.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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

  /** Reads the whole file once. */
  public static Fingerprint of(Path path, String name) throws IOException {
    MessageDigest sha = newDigest();
    byte[] buf = new byte[1 << 16];
    Utf8Check utf8 = new Utf8Check();
    Bom bom = Bom.NONE;
    boolean nul = false;
    boolean quote = false;
    long line = 0;
    long longest = 0;
    long total = 0;
    try (InputStream in = Files.newInputStream(path)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        sha.update(buf, 0, n);
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
        // a quote anywhere, and the longest line in bytes: a file with neither may be split at
        // line breaks and read without a quote-aware parser
        for (int i = start; i < n; i++) {
          byte b = buf[i];
          if (b == '\n') {
            longest = Math.max(longest, line);
            line = 0;
          } else {
            line++;
            quote |= b == '"';
          }
        }
        total += n;
      }
    } catch (NoSuchFileException e) {
      throw new ReadFailure("file-unreadable", name, "no such file");
    } catch (java.nio.file.AccessDeniedException e) {
      throw new ReadFailure("file-unreadable", name, "permission denied");
    } catch (IOException e) {
      throw new ReadFailure("file-unreadable", name, "cannot be read (" + e.getMessage() + ")", e);
    }
    return new Fingerprint(
        HexFormat.of().formatHex(sha.digest()),
        utf8.valid(),
        bom,
        nul,
        total,
        quote,
        Math.max(longest, line));
  }

  /** The SHA-256 of a file, as lowercase hex. */
  public static String sha256Of(Path path, String name) throws IOException {
    return of(path, name).sha256();
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

  /** A streaming UTF-8 validity check (structure only; enough to choose the charset). */
  private static final class Utf8Check {
    private int need;
    private boolean bad;

    void feed(byte[] b, int from, int to) {
      for (int i = from; i < to && !bad; i++) {
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
