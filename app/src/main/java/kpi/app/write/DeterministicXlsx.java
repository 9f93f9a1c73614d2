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
 * Saves a workbook so that the same content gives the same bytes: fixed document properties and
 * every zip entry re-written with one fixed timestamp (POI stamps entries with the current time).
 */
public final class DeterministicXlsx {
  /** 1 January 2000, 00:00 UTC: a fixed, obviously synthetic time. */
  private static final long FIXED_TIME = 946_684_800_000L;

  private DeterministicXlsx() {}

  public static void write(XSSFWorkbook workbook, String title, OutputStream out) throws IOException {
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

  /** Copies a zip entry by entry with a fixed timestamp and default compression. */
  static void normalise(byte[] zip, OutputStream out) throws IOException {
    ZipOutputStream z = new ZipOutputStream(out);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(FIXED_TIME);
        z.putNextEntry(copy);
        in.transferTo(z);
        z.closeEntry();
      }
    }
    z.finish();
    z.flush();
  }
}
