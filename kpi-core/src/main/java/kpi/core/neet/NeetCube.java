package kpi.core.neet;

import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Counts of neet-tracking records by every dimension the NEET measures use. Records stream in
 * through a {@link Builder} ({@link Builder#add(NeetRecord)}); memory grows with the number of
 * distinct cells (months x ages x districts x codes x characteristics), never with the number of
 * rows. A builder is not thread-safe; {@link Builder#merge(NeetCube)} combines cubes filled in
 * parallel. A built cube is immutable.
 */
public final class NeetCube {

  /**
   * One cell of the cube. {@code lookedAfter}, {@code careLeaver} and {@code vulnerableGroup} are
   * null when unknown.
   */
  public record Cell(
      YearMonth month,
      int academicAge,
      String district,
      Send send,
      Boolean lookedAfter,
      Boolean careLeaver,
      Boolean vulnerableGroup,
      String gender,
      int activityCode) {

    /** A cell without the vulnerable-group characteristic (unknown). */
    public Cell(
        YearMonth month,
        int academicAge,
        String district,
        Send send,
        Boolean lookedAfter,
        Boolean careLeaver,
        String gender,
        int activityCode) {
      this(month, academicAge, district, send, lookedAfter, careLeaver, null, gender, activityCode);
    }
  }

  /** Cells grouped by month: most questions are about one snapshot, so they scan only its cells. */
  private final Map<YearMonth, Map<Cell, long[]>> byMonth = new LinkedHashMap<>();

  private final NavigableSet<YearMonth> months = new TreeSet<>();

  /** Young people who left the cohort, by the month they left and NCCIS cohort status. */
  private final Map<YearMonth, Map<String, long[]>> leavers = new TreeMap<>();

  private long records;
  private int cells;
  private YearMonth lastMonth;
  private Map<Cell, long[]> lastCells;

  /** Adds one record. */
  private void add(NeetRecord r) {
    add(cellOf(r), 1);
  }

  /** The cell a record counts in. */
  public static Cell cellOf(NeetRecord r) {
    return new Cell(
        r.snapshot(),
        r.academicAge(),
        r.district(),
        r.send(),
        r.lookedAfter(),
        r.careLeaver(),
        r.vulnerableGroup(),
        r.gender(),
        r.activityCode());
  }

  /**
   * Notes a young person leaving the cohort in a month (NCCIS cohort status A, T, E, M, D or L).
   * Leavers are in no count from that month on; they are kept only as a number per month for {@code
   * explain}.
   */
  private void addLeaver(YearMonth month, String cohortStatus) {
    leavers.computeIfAbsent(month, m -> new TreeMap<>())
        .computeIfAbsent(cohortStatus, s -> new long[1])[0]++;
    months.add(month);
  }

  /** Leavers in one month by cohort status, in status order (empty when none). */
  public Map<String, Long> leavers(YearMonth month) {
    Map<String, Long> out = new TreeMap<>();
    Map<String, long[]> m = leavers.get(month);
    if (m != null) {
      m.forEach((status, n) -> out.put(status, n[0]));
    }
    return out;
  }

  /** Adds {@code n} records with the same cell. */
  private void add(Cell cell, long n) {
    Map<Cell, long[]> monthCells = cellsOf(cell.month());
    long[] count = monthCells.get(cell);
    if (count == null) {
      count = new long[1];
      monthCells.put(cell, count);
      cells++;
    }
    count[0] += n;
    if (count[0] == 0) {
      // A record taken back (an activity superseded by a later one of the same month).
      monthCells.remove(cell);
      cells--;
    }
    records += n;
  }

  /** The cells of a month, made on first use; rows come month by month, so the last is kept. */
  private Map<Cell, long[]> cellsOf(YearMonth month) {
    if (!month.equals(lastMonth)) {
      lastCells = byMonth.computeIfAbsent(month, m -> new LinkedHashMap<>());
      lastMonth = month;
      months.add(month);
    }
    return lastCells;
  }

  /** Adds every cell of another cube to this one. */
  private void merge(NeetCube other) {
    other.forEach(this::add);
    other.leavers.forEach(
        (month, byStatus) ->
            byStatus.forEach(
                (status, n) -> {
                  leavers.computeIfAbsent(month, m -> new TreeMap<>())
                          .computeIfAbsent(status, x -> new long[1])[0] +=
                      n[0];
                  months.add(month);
                }));
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

  private NeetCube() {}

  /** A builder to fill a cube; {@link Builder#build()} publishes it. */
  public static Builder builder() {
    return new Builder();
  }

  /** A cube with nothing in it. */
  public static NeetCube empty() {
    return builder().build();
  }

  /**
   * Fills a {@link NeetCube}: the only way to add to one. Not thread-safe. After {@link #build()}
   * the builder takes nothing more, so a published cube never changes (measures read it from
   * several threads at once).
   */
  public static final class Builder {
    private final NeetCube cube = new NeetCube();
    private boolean built;

    private Builder() {}

    public Builder add(NeetRecord r) {
      open().add(r);
      return this;
    }

    public Builder addLeaver(YearMonth month, String cohortStatus) {
      open().addLeaver(month, cohortStatus);
      return this;
    }

    public Builder add(Cell cell, long n) {
      open().add(cell, n);
      return this;
    }

    public Builder merge(NeetCube other) {
      open().merge(other);
      return this;
    }

    /** The filled cube (the same one on every call); the builder takes no more records. */
    public NeetCube build() {
      if (!built) {
        built = true;
      }
      return cube;
    }

    private NeetCube open() {
      if (built) {
        throw new IllegalStateException("this NeetCube is built; use a new builder");
      }
      return cube;
    }
  }
}
