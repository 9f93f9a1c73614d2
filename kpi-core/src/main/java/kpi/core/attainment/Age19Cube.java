package kpi.core.attainment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** The age-19 cohort counted by cohort year, district, FSM and outcomes. */
public final class Age19Cube {
  /** One cell. Level flags are null when not given. */
  public record Cell(
      int year,
      String district,
      Boolean fsm,
      boolean emAt16,
      boolean emBy19,
      Boolean level2,
      Boolean level3) {}

  private final Map<Cell, long[]> cells = new LinkedHashMap<>();

  private void add(Age19Result r) {
    add(
        new Cell(
            r.cohortYear().startYear(),
            r.district(),
            r.fsm(),
            r.emPassAt16(),
            r.emPassBy19(),
            r.level2By19(),
            r.level3By19()),
        1);
  }

  private void add(Cell cell, long n) {
    cells.computeIfAbsent(cell, c -> new long[1])[0] += n;
  }

  public void forEach(BiConsumer<Cell, Long> visitor) {
    cells.forEach((c, n) -> visitor.accept(c, n[0]));
  }

  public boolean isEmpty() {
    return cells.isEmpty();
  }

  private Age19Cube() {}

  /** A builder to fill a cube; {@link Builder#build()} publishes it. */
  public static Builder builder() {
    return new Builder();
  }

  /** A cube with nothing in it. */
  public static Age19Cube empty() {
    return builder().build();
  }

  /**
   * Fills a {@link Age19Cube}: the only way to add to one. Not thread-safe. After {@link #build()}
   * the builder takes nothing more, so a published cube never changes (measures read it from
   * several threads at once).
   */
  public static final class Builder {
    private final Age19Cube cube = new Age19Cube();
    private boolean built;

    private Builder() {}

    public Builder add(Age19Result r) {
      open().add(r);
      return this;
    }

    public Builder add(Cell cell, long n) {
      open().add(cell, n);
      return this;
    }

    /** The filled cube (the same one on every call); the builder takes no more records. */
    public Age19Cube build() {
      if (!built) {
        built = true;
      }
      return cube;
    }

    private Age19Cube open() {
      if (built) {
        throw new IllegalStateException("this Age19Cube is built; use a new builder");
      }
      return cube;
    }
  }
}
