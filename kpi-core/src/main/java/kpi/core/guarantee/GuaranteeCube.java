package kpi.core.guarantee;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import kpi.core.neet.Send;

/** The September Guarantee cohort counted by year, year group, district, SEND and offer code. */
public final class GuaranteeCube {
  /** One cell. */
  public record Cell(int year, int yearGroup, String district, Send send, String offerCode) {}

  private final Map<Cell, long[]> cells = new LinkedHashMap<>();

  private void add(GuaranteeRecord r) {
    add(new Cell(r.year().startYear(), r.yearGroup(), r.district(), r.send(), r.offerCode()), 1);
  }

  private void add(Cell cell, long n) {
    cells.computeIfAbsent(cell, c -> new long[1])[0] += n;
  }

  public void forEach(BiConsumer<Cell, Long> visitor) {
    cells.forEach((c, n) -> visitor.accept(c, n[0]));
  }

  /** The start years of the academic years present, oldest first. */
  @SuppressWarnings("NonApiType") // sorted is the contract: callers take first() and last()
  public TreeSet<Integer> years() {
    TreeSet<Integer> out = new TreeSet<>();
    cells.keySet().forEach(c -> out.add(c.year()));
    return out;
  }

  public boolean isEmpty() {
    return cells.isEmpty();
  }

  private GuaranteeCube() {}

  /** A builder to fill a cube; {@link Builder#build()} publishes it. */
  public static Builder builder() {
    return new Builder();
  }

  /** A cube with nothing in it. */
  public static GuaranteeCube empty() {
    return builder().build();
  }

  /**
   * Fills a {@link GuaranteeCube}: the only way to add to one. Not thread-safe. After {@link
   * #build()} the builder takes nothing more, so a published cube never changes (measures read it
   * from several threads at once).
   */
  public static final class Builder {
    private final GuaranteeCube cube = new GuaranteeCube();
    private boolean built;

    private Builder() {}

    public Builder add(GuaranteeRecord r) {
      open().add(r);
      return this;
    }

    public Builder add(Cell cell, long n) {
      open().add(cell, n);
      return this;
    }

    /** The filled cube (the same one on every call); the builder takes no more records. */
    public GuaranteeCube build() {
      if (!built) {
        built = true;
      }
      return cube;
    }

    private GuaranteeCube open() {
      if (built) {
        throw new IllegalStateException("this GuaranteeCube is built; use a new builder");
      }
      return cube;
    }
  }
}
