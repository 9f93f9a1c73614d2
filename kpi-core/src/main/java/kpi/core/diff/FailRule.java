package kpi.core.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kpi.core.InvalidRequestException;

/**
 * A {@code --fail-on} rule: a condition on a diff that makes it fail (exit 1). Each rule lists the
 * breaches it found; none means it passed.
 */
public sealed interface FailRule
    permits FailRule.StatusChange, FailRule.Restated, FailRule.NewlyRejected, FailRule.RowsRemoved {

  /** The rule as the user writes it ({@code restated>0.1pp}). */
  String text();

  /** What breaks the rule in this diff, in report order; empty when it holds. */
  List<Breach> check(Diff diff);

  /**
   * One thing that broke a rule.
   *
   * @param subject a KPI id or a file name
   * @param file the file concerned, or null for a KPI
   */
  record Breach(String subject, String file, String message) {}

  /** Any KPI whose status differs. */
  record StatusChange() implements FailRule {
    @Override
    public String text() {
      return "status-change";
    }

    @Override
    public List<Breach> check(Diff diff) {
      List<Breach> out = new ArrayList<>();
      for (KpiChange k : diff.kpis()) {
        if (k.statusChanged()) {
          out.add(
              new Breach(
                  k.id(),
                  null,
                  k.id() + " status " + status(k.before()) + " -> " + status(k.after())));
        }
      }
      return out;
    }

    private static String status(KpiFigures f) {
      return f == null ? "absent" : f.status();
    }
  }

  /**
   * Any KPI value that moved by more than {@code amount}: percentage points ({@code pp}, only KPIs
   * measured in percent) or percent of the old value ({@code %}, every KPI). A value that appeared
   * or disappeared always counts.
   */
  record Restated(BigDecimal amount, boolean relative) implements FailRule {
    public Restated {
      if (amount.signum() < 0) {
        throw new InvalidRequestException("restated amount must not be negative: " + amount);
      }
    }

    @Override
    public String text() {
      return "restated>" + amount.toPlainString() + (relative ? "%" : "pp");
    }

    @Override
    public List<Breach> check(Diff diff) {
      List<Breach> out = new ArrayList<>();
      for (KpiChange k : diff.kpis()) {
        if (!k.restated() || (!relative && !k.percent())) {
          continue;
        }
        Double before = k.before() == null ? null : k.before().value();
        Double after = k.after() == null ? null : k.after().value();
        if (before == null || after == null) {
          out.add(
              new Breach(k.id(), null, k.id() + " value " + plain(before) + " -> " + plain(after)));
          continue;
        }
        BigDecimal moved = BigDecimal.valueOf(after).subtract(BigDecimal.valueOf(before)).abs();
        if (relative) {
          if (before == 0.0
              || moved
                      .multiply(BigDecimal.valueOf(100))
                      .compareTo(amount.multiply(BigDecimal.valueOf(before).abs()))
                  > 0) {
            out.add(
                new Breach(
                    k.id(),
                    null,
                    k.id()
                        + " value "
                        + plain(before)
                        + " -> "
                        + plain(after)
                        + (before == 0.0 ? "" : " (" + relativeText(moved, before) + "%)")));
          }
        } else if (moved.compareTo(amount) > 0) {
          out.add(
              new Breach(
                  k.id(),
                  null,
                  k.id()
                      + " value "
                      + plain(before)
                      + " -> "
                      + plain(after)
                      + " ("
                      + moved.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
                      + " pp)"));
        }
      }
      return out;
    }

    /** A value for a message: 2 decimal places, half-up; {@code none} for no value. */
    private static String plain(Double d) {
      if (d == null) {
        return "none";
      }
      BigDecimal b = BigDecimal.valueOf(d).setScale(2, java.math.RoundingMode.HALF_UP);
      return b.signum() == 0 ? "0" : b.stripTrailingZeros().toPlainString();
    }

    private static String relativeText(BigDecimal moved, double before) {
      return moved
          .multiply(BigDecimal.valueOf(100))
          .divide(BigDecimal.valueOf(before).abs(), 2, java.math.RoundingMode.HALF_UP)
          .toPlainString();
    }
  }

  /** More than {@code limit} rows rejected now that were not rejected before, across the drop. */
  record NewlyRejected(long limit) implements FailRule {
    public NewlyRejected {
      if (limit < 0) {
        throw new InvalidRequestException("newly-rejected limit must not be negative: " + limit);
      }
    }

    @Override
    public String text() {
      return "newly-rejected>" + limit;
    }

    @Override
    public List<Breach> check(Diff diff) {
      long total = diff.files().stream().mapToLong(FileChange::newlyRejected).sum();
      List<Breach> out = new ArrayList<>();
      if (total <= limit) {
        return out;
      }
      for (FileChange f : diff.files()) {
        if (f.newlyRejected() > 0) {
          out.add(
              new Breach(
                  f.file(),
                  f.file(),
                  f.file()
                      + ": "
                      + f.newlyRejected()
                      + (f.newlyRejected() == 1 ? " row" : " rows")
                      + " newly rejected ("
                      + total
                      + " in the drop)"));
        }
      }
      return out;
    }
  }

  /**
   * A file kind that lost more than {@code percent} of its old rows (rows removed by key, over
   * every file of the kind, so a file renamed or split between drops does not count).
   */
  record RowsRemoved(BigDecimal percent) implements FailRule {
    public RowsRemoved {
      if (percent.signum() < 0) {
        throw new InvalidRequestException("rows-removed percent must not be negative: " + percent);
      }
    }

    @Override
    public String text() {
      return "rows-removed>" + percent.toPlainString() + "%";
    }

    @Override
    public List<Breach> check(Diff diff) {
      Map<String, long[]> byKind = new LinkedHashMap<>();
      for (FileChange f : diff.files()) {
        long[] c = byKind.computeIfAbsent(f.kind(), k -> new long[2]);
        c[0] += f.rowsBefore();
        c[1] += f.rowsRemoved();
      }
      List<Breach> out = new ArrayList<>();
      byKind.forEach(
          (kind, c) -> {
            if (c[1] > 0
                && BigDecimal.valueOf(c[1])
                        .multiply(BigDecimal.valueOf(100))
                        .compareTo(percent.multiply(BigDecimal.valueOf(c[0])))
                    > 0) {
              String share =
                  c[0] == 0
                      ? ""
                      : " ("
                          + BigDecimal.valueOf(c[1] * 100L)
                              .divide(BigDecimal.valueOf(c[0]), 2, java.math.RoundingMode.HALF_UP)
                              .toPlainString()
                          + "%)";
              out.add(
                  new Breach(
                      kind, null, kind + ": " + c[1] + " of " + c[0] + " rows removed" + share));
            }
          });
      return out;
    }
  }

  /**
   * Parses a rule.
   *
   * @throws InvalidRequestException naming what is wrong and the rules there are
   */
  static FailRule parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
    if (t.equals("status-change")) {
      return new StatusChange();
    }
    Matcher m = RULE.matcher(t);
    if (!m.matches()) {
      throw new InvalidRequestException(
          "not a --fail-on rule: \"" + text + "\"; rules are " + RULES);
    }
    String name = m.group(1);
    String number = m.group(2);
    String unit = m.group(3);
    BigDecimal amount = new BigDecimal(number);
    return switch (name) {
      case "restated" -> {
        if (unit.isEmpty()) {
          throw new InvalidRequestException(
              "\""
                  + text
                  + "\": say pp (percentage points) or %"
                  + " (relative), as in restated>0.1pp or restated>2%");
        }
        yield new Restated(amount, unit.equals("%"));
      }
      case "newly-rejected" -> {
        if (!unit.isEmpty() || amount.scale() > 0) {
          throw new InvalidRequestException(
              "\""
                  + text
                  + "\": newly-rejected takes a whole"
                  + " number of rows, as in newly-rejected>0");
        }
        yield new NewlyRejected(amount.longValueExact());
      }
      case "rows-removed" -> {
        if (!unit.equals("%")) {
          throw new InvalidRequestException(
              "\"" + text + "\": rows-removed takes a percentage," + " as in rows-removed>1%");
        }
        yield new RowsRemoved(amount);
      }
      default ->
          throw new InvalidRequestException(
              "not a --fail-on rule: \"" + text + "\"; rules are " + RULES);
    };
  }

  /** The rules there are, as help and errors list them. */
  String RULES = "status-change, restated>Xpp, restated>X%, newly-rejected>N, rows-removed>X%";

  /** {@code name>number unit}; the unit is checked per rule. */
  Pattern RULE =
      Pattern.compile("(restated|newly-rejected|rows-removed)>(\\d+(?:\\.\\d+)?)" + "(pp|%|)");
}
