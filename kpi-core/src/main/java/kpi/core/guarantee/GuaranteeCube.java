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

  public void add(GuaranteeRecord r) {
    add(new Cell(r.year().startYear(), r.yearGroup(), r.district(), r.send(), r.offerCode()), 1);
  }

  public void add(Cell cell, long n) {
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
}
