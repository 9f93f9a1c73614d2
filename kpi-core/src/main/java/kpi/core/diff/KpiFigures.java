package kpi.core.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kpi.core.engine.KpiResult;
import kpi.core.engine.KpiResult.BreakdownRow;

/**
 * The figures of one KPI that a diff compares, taken from a computed scorecard or read back from a
 * scorecard JSON. Immutable.
 *
 * @param unit the catalog's unit id ({@code percent}, {@code count}, ...)
 * @param status a status name ({@code ACHIEVING}, ...)
 * @param direction a direction name ({@code IMPROVING}, ...)
 * @param rank the authority's rank among its peers, or null
 * @param quintile the quintile among local authorities, or null when the scorecard has none
 * @param cells the breakdown cells, in the scorecard's order
 */
public record KpiFigures(
    String id,
    String title,
    String unit,
    Double value,
    Double numerator,
    Double denominator,
    String status,
    String direction,
    Integer rank,
    Integer quintile,
    List<Cell> cells) {

  public KpiFigures {
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    unit = unit == null ? "" : unit;
    cells = List.copyOf(cells);
  }

  /** One breakdown cell (a district, usually). */
  public record Cell(
      String dimension, String code, String label, Double value, boolean suppressed) {}

  /** True when the KPI's values are percentages (so changes are in percentage points). */
  public boolean percent() {
    return "percent".equals(unit);
  }

  /** The figures of a computed KPI. */
  public static KpiFigures of(KpiResult r) {
    List<Cell> cells = new ArrayList<>();
    for (BreakdownRow b : r.breakdown()) {
      cells.add(new Cell(b.dimension(), b.code(), b.label(), b.value(), b.suppressed()));
    }
    return new KpiFigures(
        r.kpi().id(),
        r.kpi().title(),
        r.kpi().unit().id(),
        r.value(),
        r.numerator(),
        r.denominator(),
        r.status().name(),
        r.direction().name(),
        r.ranking() == null ? null : r.ranking().rank(),
        r.quintile() == null ? null : r.quintile().value(),
        cells);
  }
}
