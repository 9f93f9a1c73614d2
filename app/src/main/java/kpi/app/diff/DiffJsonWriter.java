package kpi.app.diff;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import kpi.core.diff.CellChange;
import kpi.core.diff.Diff;
import kpi.core.diff.FailRule;
import kpi.core.diff.FileChange;
import kpi.core.diff.KpiChange;
import kpi.core.diff.KpiFigures;

/**
 * The {@code kpi-diff/1} document (contract in the product spec): the contract's keys first, in its
 * order, then extra keys; values unrounded. {@code kpis} lists the KPIs that changed.
 */
public final class DiffJsonWriter implements DiffWriter {
  public static final String SCHEMA = "kpi-diff/1";

  @Override
  public void write(DiffReport r, OutputStream out) throws IOException {
    Diff d = r.diff();
    JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setPrettyPrinter(
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    g.writeStartObject();
    g.writeStringField("schema", SCHEMA);
    g.writeStringField("period", d.period());
    g.writeArrayFieldStart("files");
    for (FileChange f : d.files()) {
      g.writeStartObject();
      g.writeStringField("kind", f.kind());
      g.writeStringField("file", f.file());
      g.writeNumberField("rows_added", f.rowsAdded());
      g.writeNumberField("rows_removed", f.rowsRemoved());
      g.writeNumberField("rows_changed", f.rowsChanged());
      g.writeNumberField("newly_rejected", f.newlyRejected());
      g.writeNumberField("rows_before", f.rowsBefore());
      g.writeNumberField("rows_after", f.rowsAfter());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("kpis");
    for (KpiChange k : d.changedKpis()) {
      g.writeStartObject();
      g.writeStringField("id", k.id());
      figures(g, "before", k.before());
      figures(g, "after", k.after());
      number(g, "change", k.change());
      g.writeBooleanField("status_changed", k.statusChanged());
      g.writeBooleanField("restated", k.restated());
      g.writeStringField("title", k.title());
      g.writeBooleanField("direction_changed", k.directionChanged());
      g.writeBooleanField("rank_changed", k.rankChanged());
      g.writeBooleanField("quintile_changed", k.quintileChanged());
      g.writeBooleanField("counts_changed", k.countsChanged());
      g.writeArrayFieldStart("cells");
      for (CellChange c : k.cells()) {
        g.writeStartObject();
        g.writeStringField("dimension", c.dimension());
        g.writeStringField("code", c.code());
        g.writeStringField("label", c.label());
        g.writeStringField("became", c.kind());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("failed");
    for (String f : d.failedList()) {
      g.writeString(f);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("catalog");
    g.writeStringField("id", d.catalogId());
    g.writeEndObject();
    g.writeStringField("before", r.before());
    g.writeStringField("after", r.after());
    g.writeBooleanField("changes", !d.noChanges());
    g.writeNumberField("kpis_compared", d.kpis().size());
    g.writeBooleanField("files_compared", r.filesCompared());
    g.writeArrayFieldStart("rules");
    for (Diff.Outcome o : d.outcomes()) {
      g.writeStartObject();
      g.writeStringField("rule", o.rule().text());
      g.writeBooleanField("failed", o.failed());
      g.writeArrayFieldStart("breaches");
      for (FailRule.Breach b : o.breaches()) {
        g.writeStartObject();
        g.writeStringField("subject", b.subject());
        g.writeStringField("message", b.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("notes");
    for (String n : r.notes()) {
      g.writeString(n);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    out.write('\n');
    out.flush();
  }

  private static void figures(JsonGenerator g, String name, KpiFigures f) throws IOException {
    if (f == null) {
      g.writeNullField(name);
      return;
    }
    g.writeObjectFieldStart(name);
    number(g, "value", f.value());
    g.writeStringField("status", f.status());
    number(g, "numerator", f.numerator());
    number(g, "denominator", f.denominator());
    g.writeStringField("direction", f.direction());
    integer(g, "rank", f.rank());
    integer(g, "quintile", f.quintile());
    g.writeNumberField("suppressed_cells", f.cells().stream().filter(c -> c.suppressed()).count());
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, String name, Double d) throws IOException {
    if (d == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, d);
    }
  }

  private static void integer(JsonGenerator g, String name, Integer i) throws IOException {
    if (i == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, i);
    }
  }
}
