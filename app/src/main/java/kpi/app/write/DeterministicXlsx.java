package kpi.app.write;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Saves a workbook so that the same content gives the same bytes, on any machine: fixed document
 * properties; every zip entry re-written with one fixed local timestamp (POI stamps entries with
 * the current time, and a zip's DOS time would otherwise follow the time zone); the language of
 * chart text fixed (POI takes the default locale); and characters XML 1.0 forbids (control
 * characters from the data) removed from every XML part, so Excel never has to repair the file.
 */
public final class DeterministicXlsx {
  /** 1 January 2000, 00:00 UTC: a fixed, obviously synthetic time. */
  private static final long FIXED_TIME = 946_684_800_000L;

  /** The same instant as a zip entry's local date-time, whatever the time zone. */
  private static final java.time.LocalDateTime FIXED_LOCAL =
      java.time.LocalDateTime.of(2000, 1, 1, 0, 0);

  /** The language every chart run is marked with. */
  static final String LANG = "en-GB";

  private static final java.util.regex.Pattern RUN_LANG =
      java.util.regex.Pattern.compile("(<a:(?:rPr|endParaRPr|defRPr)\\b[^>]*?\\blang=\")[^\"]*\"");

  /** Control characters, raw or as character references, that XML 1.0 does not allow. */
  private static final java.util.regex.Pattern NOT_XML =
      java.util.regex.Pattern.compile(
          "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]"
              + "|&#(?:0*(?:[0-8]|1[1-2]|1[4-9]|2[0-9]|3[01])|x0*(?:[0-8]|[bBcC]|[eEfF]|1[0-9a-fA-F]));");

  private DeterministicXlsx() {}

  @SuppressWarnings("JavaUtilDate") // POI's core properties take java.util.Date only
  public static void write(XSSFWorkbook workbook, String title, OutputStream out)
      throws IOException {
    POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
    core.setCreated(Optional.of(new Date(FIXED_TIME)));
    core.setModified(Optional.of(new Date(FIXED_TIME)));
    core.setCreator("kpi");
    core.setTitle(title);
    core.setLastModifiedByUser("kpi");
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    workbook.write(raw);
    normalise(raw.toByteArray(), out);
  }

  /** An XML part with its chart language fixed and forbidden characters removed. */
  static byte[] cleanXml(byte[] part) {
    String xml = new String(part, java.nio.charset.StandardCharsets.UTF_8);
    String clean = NOT_XML.matcher(xml).replaceAll("");
    clean = RUN_LANG.matcher(clean).replaceAll("$1" + LANG + "\"");
    return clean.equals(xml) ? part : clean.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Copies a zip entry by entry with a fixed timestamp and default compression. */
  static void normalise(byte[] zip, OutputStream out) throws IOException {
    ZipOutputStream z = new ZipOutputStream(out);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(FIXED_LOCAL);
        z.putNextEntry(copy);
        if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
          z.write(cleanXml(in.readAllBytes()));
        } else {
          in.transferTo(z);
        }
        z.closeEntry();
      }
    }
    z.finish();
    z.flush();
  }
}
