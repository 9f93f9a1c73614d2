package kpi.core.attainment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * 16-18 results aggregated by year, district, institution type, FSM and qualification type, with
 * entries, points and progress sums. Progress scores are the student's own, so each student's are
 * counted once, taken from whichever of the student's rows carries them (the first row with an
 * English score, the first with a maths score), so the figure does not depend on row order.
 * Distinct students over a set of qualification types (technical uptake) need each student's set of
 * types: that is kept per student while loading (building the cube folds it into counts), so memory
 * grows with students, not with rows.
 */
public final class Ks5Cube {
  /** One cell of entries and points. */
  public record Cell(
      int year, String district, String institutionType, Boolean fsm, String qualificationType) {}

  /** A student group: same year, district, institution, FSM and set of qualification types. */
  public record StudentGroup(
      int year,
      String district,
      String institutionType,
      Boolean fsm,
      java.util.Set<String> qualificationTypes) {}

  /** Sums in one cell. */
  public static final class Sums {
    double entries;
    double points;
    long rows;

    public double entries() {
      return entries;
    }

    public double points() {
      return points;
    }

    public long rows() {
      return rows;
    }
  }

  private final Map<Cell, Sums> cells = new LinkedHashMap<>();
  private final Map<String, StudentGroup> students = new LinkedHashMap<>();
  private final Map<String, double[]> progressByStudent = new LinkedHashMap<>();
  private final Map<StudentGroup, long[]> groups = new LinkedHashMap<>();
  private final Map<StudentGroup, double[]> progress = new LinkedHashMap<>();
  private boolean finished;

  private void add(Ks5Result r) {
    if (finished) {
      throw new IllegalStateException("the 16-18 cube is finished");
    }
    Sums s =
        cells.computeIfAbsent(
            new Cell(
                r.year().startYear(),
                r.district(),
                r.institutionType(),
                r.fsm(),
                r.qualificationType()),
            c -> new Sums());
    s.entries += r.entries();
    s.points += r.points();
    s.rows++;
    String key = r.year().startYear() + "\u0000" + r.studentId();
    StudentGroup g = students.get(key);
    java.util.Set<String> types = new java.util.TreeSet<>();
    if (g != null) {
      types.addAll(g.qualificationTypes());
      double[] p = progressByStudent.get(key);
      double[] more = progressOf(r);
      if (p[1] == 0 && more[1] == 1) {
        p[0] = more[0];
        p[1] = 1;
      }
      if (p[3] == 0 && more[3] == 1) {
        p[2] = more[2];
        p[3] = 1;
      }
    } else {
      progressByStudent.put(key, progressOf(r));
    }
    types.add(r.qualificationType());
    students.put(
        key,
        new StudentGroup(
            r.year().startYear(),
            r.district(),
            r.institutionType(),
            r.fsm(),
            java.util.Set.copyOf(types)));
  }

  private static double[] progressOf(Ks5Result r) {
    return new double[] {
      r.englishProgress() == null ? 0 : r.englishProgress(),
      r.englishProgress() == null ? 0 : 1,
      r.mathsProgress() == null ? 0 : r.mathsProgress(),
      r.mathsProgress() == null ? 0 : 1
    };
  }

  /** Folds the per-student sets into group counts; call once after the last row. */
  private void finish() {
    if (finished) {
      return;
    }
    students.forEach(
        (key, g) -> {
          groups.computeIfAbsent(g, x -> new long[1])[0]++;
          double[] p = progressByStudent.get(key);
          double[] sum = progress.computeIfAbsent(g, x -> new double[4]);
          for (int i = 0; i < 4; i++) {
            sum[i] += p[i];
          }
        });
    students.clear();
    progressByStudent.clear();
    finished = true;
  }

  public void forEachCell(BiConsumer<Cell, Sums> visitor) {
    cells.forEach(visitor);
  }

  /** Student groups with their student count. */
  public void forEachStudentGroup(BiConsumer<StudentGroup, Long> visitor) {
    groups.forEach((g, n) -> visitor.accept(g, n[0]));
  }

  /** Student groups with progress sums {English Σ, n, maths Σ, n}. */
  public void forEachProgress(BiConsumer<StudentGroup, double[]> visitor) {
    progress.forEach(visitor);
  }

  public boolean isEmpty() {
    return cells.isEmpty();
  }

  private Ks5Cube() {}

  /** A builder to fill a cube; {@link Builder#build()} publishes it. */
  public static Builder builder() {
    return new Builder();
  }

  /** A cube with nothing in it. */
  public static Ks5Cube empty() {
    return builder().build();
  }

  /**
   * Fills a {@link Ks5Cube}: the only way to add to one. Not thread-safe. After {@link #build()}
   * the builder takes nothing more, so a published cube never changes (measures read it from
   * several threads at once).
   */
  public static final class Builder {
    private final Ks5Cube cube = new Ks5Cube();
    private boolean built;

    private Builder() {}

    public Builder add(Ks5Result r) {
      open().add(r);
      return this;
    }

    /** The filled cube (the same one on every call); the builder takes no more records. */
    public Ks5Cube build() {
      if (!built) {
        cube.finish();
        built = true;
      }
      return cube;
    }

    private Ks5Cube open() {
      if (built) {
        throw new IllegalStateException("this Ks5Cube is built; use a new builder");
      }
      return cube;
    }
  }
}
