package kpi.app.read;

import org.apache.poi.openxml4j.util.ZipSecureFile;

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
}
