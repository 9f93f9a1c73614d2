package kpi.core.neet;

import java.time.YearMonth;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Counts of neet-tracking records by every dimension the NEET measures use. Records stream in
 * through {@link #add(NeetRecord)}; memory grows with the number of distinct cells (months x
 * ages x districts x codes x characteristics), never with the number of rows. Not thread-safe
 * while it is being filled; {@link #merge(NeetCube)} combines cubes filled in parallel.
 */
public final class NeetCube {

  /**
   * One cell of the cube. {@code lookedAfter} and {@code careLeaver} are null when unknown.
   */
  public record Cell(
      YearMonth month,
      int academicAge,
      String district,
      Send send,
      Boolean lookedAfter,
      Boolean careLeaver,
      String gender,
      int activityCode) {}

  private final Map<Cell, long[]> counts = new HashMap<>();
  private final NavigableSet<YearMonth> months = new TreeSet<>();
  private long records;

  /** Adds one record. */
  public void add(NeetRecord r) {
    add(new Cell(r.snapshot(), r.academicAge(), r.district(), r.send(), r.lookedAfter(),
        r.careLeaver(), r.gender(), r.activityCode()), 1);
  }

  /** Adds {@code n} records with the same cell. */
  public void add(Cell cell, long n) {
    counts.computeIfAbsent(cell, c -> new long[1])[0] += n;
    months.add(cell.month());
    records += n;
  }

  /** Adds every cell of another cube to this one. */
  public void merge(NeetCube other) {
    other.counts.forEach((cell, n) -> add(cell, n[0]));
  }

  /** Visits every cell with its count. */
  public void forEach(BiConsumer<Cell, Long> visitor) {
    counts.forEach((cell, n) -> visitor.accept(cell, n[0]));
  }

  /** The snapshot months present in the data, whatever their content. */
  public NavigableSet<YearMonth> months() {
    return Collections.unmodifiableNavigableSet(months);
  }

  public boolean hasMonth(YearMonth month) {
    return months.contains(month);
  }

  public long records() {
    return records;
  }

  public int cells() {
    return counts.size();
  }
}
