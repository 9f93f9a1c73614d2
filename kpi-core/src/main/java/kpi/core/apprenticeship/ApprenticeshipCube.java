package kpi.core.apprenticeship;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Counts of apprenticeship starts by every dimension the measures use, down to the start date and
 * employer (windows are set to the day; champions and "employers with starts" need the employer).
 * Starts stream in through {@link #add}; memory grows with the number of distinct cells, not with
 * rows. Not thread-safe while filled.
 */
public final class ApprenticeshipCube {

  /** One cell: a start's dimensions without the learner. */
  public record Cell(
      LocalDate startDate,
      String district,
      AgeBand ageBand,
      int level,
      String employerId,
      String employerType,
      String sector,
      StartStatus status,
      Boolean careLeaver,
      Boolean lookedAfter,
      Boolean assisted,
      Boolean troubledFamily,
      kpi.core.neet.Send send,
      String programme,
      LocalDate outcomeDate) {

    public LevelBand levelBand() {
      return LevelBand.of(level);
    }
  }

  /** Cells by start date, so a window's measure reads only the days inside it. */
  private final java.util.NavigableMap<LocalDate, Map<Cell, long[]>> byDate =
      new java.util.TreeMap<>();

  private long starts;
  private long plannedEnds;
  private LocalDate first;
  private LocalDate last;

  private void add(ApprenticeshipStart s) {
    Cell c =
        new Cell(
            s.startDate(),
            s.district(),
            s.ageBand(),
            s.level(),
            s.employerId(),
            s.employerType(),
            s.sector(),
            s.status(),
            s.careLeaver(),
            s.lookedAfter(),
            s.assisted(),
            s.troubledFamily(),
            s.send(),
            s.programme(),
            s.outcomeDate());
    if (s.plannedEndDate() != null) {
      plannedEnds++;
    }
    byDate.computeIfAbsent(c.startDate(), d -> new LinkedHashMap<>())
        .computeIfAbsent(c, k -> new long[1])[0]++;
    starts++;
    first = first == null || s.startDate().isBefore(first) ? s.startDate() : first;
    last = last == null || s.startDate().isAfter(last) ? s.startDate() : last;
  }

  public void forEach(BiConsumer<Cell, Long> visitor) {
    byDate.values().forEach(m -> m.forEach((c, n) -> visitor.accept(c, n[0])));
  }

  /** Visits the cells of starts from {@code from} to {@code to}, both included. */
  public void forEachBetween(LocalDate from, LocalDate to, BiConsumer<Cell, Long> visitor) {
    if (from.isAfter(to)) {
      return;
    }
    byDate
        .subMap(from, true, to, true)
        .values()
        .forEach(m -> m.forEach((c, n) -> visitor.accept(c, n[0])));
  }

  public long starts() {
    return starts;
  }

  /** How many starts carried a planned end date. */
  public long plannedEnds() {
    return plannedEnds;
  }

  /** The earliest start date, null when empty. */
  public LocalDate first() {
    return first;
  }

  /** The latest start date, null when empty. */
  public LocalDate last() {
    return last;
  }

  private ApprenticeshipCube() {}

  /** A builder to fill a cube; {@link Builder#build()} publishes it. */
  public static Builder builder() {
    return new Builder();
  }

  /** A cube with nothing in it. */
  public static ApprenticeshipCube empty() {
    return builder().build();
  }

  /**
   * Fills a {@link ApprenticeshipCube}: the only way to add to one. Not thread-safe. After {@link
   * #build()} the builder takes nothing more, so a published cube never changes (measures read it
   * from several threads at once).
   */
  public static final class Builder {
    private final ApprenticeshipCube cube = new ApprenticeshipCube();
    private boolean built;

    private Builder() {}

    public Builder add(ApprenticeshipStart s) {
      open().add(s);
      return this;
    }

    /** The filled cube (the same one on every call); the builder takes no more records. */
    public ApprenticeshipCube build() {
      if (!built) {
        built = true;
      }
      return cube;
    }

    private ApprenticeshipCube open() {
      if (built) {
        throw new IllegalStateException("this ApprenticeshipCube is built; use a new builder");
      }
      return cube;
    }
  }
}
