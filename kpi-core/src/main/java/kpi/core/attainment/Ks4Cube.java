package kpi.core.attainment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * KS4 results aggregated by year, district, school type, FSM, disadvantage, SEND and the two
 * grades, with the sums and counts the means need. Memory grows with cells, not pupils.
 */
public final class Ks4Cube {
  /** One cell. Grades are null when the pupil has none. */
  public record Cell(
      int year,
      String district,
      String schoolType,
      Boolean fsm,
      Boolean disadvantaged,
      String send,
      Grade english,
      Grade maths) {}

  /** What a cell holds: pupils, and Attainment 8 and Progress 8 sums over pupils with values. */
  public static final class Sums {
    long pupils;
    double a8Sum;
    long a8Count;
    double p8Sum;
    long p8Count;

    public long pupils() {
      return pupils;
    }

    public double a8Sum() {
      return a8Sum;
    }

    public long a8Count() {
      return a8Count;
    }

    public double p8Sum() {
      return p8Sum;
    }

    public long p8Count() {
      return p8Count;
    }
  }

  /** In first-seen order, so sums of scores add up in the same order on every run. */
  private final Map<Cell, Sums> cells = new LinkedHashMap<>();

  private void add(Ks4Result r) {
    Sums s =
        cells.computeIfAbsent(
            new Cell(
                r.year().startYear(),
                r.district(),
                r.schoolType(),
                r.fsm(),
                r.disadvantaged(),
                r.send(),
                r.english(),
                r.maths()),
            c -> new Sums());
    s.pupils++;
    if (r.attainment8() != null) {
      s.a8Sum += r.attainment8();
      s.a8Count++;
    }
    if (r.progress8() != null) {
      s.p8Sum += r.progress8();
      s.p8Count++;
    }
  }

  /** Adds pupils already aggregated (published counts, tests). */
  private void add(Cell cell, long pupils, double a8Sum, long a8Count, double p8Sum, long p8Count) {
    Sums s = cells.computeIfAbsent(cell, c -> new Sums());
    s.pupils += pupils;
    s.a8Sum += a8Sum;
    s.a8Count += a8Count;
    s.p8Sum += p8Sum;
    s.p8Count += p8Count;
  }

  public void forEach(BiConsumer<Cell, Sums> visitor) {
    cells.forEach(visitor);
  }

  public boolean isEmpty() {
    return cells.isEmpty();
  }

  private Ks4Cube() {}

  /** A builder to fill a cube; {@link Builder#build()} publishes it. */
  public static Builder builder() {
    return new Builder();
  }

  /** A cube with nothing in it. */
  public static Ks4Cube empty() {
    return builder().build();
  }

  /**
   * Fills a {@link Ks4Cube}: the only way to add to one. Not thread-safe. After {@link #build()}
   * the builder takes nothing more, so a published cube never changes (measures read it from
   * several threads at once).
   */
  public static final class Builder {
    private final Ks4Cube cube = new Ks4Cube();
    private boolean built;

    private Builder() {}

    public Builder add(Ks4Result r) {
      open().add(r);
      return this;
    }

    public Builder add(
        Cell cell, long pupils, double a8Sum, long a8Count, double p8Sum, long p8Count) {
      open().add(cell, pupils, a8Sum, a8Count, p8Sum, p8Count);
      return this;
    }

    /** The filled cube (the same one on every call); the builder takes no more records. */
    public Ks4Cube build() {
      if (!built) {
        built = true;
      }
      return cube;
    }

    private Ks4Cube open() {
      if (built) {
        throw new IllegalStateException("this Ks4Cube is built; use a new builder");
      }
      return cube;
    }
  }
}
