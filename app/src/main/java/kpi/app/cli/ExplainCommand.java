package kpi.app.cli;

import java.util.List;
import java.util.Map;
import kpi.app.ExitCode;
import kpi.app.KpiException;
import kpi.app.load.Session;
import kpi.app.read.Suggest;
import kpi.app.write.Display;
import kpi.core.catalog.KpiDefinition;
import kpi.core.catalog.Unit;
import kpi.core.engine.KpiResult;
import kpi.core.engine.KpiResult.BreakdownRow;
import kpi.core.engine.KpiResult.ComparatorValue;
import kpi.core.engine.KpiResult.TargetResult;
import kpi.core.engine.ScorecardEngine;
import kpi.core.engine.ScorecardRequest;
import kpi.core.period.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code kpi explain KPI-ID}: the definition and the arithmetic behind one KPI's status. */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Show a KPI's definition, formula, target rule, inputs and the arithmetic"
        + " behind its status and direction.")
public final class ExplainCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "KPI-ID", description = "The KPI to explain, e.g. KPI-03.")
  String kpiId;

  @Mixin
  DataOptions dataOptions;

  @Override
  protected ExitCode execute() {
    Session session = Session.open(dataOptions, this::notice, kpi.app.load.LoadProgress.NONE, this::warn);
    KpiDefinition kpi = session.catalog().kpi(kpiId).orElseThrow(() -> KpiException.usage(
        "no KPI " + kpiId + " in catalog " + session.catalog().id()
            + Suggest.didYouMean(kpiId,
                session.catalog().kpis().stream().map(KpiDefinition::id).toList())
            + " (kpi kpis lists them)"));
    ScorecardEngine engine = ScorecardEngine.standard();
    Period period = dataOptions.period() != null ? dataOptions.period()
        : Session.compute(() -> session.latestPeriod(engine));
    KpiResult r = Session.compute(() -> engine.evaluate(session.catalog(), kpi, session.data(),
        period, ScorecardRequest.defaults().withPeriod(period)));
    out().print(render(r));
    out().flush();
    return ExitCode.OK;
  }

  static String render(KpiResult r) {
    KpiDefinition k = r.kpi();
    Unit unit = k.unit();
    StringBuilder b = new StringBuilder();
    line(b, k.id() + ": " + k.title());
    line(b, "");
    field(b, "Theme", k.theme());
    field(b, "Measure", k.measure() + " (" + unit.id() + ", " + k.polarity().id().replace('_', ' ') + ")");
    if (!k.filter().values().isEmpty()) {
      field(b, "Filter", describe(k.filter().values()));
    }
    if (!k.params().values().isEmpty()) {
      field(b, "Parameters", describe(k.params().values()));
    }
    field(b, "Source", k.source());
    if (!k.note().isEmpty()) {
      field(b, "Note", k.note());
    }
    line(b, "");
    line(b, "Period " + r.period());
    for (String w : r.workings()) {
      line(b, "  " + w);
    }
    field(b, "Value", r.value() == null ? "no data" : Display.value(r.value(), unit)
        + (r.numerator() != null ? "  (numerator " + Display.count(r.numerator())
            + ", denominator " + Display.count(r.denominator()) + ")" : ""));
    line(b, "");
    TargetResult t = r.target();
    field(b, "Target", t.text() + "  [rule " + t.rule() + "]");
    if (t.baselinePeriod() != null) {
      field(b, "Baseline", t.baselinePeriod() + (t.baselineValue() == null ? ": no value"
          : ": " + Display.value(t.baselineValue(), unit)));
    }
    if (t.threshold() != null) {
      field(b, "Threshold", Display.value(t.threshold(), unit) + "  (unrounded " + t.threshold() + ")");
      field(b, "Near target", "within " + Display.decimal(t.amberTolerance(), 2)
          + " of the threshold (amber tolerance)");
      field(b, "Exceeding", "beyond the threshold by " + Display.decimal(t.exceedMargin(), 2)
          + " or more (exceed margin)");
    }
    field(b, "Status", r.status().name() + " (" + r.status().rag().name() + ")");
    line(b, "");
    if (r.previous() == null) {
      field(b, "Previous", "none, so direction is not comparable");
    } else {
      field(b, "Previous", r.previous().period() + ": " + Display.value(r.previous().value(), unit)
          + " (from " + r.previous().source() + ")");
      field(b, "Change", Display.change(r.change(), unit) + "  (no-change band "
          + (unit == Unit.PERCENT ? "\u00b1" + Display.decimal(r.noChangeBand(), 2) + " pp"
              : "\u00b1" + Display.decimal(r.noChangeBand(), 2)) + ")");
    }
    field(b, "Direction", r.direction().arrow() + " " + r.direction().name());
    for (ComparatorValue c : r.comparators()) {
      field(b, "Comparator", c.name() + " " + c.period() + ": "
          + (c.value() == null ? c.symbol() : Display.value(c.value(), unit)));
    }
    if (r.trend() != null) {
      field(b, "Trend", r.trend().verdict().words() + " over " + String.join(", ",
          r.trend().periods()) + (r.trend().slope() == null ? "" : " (slope "
          + Display.decimal(r.trend().slope(), 3) + " a period, p = "
          + Display.decimal(r.trend().pValue(), 3) + "; linear regression, 95% level)"));
    }
    if (r.ranking() != null) {
      field(b, "Rank", r.ranking().rank() + " of " + r.ranking().of() + " ("
          + r.ranking().among() + ", " + r.ranking().period() + "; quartile "
          + r.ranking().quartile() + ", 1 = best; tied values share the best rank)");
    }
    if (!r.breakdown().isEmpty()) {
      line(b, "");
      line(b, "Breakdown");
      for (BreakdownRow row : r.breakdown()) {
        line(b, String.format("  %-12s %-24s %10s  %s / %s", row.dimension(), row.label(),
            row.suppressed() ? "c" : row.value() == null ? "x" : Display.value(row.value(), unit),
            row.suppressed() ? "c" : Display.count(row.numerator()),
            row.suppressed() ? "c" : Display.count(row.denominator())).stripTrailing());
      }
    }
    if (!r.notes().isEmpty()) {
      line(b, "");
      line(b, "Notes");
      for (String n : r.notes()) {
        line(b, "  - " + n);
      }
    }
    return b.toString();
  }

  private static String describe(Map<String, ?> values) {
    StringBuilder s = new StringBuilder();
    values.forEach((key, v) -> s.append(s.length() == 0 ? "" : "; ").append(key).append(" = ")
        .append(v instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList()) : v));
    return s.toString();
  }

  private static void field(StringBuilder b, String name, String value) {
    line(b, String.format("%-12s %s", name + ":", value));
  }

  private static void line(StringBuilder b, String s) {
    b.append(s).append('\n');
  }
}
