package kpi.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one pass over a file's bytes reads eight bytes at a time; every answer is checked here
 * against the JDK (its SHA-256 and its strict UTF-8 decoder) and a byte-at-a-time scan, on files
 * with quotes, line feeds and multi-byte characters at every alignment.
 */
class FingerprintTest {
  @TempDir Path dir;

  @Test
  void agreesWithTheJdkAndAByteAtATimeScanOnRandomFiles() throws Exception {
    Random random = new Random(20261201);
    String[] pieces = {"a", "1,", "\n", "\r\n", "\"", "é", "€", "😀", "abcdefgh", ",,,,", "\t"};
    for (int file = 0; file < 300; file++) {
      StringBuilder text = new StringBuilder();
      int parts = random.nextInt(400);
      for (int p = 0; p < parts; p++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      if (random.nextInt(4) == 0 && bytes.length > 0) {
        bytes[random.nextInt(bytes.length)] = (byte) 0xC3; // often breaks the UTF-8
      }
      check(bytes);
    }
  }

  @Test
  void aQuoteOrALineFeedInAnyOfEightPositionsIsSeen() throws Exception {
    for (int at = 0; at < 24; at++) {
      byte[] bytes = "abcdefghijklmnopqrstuvwx".getBytes(StandardCharsets.US_ASCII);
      bytes[at] = '"';
      assertThat(fingerprint(bytes).quotes()).as("quote at %d", at).isTrue();
      bytes[at] = '\n';
      Fingerprint f = fingerprint(bytes);
      assertThat(f.quotes()).isFalse();
      // the longest line is the longer side of the line feed
      assertThat(f.longestLine()).isEqualTo(Math.max(at, 23 - at));
    }
  }

  @Test
  void aLargeFilesDigestWorkedOutOnItsOwnThreadIsTheSame() throws Exception {
    byte[] bytes = new byte[5 << 20]; // above the size whose digest runs apart
    new Random(7).nextBytes(bytes);
    check(bytes);
    Path p = dir.resolve("f.csv");
    assertThat(Fingerprint.sha256Of(p, "f.csv"))
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
  }

  @Test
  void aTruncatedCharacterAtTheEndIsNotValidUtf8() throws Exception {
    byte[] euro = "abcdefgh€".getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(euro, euro.length - 1);
    assertThat(fingerprint(euro).validUtf8()).isTrue();
    assertThat(fingerprint(cut).validUtf8()).isFalse();
  }

  private void check(byte[] bytes) throws Exception {
    Fingerprint f = fingerprint(bytes);
    assertThat(f.sha256())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    assertThat(f.bytes()).isEqualTo(bytes.length);
    assertThat(f.validUtf8()).as("valid UTF-8").isEqualTo(strictUtf8(bytes));
    boolean quote = false;
    long line = 0;
    long longest = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        longest = Math.max(longest, line);
        line = 0;
      } else {
        line++;
        quote |= b == '"';
      }
    }
    assertThat(f.quotes()).isEqualTo(quote);
    assertThat(f.longestLine()).isEqualTo(Math.max(longest, line));
  }

  private static boolean strictUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private Fingerprint fingerprint(byte[] bytes) throws IOException {
    Path p = dir.resolve("f.csv");
    Files.write(p, bytes);
    return Fingerprint.of(p, "f.csv");
  }
}
