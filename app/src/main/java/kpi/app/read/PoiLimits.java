package kpi.app.read;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.RecordFormatException;

/**
 * POI's defences against zip bombs and oversized parts, set deliberately rather than left to
 * library defaults: a workbook part may not inflate more than 100-fold, nor exceed 2 GiB (a full
 * 1,048,576-row sheet is well under that).
 */
final class PoiLimits {
  static final double MIN_INFLATE_RATIO = 0.01;
  static final long MAX_ENTRY_BYTES = 2L * 1024 * 1024 * 1024;

  private PoiLimits() {}

  static void apply() {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
  }

  /**
   * Whether {@code e} (or a cause) is one of these guards refusing a part: POI's zip bomb and
   * entry-count checks, or a record longer than POI allows. Recognised by POI's own wording, so
   * that no other failure (a bug above all) is reported as a file too large.
   */
  static boolean refused(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (m.startsWith("Zip bomb detected!")
          || m.contains("file could pose a security risk")
          || (t instanceof RecordFormatException && m.contains("maximum length"))) {
        return true;
      }
    }
    return false;
  }
}
