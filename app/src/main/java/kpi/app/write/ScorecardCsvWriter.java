package kpi.app.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kpi.core.engine.KpiResult;
import kpi.core.engine.KpiResult.BreakdownRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The scorecard as CSV for scripts and spreadsheets: one row per KPI with the JSON's scalar fields
 * flattened and unrounded, or, with {@code breakdown}, one row per breakdown cell. Text cells are
 * neutralised against formula injection; numbers are written as numbers.
 */
public final class ScorecardCsvWriter implements ScorecardWriter {
  static final List<String> KPI_COLUMNS =
      List.of(
          "id",
          "title",
          "theme",
          "measure",
          "unit",
          "polarity",
          "period",
          "value",
          "numerator",
          "denominator",
          "target_rule",
          "target_value",
          "target_threshold",
          "target_deadline",
          "target_text",
          "status",
          "rag",
          "previous_period",
          "previous_value",
          "change",
          "direction",
          "no_change_band",
          "comparators",
          "rank",
          "notes",
          "ci_method",
          "ci_lower",
          "ci_upper",
          "ci998_lower",
          "ci998_upper",
          "significance",
          "quintile",
          "trend",
          "trend_chi2",
          "history");
  static final List<String> BREAKDOWN_COLUMNS =
      List.of(
          "kpi_id",
          "period",
          "dimension",
          "code",
          "label",
          "value",
          "numerator",
          "denominator",
          "suppressed",
          "quintile");

  private final boolean breakdown;

  public ScorecardCsvWriter(boolean breakdown) {
    this.breakdown = breakdown;
  }

  @Override
  public void write(ScorecardReport report, OutputStream stream) throws IOException {
    Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();
    try (CSVPrinter p = new CSVPrinter(w, format)) {
      p.printRecord(breakdown ? BREAKDOWN_COLUMNS : KPI_COLUMNS);
      for (KpiResult k : report.scorecard().kpis()) {
        if (breakdown) {
          for (BreakdownRow b : k.breakdown()) {
            p.printRecord(
                text(k.kpi().id()),
                k.period(),
                b.dimension(),
                text(b.code()),
                text(b.label()),
                b.suppressed() ? "c" : num(b.value()),
                b.suppressed() ? "c" : num(b.numerator()),
                b.suppressed() ? "c" : num(b.denominator()),
                b.suppressed(),
                b.suppressed() || b.quintile() == null ? "" : b.quintile().toString());
          }
        } else {
          p.printRecord(kpiRow(k, report.notes(k)));
        }
      }
    }
  }

  private static List<Object> kpiRow(KpiResult k, List<String> notes) {
    List<Object> r = new ArrayList<>();
    r.add(text(k.kpi().id()));
    r.add(text(k.kpi().title()));
    r.add(text(k.kpi().theme()));
    r.add(k.kpi().measure());
    r.add(k.kpi().unit().id());
    r.add(k.kpi().polarity().id());
    r.add(k.period());
    r.add(num(k.value()));
    r.add(num(k.numerator()));
    r.add(num(k.denominator()));
    r.add(k.target().rule());
    r.add(num(k.target().value()));
    r.add(num(k.target().threshold()));
    r.add(k.target().deadline() == null ? "" : k.target().deadline());
    r.add(text(k.target().text()));
    r.add(k.status().name());
    r.add(k.status().rag().name());
    r.add(k.previous() == null ? "" : k.previous().period());
    r.add(k.previous() == null ? "" : num(k.previous().value()));
    r.add(num(k.change()));
    r.add(k.direction().name());
    r.add(num(k.noChangeBand()));
    r.add(
        text(
            String.join(
                "; ",
                k.comparators().stream()
                    .map(
                        c ->
                            c.name()
                                + " "
                                + c.period()
                                + "="
                                + (c.value() != null
                                    ? plain(c.value())
                                    : ScorecardGrid.symbol(c.symbol())))
                    .toList())));
    // "6 of 28", not "6/28", which spreadsheets read as a date.
    r.add(k.ranking() == null ? "" : k.ranking().rank() + " of " + k.ranking().of());
    r.add(text(String.join("; ", notes)));
    kpi.core.stats.Interval ci = k.ci();
    kpi.core.stats.Interval ci998 = k.interval(kpi.core.stats.Level.P99_8);
    r.add(ci == null ? "" : ci.method());
    r.add(ci == null ? "" : num(ci.lower()));
    r.add(ci == null ? "" : num(ci.upper()));
    r.add(ci998 == null ? "" : num(ci998.lower()));
    r.add(ci998 == null ? "" : num(ci998.upper()));
    r.add(
        text(
            String.join(
                "; ",
                k.significance().stream()
                    .map(s -> s.against() + " " + s.level().label() + "%=" + s.result().name())
                    .toList())));
    r.add(k.quintile() == null ? "" : k.quintile().value() + "/5");
    r.add(k.trend() == null ? "" : k.trend().result().name());
    r.add(k.trend() == null ? "" : num(k.trend().chi2()));
    r.add(
        text(
            String.join(
                "; ",
                k.history().stream()
                    .map(
                        h ->
                            h.period()
                                + "="
                                + num(h.value())
                                + (h.status() == null ? "" : " " + h.status().name()))
                    .toList())));
    return r;
  }

  /** A number inside text without floating-point noise (63.68, not 63.67999999999999). */
  private static String plain(double d) {
    return java.math.BigDecimal.valueOf(d)
        .round(new java.math.MathContext(12))
        .stripTrailingZeros()
        .toPlainString();
  }

  private static String num(Double d) {
    return d == null ? "" : Double.toString(d);
  }

  private static String text(String s) {
    return CellSafety.text(s);
  }
}
