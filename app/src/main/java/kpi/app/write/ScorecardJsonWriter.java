package kpi.app.write;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import kpi.app.read.FileSummary;
import kpi.core.catalog.KpiDefinition;
import kpi.core.comparator.Ranking;
import kpi.core.engine.KpiResult;
import kpi.core.engine.KpiResult.BreakdownRow;
import kpi.core.engine.KpiResult.ComparatorValue;

/**
 * The {@code kpi-scorecard/1} JSON document (contract in the product spec). Keys are written in
 * a fixed order and values unrounded; extra keys beyond the contract come after the contract's.
 */
public final class ScorecardJsonWriter implements ScorecardWriter {
  public static final String SCHEMA = "kpi-scorecard/1";

  @Override
  public void write(ScorecardReport report, OutputStream out) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    g.setPrettyPrinter(pp);
    g.writeStartObject();
    g.writeStringField("schema", SCHEMA);
    g.writeObjectFieldStart("catalog");
    g.writeStringField("id", report.scorecard().catalog().id());
    g.writeStringField("title", report.scorecard().catalog().title());
    g.writeEndObject();
    if (report.mapping() != null) {
      g.writeObjectFieldStart("mapping");
      g.writeStringField("source", report.mapping().source());
      g.writeStringField("name", report.mapping().name());
      g.writeStringField("sha256", report.mapping().sha256());
      g.writeEndObject();
    }
    g.writeStringField("period", report.scorecard().period());
    g.writeArrayFieldStart("inputs");
    for (FileSummary f : report.inputs()) {
      g.writeStartObject();
      g.writeStringField("kind", f.kind());
      g.writeStringField("file", f.file());
      g.writeStringField("sha256", f.sha256());
      g.writeNumberField("rows_read", f.rowsRead());
      g.writeNumberField("rows_accepted", f.rowsAccepted());
      g.writeNumberField("rows_rejected", f.rowsRejected());
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
    g.writeArrayFieldStart("kpis");
    for (KpiResult k : report.scorecard().kpis()) {
      writeKpi(g, k);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    out.write('\n');
    out.flush();
  }

  private static void writeKpi(JsonGenerator g, KpiResult k) throws IOException {
    KpiDefinition d = k.kpi();
    g.writeStartObject();
    g.writeStringField("id", d.id());
    g.writeStringField("title", d.title());
    g.writeStringField("theme", d.theme());
    g.writeStringField("measure", d.measure());
    g.writeStringField("unit", d.unit().id());
    g.writeStringField("polarity", d.polarity().id());
    g.writeStringField("period", k.period());
    number(g, "value", k.value());
    number(g, "numerator", k.numerator());
    number(g, "denominator", k.denominator());
    KpiResult.TargetResult t = k.target();
    g.writeObjectFieldStart("target");
    g.writeStringField("rule", t.rule());
    number(g, "value", t.value());
    number(g, "threshold", t.threshold());
    nullableString(g, "deadline", t.deadline());
    g.writeStringField("text", t.text());
    nullableString(g, "baseline_period", t.baselinePeriod());
    number(g, "baseline_value", t.baselineValue());
    number(g, "amber_tolerance", t.amberTolerance());
    number(g, "exceed_margin", t.exceedMargin());
    g.writeEndObject();
    g.writeStringField("status", k.status().name());
    g.writeStringField("rag", k.status().rag().name());
    if (k.previous() == null) {
      g.writeNullField("previous");
    } else {
      g.writeObjectFieldStart("previous");
      g.writeStringField("period", k.previous().period());
      number(g, "value", k.previous().value());
      g.writeStringField("source", k.previous().source());
      g.writeEndObject();
    }
    number(g, "change", k.change());
    g.writeStringField("direction", k.direction().name());
    number(g, "no_change_band", k.noChangeBand());
    g.writeArrayFieldStart("comparators");
    for (ComparatorValue c : k.comparators()) {
      g.writeStartObject();
      g.writeStringField("name", c.name());
      g.writeStringField("period", c.period());
      number(g, "value", c.value());
      if (c.symbol() != null) {
        g.writeStringField("symbol", c.symbol());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    if (k.ranking() != null) {
      Ranking rk = k.ranking();
      g.writeObjectFieldStart("rank");
      g.writeNumberField("rank", rk.rank());
      g.writeNumberField("of", rk.of());
      g.writeNumberField("quartile", rk.quartile());
      g.writeStringField("among", rk.among());
      g.writeStringField("period", rk.period());
      g.writeNumberField("value", rk.value());
      g.writeStringField("ties", "tied values share the best rank");
      g.writeEndObject();
    }
    if (k.trend() != null) {
      g.writeObjectFieldStart("trend");
      g.writeStringField("method", "linear");
      g.writeNumberField("points", k.trend().points());
      g.writeStringField("verdict", k.trend().verdict().name());
      number(g, "slope", k.trend().slope());
      number(g, "p_value", k.trend().pValue());
      g.writeArrayFieldStart("periods");
      for (String p : k.trend().periods()) {
        g.writeString(p);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeArrayFieldStart("breakdown");
    for (BreakdownRow b : k.breakdown()) {
      g.writeStartObject();
      g.writeStringField("dimension", b.dimension());
      g.writeStringField("code", b.code());
      g.writeStringField("label", b.label());
      number(g, "value", b.value());
      number(g, "numerator", b.numerator());
      number(g, "denominator", b.denominator());
      g.writeBooleanField("suppressed", b.suppressed());
      g.writeEndObject();
    }
    g.writeEndArray();
    strings(g, "notes", k.notes());
    strings(g, "workings", k.workings());
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, String name, Double d) throws IOException {
    if (d == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, d);
    }
  }

  private static void nullableString(JsonGenerator g, String name, String s) throws IOException {
    if (s == null) {
      g.writeNullField(name);
    } else {
      g.writeStringField(name, s);
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String s : values) {
      g.writeString(s);
    }
    g.writeEndArray();
  }
}
