package kpi.app.validate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import kpi.app.read.FileSummary;
import kpi.app.read.Problem;
import kpi.app.read.Problems;

/** The {@code kpi-validation/1} JSON contract, keys in a fixed order. */
public final class ValidationJsonWriter implements ValidationWriter {
  @Override
  public void write(ValidationReport report, OutputStream out) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
    DefaultPrettyPrinter pp =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    pp.indentArraysWith(new DefaultIndenter("  ", "\n"));
    g.setPrettyPrinter(pp);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.writeStartObject();
    g.writeStringField("schema", "kpi-validation/1");
    g.writeBooleanField("valid", report.valid());
    g.writeArrayFieldStart("files");
    for (FileSummary f : report.files()) {
      g.writeStartObject();
      g.writeStringField("file", f.file());
      g.writeStringField("kind", f.kind());
      g.writeNumberField("rows_read", f.rowsRead());
      g.writeNumberField("rows_accepted", f.rowsAccepted());
      g.writeNumberField("rows_rejected", f.rowsRejected());
      g.writeNumberField("errors", report.problems().errors(f.file()));
      g.writeNumberField("warnings", report.problems().warnings(f.file()));
      if (!f.notes().isEmpty()) {
        g.writeArrayFieldStart("notes");
        for (String note : f.notes()) {
          g.writeString(note);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("problems");
    for (Problem p : report.problems().kept()) {
      g.writeStartObject();
      g.writeStringField("severity", p.severity().id());
      g.writeStringField("check", p.check());
      g.writeStringField("file", p.file());
      if (p.row() == null) {
        g.writeNullField("row");
      } else {
        g.writeNumberField("row", p.row());
      }
      g.writeStringField("column", p.column());
      g.writeStringField("cell", p.cell());
      g.writeStringField("value", p.value());
      g.writeStringField("message", p.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("not_shown");
    for (Problems.Overflow o : report.problems().overflow()) {
      g.writeStartObject();
      g.writeStringField("file", o.file());
      g.writeStringField("check", o.check());
      g.writeStringField("severity", o.severity().id());
      g.writeNumberField("count", o.more());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    out.write('\n');
  }
}
