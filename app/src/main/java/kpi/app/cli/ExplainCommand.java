package kpi.app.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import kpi.app.error.ExitCode;
import kpi.app.error.KpiException;
import kpi.app.load.Session;
import kpi.app.read.Suggest;
import kpi.app.write.Display;
import kpi.app.write.StatsText;
import kpi.core.catalog.KpiDefinition;
import kpi.core.catalog.Unit;
import kpi.core.comparator.ComparatorValue;
import kpi.core.engine.KpiResult;
import kpi.core.engine.KpiResult.BreakdownRow;
import kpi.core.engine.KpiResult.QuintileResult;
import kpi.core.engine.KpiResult.SignificanceResult;
import kpi.core.engine.KpiResult.TargetResult;
import kpi.core.engine.ScorecardEngine;
import kpi.core.engine.ScorecardRequest;
import kpi.core.period.Period;
import kpi.core.stats.Interval;
import kpi.core.stats.RecentTrend;
import kpi.core.stats.Wilson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code kpi explain KPI-ID}: the definition and the arithmetic behind one KPI's status. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Show a KPI's definition, formula, target rule, inputs and the arithmetic"
            + " behind its status and direction.")
public final class ExplainCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "KPI-ID", description = "The KPI to explain, e.g. KPI-03.")
  String kpiId;

  @Mixin DataOptions dataOptions;

  @Override
  protected ExitCode execute() {
    Session session =
        Session.open(
            dataOptions.request(), this::notice, kpi.app.load.LoadProgress.NONE, this::warn);
    KpiDefinition kpi =
        session
            .catalog()
            .kpi(kpiId)
            .orElseThrow(
                () ->
                    KpiException.usage(
                        "no KPI "
                            + kpiId
                            + " in catalog "
                            + session.catalog().id()
                            + Suggest.didYouMean(
                                kpiId,
                                session.catalog().kpis().stream().map(KpiDefinition::id).toList())
                            + " (kpi kpis lists them)"));
    ScorecardEngine engine = ScorecardEngine.standard();
    Period period =
        dataOptions.period() != null
            ? dataOptions.period()
            : Session.compute(() -> session.latestPeriod(engine));
    KpiResult r =
        Session.compute(
            () ->
                engine.evaluate(
                    session.catalog(),
                    kpi,
                    session.data(),
                    period,
                    ScorecardRequest.defaults().withPeriod(period)));
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
    field(
        b,
        "Measure",
        k.measure() + " (" + unit.id() + ", " + k.polarity().id().replace('_', ' ') + ")");
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
    field(
        b,
        "Value",
        r.value() == null
            ? "no data"
            : Display.value(r.value(), unit)
                + (r.numerator() != null
                    ? "  (numerator "
                        + Display.count(r.numerator())
                        + ", denominator "
                        + Display.count(r.denominator())
                        + ")"
                    : ""));
    line(b, "");
    TargetResult t = r.target();
    field(b, "Target", t.text() + "  [rule " + t.rule() + "]");
    if (t.baselinePeriod() != null) {
      field(
          b,
          "Baseline",
          t.baselinePeriod()
              + (t.baselineValue() == null
                  ? ": no value"
                  : ": " + Display.value(t.baselineValue(), unit)));
    }
    if (t.threshold() != null) {
      field(
          b,
          "Threshold",
          Display.value(t.threshold(), unit)
              + "  (unrounded "
              + Display.unrounded(t.threshold())
              + ")");
      field(
          b,
          "Near target",
          "within "
              + Display.margin(t.amberTolerance(), unit)
              + " of the threshold (amber tolerance)");
      field(
          b,
          "Exceeding",
          "beyond the threshold by "
              + Display.margin(t.exceedMargin(), unit)
              + " or more (exceed margin)");
    }
    field(b, "Status", r.status().name() + " (" + r.status().rag().name() + ")");
    line(b, "");
    if (r.previous() == null) {
      field(b, "Previous", "none, so direction is not comparable");
    } else {
      field(
          b,
          "Previous",
          r.previous().period()
              + ": "
              + Display.value(r.previous().value(), unit)
              + " (from "
              + r.previous().source()
              + ")");
      field(
          b,
          "Change",
          Display.change(r.change(), unit)
              + "  (no-change band \u00b1"
              + Display.margin(r.noChangeBand(), unit)
              + ")");
    }
    field(b, "Direction", r.direction().arrow() + " " + r.direction().name());
    for (ComparatorValue c : r.comparators()) {
      field(
          b,
          "Comparator",
          c.name()
              + " "
              + c.period()
              + ": "
              + (c.value() == null ? c.symbol() : Display.value(c.value(), unit))
              + StatsText.mark(r, c.name()));
    }
    statistics(b, r);
    if (r.ranking() != null) {
      field(
          b,
          "Rank",
          r.ranking().rank()
              + " of "
              + r.ranking().of()
              + " ("
              + r.ranking().among()
              + ", "
              + r.ranking().period()
              + "; quartile "
              + r.ranking().quartile()
              + ", 1 = best; tied values share the best rank)");
    }
    if (!r.breakdown().isEmpty()) {
      line(b, "");
      line(b, "Breakdown");
      for (BreakdownRow row : r.breakdown()) {
        line(
            b,
            String.format(
                    Locale.ROOT,
                    "  %-12s %-24s %10s  %s / %s%s",
                    row.dimension(),
                    row.label(),
                    row.suppressed()
                        ? "c"
                        : row.value() == null ? "x" : Display.value(row.value(), unit),
                    row.suppressed() ? "c" : Display.count(row.numerator()),
                    row.suppressed() ? "c" : Display.count(row.denominator()),
                    row.suppressed() || row.quintile() == null
                        ? ""
                        : "  (would sit in quintile " + row.quintile() + ")")
                .stripTrailing());
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

  /** The interval, the overlap arithmetic, the quintile, the trend's chi-squared, the history. */
  private static void statistics(StringBuilder b, KpiResult r) {
    Unit unit = r.kpi().unit();
    if (r.intervals().isEmpty()) {
      if (r.value() != null) {
        field(
            b,
            "Interval",
            "none (" + (unit == Unit.SCORE ? "a score" : "no counts behind the value") + ")");
      }
    } else {
      line(b, "");
      for (Interval ci : r.intervals()) {
        field(
            b,
            ci.level().label() + "% CI",
            StatsText.range(ci, unit) + "  (" + method(ci, r) + ")");
      }
      for (SignificanceResult s : r.significance()) {
        Interval ci = r.interval(s.level());
        String where =
            ci.contains(s.reference()) ? "inside" : s.reference() < ci.lower() ? "below" : "above";
        field(
            b,
            "vs " + s.against(),
            s.against()
                + " "
                + plain(s.reference())
                + " is "
                + where
                + " the "
                + s.level().label()
                + "% interval ["
                + plain(ci.lower())
                + ", "
                + plain(ci.upper())
                + "] -> "
                + s.result().name()
                + " ("
                + r.kpi().polarity().id().replace('_', ' ')
                + "; Fingertips' overlap rule)");
      }
    }
    RecentTrend.Outcome t = r.trend();
    if (t != null) {
      line(b, "");
      field(
          b,
          "Trend",
          StatsText.trend(r)
              + " over "
              + String.join(", ", t.periods())
              + " ("
              + t.method()
              + ", Fingertips' recent trend)");
      if (t.chi2() != null) {
        field(
            b,
            "Chi-squared",
            plain(t.chi2())
                + (t.chi2() > RecentTrend.THRESHOLD ? " > " : " <= ")
                + RecentTrend.THRESHOLD
                + " (99.8% on 1 degree of freedom)");
        List<String> loo = new java.util.ArrayList<>();
        for (int i = 0; i < t.leaveOneOut().size(); i++) {
          loo.add("without " + t.periods().get(i) + " " + plain(t.leaveOneOut().get(i)));
        }
        field(
            b,
            "Slope",
            plain(t.slope())
                + " a year"
                + (t.method().equals(RecentTrend.CHI2_LINEAR) ? " (log-odds)" : "")
                + "; leaving each point out: "
                + String.join(", ", loo)
                + " -> signs "
                + (t.signsAgree() ? "agree" : "disagree"));
      }
      if (t.reason() != null) {
        field(b, "Why", t.reason());
      }
    }
    QuintileResult q = r.quintile();
    if (q != null) {
      field(
          b,
          "Quintile",
          q.value()
              + " of 5 among "
              + q.n()
              + " areas at level "
              + q.among()
              + " ("
              + q.period()
              + ", "
              + q.source()
              + "; quintile 1 = best = "
              + q.first()
              + "; equal-count groups on unrounded values"
              + (q.placed() ? "; our value placed in the published distribution" : "")
              + ")");
    }
    if (!r.history().isEmpty()) {
      field(b, "History", StatsText.history(r));
    }
  }

  private static String method(Interval ci, KpiResult r) {
    return ci.method().equals(Wilson.METHOD)
        ? "Wilson score interval on " + plain(r.numerator()) + " / " + plain(r.denominator())
        : "Byar's method on "
            + plain(
                r.numerator() != null && r.kpi().unit() != Unit.COUNT ? r.numerator() : r.value());
  }

  private static String plain(Double d) {
    return d == null
        ? ""
        : new java.math.BigDecimal(Double.toString(d))
            .setScale(4, java.math.RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString();
  }

  private static String describe(Map<String, ?> values) {
    StringBuilder s = new StringBuilder();
    values.forEach(
        (key, v) ->
            s.append(s.length() == 0 ? "" : "; ")
                .append(key)
                .append(" = ")
                .append(
                    v instanceof List<?> l
                        ? String.join(", ", l.stream().map(String::valueOf).toList())
                        : v));
    return s.toString();
  }

  private static void field(StringBuilder b, String name, String value) {
    line(b, String.format(Locale.ROOT, "%-12s %s", name + ":", value));
  }

  private static void line(StringBuilder b, String s) {
    b.append(s).append('\n');
  }
}
