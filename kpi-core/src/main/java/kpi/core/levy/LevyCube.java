package kpi.core.levy;

import java.time.YearMonth;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Levy statements summed by month, employer and employer type. Memory grows with employers and
 * months, not with rows.
 */
public final class LevyCube {

  /** The grouping of a sum. */
  public record Cell(YearMonth month, String employerId, String employerType) {}

  /** Amounts in pence: levy declared, funds used, transferred out, expired. */
  public record Sums(long levyDeclared, long fundsUsed, long transferredOut, long expired) {
    Sums plus(LevyStatement s) {
      return new Sums(
          levyDeclared + s.levyDeclared(),
          fundsUsed + s.fundsUsed(),
          transferredOut + s.transferredOut(),
          expired + s.expired());
    }
  }

  private final Map<Cell, Sums> cells = new HashMap<>();
  private final NavigableSet<YearMonth> months = new TreeSet<>();

  private void add(LevyStatement s) {
    cells.merge(
        new Cell(s.month(), s.employerId(), s.employerType()),
        new Sums(0, 0, 0, 0).plus(s),
        (a, b) ->
            new Sums(
                a.levyDeclared() + b.levyDeclared(),
                a.fundsUsed() + b.fundsUsed(),
                a.transferredOut() + b.transferredOut(),
                a.expired() + b.expired()));
    months.add(s.month());
  }

  public void forEach(BiConsumer<Cell, Sums> visitor) {
    cells.forEach(visitor);
  }

  /** The months with at least one statement, in order. */
  public NavigableSet<YearMonth> months() {
    return Collections.unmodifiableNavigableSet(months);
  }

  public boolean isEmpty() {
    return cells.isEmpty();
  }

  private LevyCube() {}

  /** A builder to fill a cube; {@link Builder#build()} publishes it. */
  public static Builder builder() {
    return new Builder();
  }

  /** A cube with nothing in it. */
  public static LevyCube empty() {
    return builder().build();
  }

  /**
   * Fills a {@link LevyCube}: the only way to add to one. Not thread-safe. After {@link #build()}
   * the builder takes nothing more, so a published cube never changes (measures read it from
   * several threads at once).
   */
  public static final class Builder {
    private final LevyCube cube = new LevyCube();
    private boolean built;

    private Builder() {}

    public Builder add(LevyStatement s) {
      open().add(s);
      return this;
    }

    /** The filled cube (the same one on every call); the builder takes no more records. */
    public LevyCube build() {
      built = true;
      return cube;
    }

    private LevyCube open() {
      if (built) {
        throw new IllegalStateException("this LevyCube is built; use a new builder");
      }
      return cube;
    }
  }
}
