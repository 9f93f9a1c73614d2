package kpi.app.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where the catalog of a run came from, so every output can name it: {@code bundled} (shipped in
 * the tool), {@code drop} (the data drop's {@code kpi-catalog.json}) or {@code file} (named with
 * {@code --catalog}). Immutable.
 *
 * @param source bundled, drop or file
 * @param path relative to the drop, or the file name as given; null for a bundled catalog
 * @param sha256 of the catalog's bytes as read
 * @param editedFrom the id of a bundled catalog whose id this one reuses with different content,
 *     else null
 */
public record CatalogSource(String source, String path, String sha256, String editedFrom) {

  /** SHA-256 of text as UTF-8, lower-case hex. */
  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** SHA-256 of bytes, lower-case hex. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }

  /** One line for humans: {@code bundled catalog kent-14-24-2017 (sha256 ...)}. */
  public String describe(String id) {
    String where =
        switch (source) {
          case "bundled" -> "bundled catalog " + id;
          case "drop" -> "catalog " + path + " from the data drop (id " + id + ")";
          default -> "catalog file " + path + " (id " + id + ")";
        };
    return where + ", sha256 " + sha256;
  }
}
