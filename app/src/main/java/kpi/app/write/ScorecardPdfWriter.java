package kpi.app.write;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The strategy grid as a PDF on A4 landscape: the HTML page rendered by openhtmltopdf with an
 * embedded font (DejaVu Sans Condensed, so arrows and symbols print), tagged for screen readers.
 * Same inputs, same bytes: fixed dates and a document id derived from the content.
 */
public final class ScorecardPdfWriter implements ScorecardWriter {
  private static final String FONT = "DejaVu Sans Condensed";
  private static final String PDF_STYLE =
      """
      body{font-family:"DejaVu Sans Condensed",sans-serif;margin:0;font-size:8.5pt;line-height:1.3}
      table{page-break-inside:auto}tr{page-break-inside:avoid}thead{display:table-header-group}
      h1{font-size:15pt;margin:0 0 4pt}h2{font-size:12pt;page-break-after:avoid}h3{font-size:10pt;page-break-after:avoid}
      .hash{font-size:7pt;word-wrap:break-word}caption.vh{display:none}
      """;

  static {
    // The renderer logs timings and warnings through java.util.logging; the command's stderr
    // is for the user.
    XRLog.setLoggingEnabled(false);
  }

  @Override
  public void write(ScorecardReport report, OutputStream out) throws IOException {
    ByteArrayOutputStream html = new ByteArrayOutputStream();
    new ScorecardHtmlWriter(PDF_STYLE).write(report, html);
    byte[] page = html.toByteArray();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfUaAccessibility(true);
    builder.useFont(() -> font("DejaVuSansCondensed.ttf"), FONT, 400, FontStyle.NORMAL, true);
    builder.useFont(() -> font("DejaVuSansCondensed-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
    builder.withHtmlContent(new String(page, StandardCharsets.UTF_8), null);
    builder.withProducer("kpi");
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    builder.toStream(pdf);
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.createPDFWithoutClosing();
      PDDocument doc = renderer.getPdfDocument();
      Calendar fixed = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
      fixed.setTimeInMillis(946_684_800_000L);
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(report.scorecard().catalog().title() + " - " + report.scorecard().period());
      info.setCreator("kpi");
      info.setProducer("kpi");
      info.setCreationDate(fixed);
      info.setModificationDate(fixed);
      COSString id = new COSString(Arrays.copyOf(sha256(page), 16));
      COSArray ids = new COSArray();
      ids.add(id);
      ids.add(id);
      doc.getDocument().getTrailer().setItem(COSName.ID, ids);
      doc.save(out);
    }
  }

  private static InputStream font(String name) {
    InputStream in =
        ScorecardPdfWriter.class.getClassLoader().getResourceAsStream("kpi/fonts/" + name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("font missing from the build: " + name));
    }
    return in;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
