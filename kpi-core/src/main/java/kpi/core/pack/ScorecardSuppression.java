package kpi.core.pack;

import java.util.ArrayList;
import java.util.List;
import kpi.core.catalog.KpiDefinition;
import kpi.core.engine.KpiResult;
import kpi.core.engine.KpiResult.BreakdownRow;
import kpi.core.engine.Scorecard;
import kpi.core.period.Period;
import kpi.core.status.Direction;
import kpi.core.status.Status;
import kpi.core.suppression.DisclosurePlan;

/**
 * A scorecard under the publication's suppression plan ({@code scorecard --suppress}): a breakdown
 * row the plan hides loses its value, numerator and denominator; a hidden headline value loses them
 * too, with its change, status, direction, rank and trend (no status is worked out from a hidden
 * value), and says so in its notes.
 */
public final class ScorecardSuppression {
  private ScorecardSuppression() {}

  public static Scorecard apply(Scorecard scorecard, Publication.Planned planned) {
    List<KpiResult> out = new ArrayList<>();
    for (KpiResult k : scorecard.kpis()) {
      out.add(apply(k, planned));
    }
    return new Scorecard(scorecard.catalog(), scorecard.period(), out);
  }

  private static KpiResult apply(KpiResult k, Publication.Planned planned) {
    KpiDefinition def = k.kpi();
    Period period = Period.parse(k.period()).orElse(null);
    List<BreakdownRow> rows = new ArrayList<>();
    for (BreakdownRow b : k.breakdown()) {
      boolean hide =
          b.suppressed()
              || (b.value() != null
                  && hidden(
                      planned,
                      planned
                          .figures()
                          .kpiFigure(def, period, def.filter().and(b.dimension(), b.code()))));
      rows.add(
          hide ? new BreakdownRow(b.dimension(), b.code(), b.label(), null, null, null, true) : b);
    }
    boolean headline =
        k.value() != null
            && hidden(planned, planned.figures().kpiFigure(def, period, def.filter()));
    boolean prior =
        k.previous() != null
            && "data".equals(k.previous().source())
            && hidden(
                planned,
                planned
                    .figures()
                    .kpiFigure(
                        def, Period.parse(k.previous().period()).orElse(null), def.filter()));
    if (!headline && !prior) {
      return new KpiResult(
          def,
          k.period(),
          k.value(),
          k.numerator(),
          k.denominator(),
          k.target(),
          k.status(),
          k.previous(),
          k.change(),
          k.noChangeBand(),
          k.direction(),
          k.comparators(),
          rows,
          k.notes(),
          k.workings(),
          k.ranking(),
          k.trend(),
          k.intervals(),
          k.significance(),
          k.quintile(),
          k.history());
    }
    List<String> notes = new ArrayList<>(k.notes());
    notes.add(
        headline
            ? "not shown: small numbers"
            : "direction not shown: small numbers in " + k.previous().period());
    return new KpiResult(
        def,
        k.period(),
        headline ? null : k.value(),
        headline ? null : k.numerator(),
        headline ? null : k.denominator(),
        k.target(),
        headline ? Status.NO_DATA : k.status(),
        prior ? null : k.previous(),
        null,
        k.noChangeBand(),
        Direction.NOT_COMPARABLE,
        k.comparators(),
        rows,
        notes,
        headline ? List.of() : k.workings(),
        headline ? null : k.ranking(),
        headline ? null : k.trend(),
        headline ? List.of() : k.intervals(),
        headline ? List.of() : k.significance(),
        headline ? null : k.quintile(),
        headline ? List.of() : k.history());
  }

  /**
   * Whether the plan hides a figure. A figure outside the plan (a month or quarter the packs never
   * show) is hidden when any count it reveals is small.
   */
  private static boolean hidden(Publication.Planned planned, String figure) {
    if (figure == null) {
      return false;
    }
    DisclosurePlan plan = planned.plan();
    if (plan.figures().containsKey(figure)) {
      return plan.hidden(figure);
    }
    return true;
  }
}
