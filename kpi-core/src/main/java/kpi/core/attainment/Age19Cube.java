package kpi.core.attainment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** The age-19 cohort counted by cohort year, district, FSM and outcomes. */
public final class Age19Cube {
  /** One cell. Level flags are null when not given. */
  public record Cell(int year, String district, Boolean fsm, boolean emAt16, boolean emBy19,
      Boolean level2, Boolean level3) {}

  private final Map<Cell, long[]> cells = new LinkedHashMap<>();

  public void add(Age19Result r) {
    add(new Cell(r.cohortYear().startYear(), r.district(), r.fsm(), r.emPassAt16(),
        r.emPassBy19(), r.level2By19(), r.level3By19()), 1);
  }

  public void add(Cell cell, long n) {
    cells.computeIfAbsent(cell, c -> new long[1])[0] += n;
  }

  public void forEach(BiConsumer<Cell, Long> visitor) {
    cells.forEach((c, n) -> visitor.accept(c, n[0]));
  }

  public boolean isEmpty() {
    return cells.isEmpty();
  }
}
