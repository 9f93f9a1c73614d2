package kpi.core.neet;

import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
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

  /** Cells grouped by month: most questions are about one snapshot, so they scan only its cells. */
  private final Map<YearMonth, Map<Cell, long[]>> byMonth = new LinkedHashMap<>();
  private final NavigableSet<YearMonth> months = new TreeSet<>();
  private long records;
  private int cells;

  /** Adds one record. */
  public void add(NeetRecord r) {
    add(new Cell(r.snapshot(), r.academicAge(), r.district(), r.send(), r.lookedAfter(),
        r.careLeaver(), r.gender(), r.activityCode()), 1);
  }

  /** Adds {@code n} records with the same cell. */
  public void add(Cell cell, long n) {
    long[] count = byMonth.computeIfAbsent(cell.month(), m -> new LinkedHashMap<>()).get(cell);
    if (count == null) {
      count = new long[1];
      byMonth.get(cell.month()).put(cell, count);
      cells++;
    }
    count[0] += n;
    months.add(cell.month());
    records += n;
  }

  /** Adds every cell of another cube to this one. */
  public void merge(NeetCube other) {
    other.forEach(this::add);
  }

  /** Visits every cell with its count. */
  public void forEach(BiConsumer<Cell, Long> visitor) {
    byMonth.values().forEach(m -> m.forEach((cell, n) -> visitor.accept(cell, n[0])));
  }

  /** Visits the cells of one snapshot month. */
  public void forEachInMonth(YearMonth month, BiConsumer<Cell, Long> visitor) {
    Map<Cell, long[]> m = byMonth.get(month);
    if (m != null) {
      m.forEach((cell, n) -> visitor.accept(cell, n[0]));
    }
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
    return cells;
  }
}
