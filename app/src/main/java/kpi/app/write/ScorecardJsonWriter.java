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
import kpi.core.comparator.ComparatorValue;
import kpi.core.comparator.Ranking;
import kpi.core.engine.KpiResult;
import kpi.core.engine.KpiResult.BreakdownRow;
import kpi.core.engine.KpiResult.HistoryPoint;
import kpi.core.engine.KpiResult.QuintileResult;
import kpi.core.engine.KpiResult.SignificanceResult;
import kpi.core.stats.Interval;
import kpi.core.stats.Level;
import kpi.core.stats.RecentTrend;

/**
 * The {@code kpi-scorecard/1} JSON document (contract in the product spec). Keys are written in a
 * fixed order and values unrounded; extra keys beyond the contract come after the contract's.
 */
public final class ScorecardJsonWriter implements ScorecardWriter {
  public static final String SCHEMA = "kpi-scorecard/1";

  @Override
  public void write(ScorecardReport report, OutputStream out) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    DefaultPrettyPrinter pp =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    g.setPrettyPrinter(pp);
    g.writeStartObject();
    g.writeStringField("schema", SCHEMA);
    g.writeObjectFieldStart("catalog");
    g.writeStringField("id", report.scorecard().catalog().id());
    g.writeStringField("title", report.scorecard().catalog().title());
    if (report.catalogSource() != null) {
      g.writeStringField("source", report.catalogSource().source());
      g.writeStringField("path", report.catalogSource().path());
      g.writeStringField("sha256", report.catalogSource().sha256());
    }
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
      writeKpi(g, k, report.notes(k));
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    out.write('\n');
    out.flush();
  }

  private static void writeKpi(JsonGenerator g, KpiResult k, List<String> notes)
      throws IOException {
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
    Interval ci = k.ci();
    if (ci == null) {
      g.writeNullField("ci");
    } else {
      interval(g, "ci", ci);
    }
    Interval ci998 = k.interval(Level.P99_8);
    if (ci998 != null) {
      interval(g, "ci_99_8", ci998);
    }
    g.writeArrayFieldStart("significance");
    for (SignificanceResult sr : k.significance()) {
      g.writeStartObject();
      g.writeStringField("against", sr.against());
      level(g, sr.level());
      g.writeStringField("result", sr.result().name());
      number(g, "comparator_value", sr.reference());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (k.trend() == null) {
      g.writeNullField("trend");
    } else {
      RecentTrend.Outcome tr = k.trend();
      g.writeObjectFieldStart("trend");
      g.writeStringField("method", tr.method());
      g.writeNumberField("points", tr.points());
      g.writeStringField("result", tr.result().name());
      RecentTrend.Judgement j = tr.judgement(d.polarity());
      nullableString(g, "judgement", j == null ? null : j.name());
      number(g, "chi2", tr.chi2());
      g.writeNumberField("threshold", RecentTrend.THRESHOLD);
      number(g, "slope", tr.slope());
      g.writeArrayFieldStart("leave_one_out_slopes");
      for (Double s : tr.leaveOneOut()) {
        g.writeNumber(s);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("periods");
      for (String p : tr.periods()) {
        g.writeString(p);
      }
      g.writeEndArray();
      nullableString(g, "reason", tr.reason());
      g.writeEndObject();
    }
    if (k.quintile() == null) {
      g.writeNullField("quintile");
    } else {
      QuintileResult q = k.quintile();
      g.writeObjectFieldStart("quintile");
      g.writeStringField("among", q.among());
      g.writeNumberField("n", q.n());
      g.writeNumberField("value", q.value());
      g.writeNumberField("best", 1);
      g.writeStringField("source", q.source());
      g.writeStringField("period", q.period());
      g.writeStringField("quintile_1", q.first());
      g.writeStringField(
          "method",
          "equal-count groups on unrounded values, larger groups at the"
              + " low end, ties by value then area code");
      g.writeBooleanField("placed", q.placed());
      g.writeEndObject();
    }
    g.writeArrayFieldStart("history");
    for (HistoryPoint h : k.history()) {
      g.writeStartObject();
      g.writeStringField("period", h.period());
      number(g, "value", h.value());
      nullableString(g, "status", h.status() == null ? null : h.status().name());
      g.writeStringField("source", h.source());
      g.writeStringField("direction", h.direction().name());
      g.writeEndObject();
    }
    g.writeEndArray();
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
      if (b.quintile() != null) {
        g.writeNumberField("quintile", b.quintile());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    strings(g, "notes", notes);
    strings(g, "workings", k.workings());
    g.writeEndObject();
  }

  private static void interval(JsonGenerator g, String name, Interval ci) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("method", ci.method());
    level(g, ci.level());
    g.writeNumberField("lower", ci.lower());
    g.writeNumberField("upper", ci.upper());
    g.writeEndObject();
  }

  /** 95 as a whole number, 99.8 as a decimal, as the contract writes them. */
  private static void level(JsonGenerator g, Level level) throws IOException {
    if (level == Level.P95) {
      g.writeNumberField("level", 95);
    } else {
      g.writeNumberField("level", level.percent());
    }
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

  private static void strings(JsonGenerator g, String name, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String s : values) {
      g.writeString(s);
    }
    g.writeEndArray();
  }
}
