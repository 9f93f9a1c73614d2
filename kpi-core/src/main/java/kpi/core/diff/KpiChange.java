package kpi.core.diff;

import java.util.List;
import java.util.Objects;

/**
 * One KPI before and after. Immutable.
 *
 * @param before the old figures, null when the KPI was not on the old scorecard
 * @param after the new figures, null when the KPI is not on the new scorecard
 * @param change after minus before, null unless both have a value
 * @param restated the value differs (including a value that appeared or disappeared)
 * @param cells breakdown cells that became suppressed or unsuppressed, in the new order
 */
public record KpiChange(
    String id,
    KpiFigures before,
    KpiFigures after,
    Double change,
    boolean restated,
    boolean statusChanged,
    boolean directionChanged,
    boolean rankChanged,
    boolean quintileChanged,
    boolean countsChanged,
    List<CellChange> cells) {

  public KpiChange {
    Objects.requireNonNull(id, "id");
    if (before == null && after == null) {
      throw new IllegalArgumentException("a KPI change needs a before or an after: " + id);
    }
    cells = List.copyOf(cells);
  }

  /** Compares one KPI's figures; either side may be null (the KPI is only on one scorecard). */
  public static KpiChange between(KpiFigures before, KpiFigures after) {
    String id = before != null ? before.id() : after.id();
    if (before == null || after == null) {
      return new KpiChange(id, before, after, null, true, true, true, true, true, true, List.of());
    }
    Double change =
        before.value() != null && after.value() != null ? after.value() - before.value() : null;
    boolean restated = !Objects.equals(before.value(), after.value());
    boolean counts =
        !Objects.equals(before.numerator(), after.numerator())
            || !Objects.equals(before.denominator(), after.denominator());
    return new KpiChange(
        id,
        before,
        after,
        change,
        restated,
        !Objects.equals(before.status(), after.status()),
        !Objects.equals(before.direction(), after.direction()),
        !Objects.equals(before.rank(), after.rank()),
        !Objects.equals(before.quintile(), after.quintile()),
        counts,
        cellChanges(before.cells(), after.cells()));
  }

  private static List<CellChange> cellChanges(
      List<KpiFigures.Cell> before, List<KpiFigures.Cell> after) {
    java.util.Map<String, KpiFigures.Cell> old = new java.util.HashMap<>();
    for (KpiFigures.Cell c : before) {
      old.put(c.dimension() + "\u0000" + c.code(), c);
    }
    List<CellChange> out = new java.util.ArrayList<>();
    for (KpiFigures.Cell c : after) {
      KpiFigures.Cell was = old.get(c.dimension() + "\u0000" + c.code());
      if (was == null || was.suppressed() == c.suppressed()) {
        continue;
      }
      out.add(
          c.suppressed()
              ? new CellChange.Suppressed(c.dimension(), c.code(), c.label())
              : new CellChange.Unsuppressed(c.dimension(), c.code(), c.label()));
    }
    return out;
  }

  /** True when anything the diff reports about this KPI differs. */
  public boolean changed() {
    return restated
        || statusChanged
        || directionChanged
        || rankChanged
        || quintileChanged
        || countsChanged
        || !cells.isEmpty();
  }

  /** The KPI's title, from whichever side has it. */
  public String title() {
    return after != null ? after.title() : before.title();
  }

  /** True when the KPI's values are percentages. */
  public boolean percent() {
    return after != null ? after.percent() : before.percent();
  }
}
