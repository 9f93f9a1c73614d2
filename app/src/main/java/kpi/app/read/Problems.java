package kpi.app.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects problems from readers. Keeps at most {@code maxPerCheck} of each check (per file) so a
 * file with a million bad rows cannot exhaust memory, but counts every one.
 */
public final class Problems {
  private final int maxPerCheck;
  private final List<Problem> kept = new ArrayList<>();
  private final Map<String, Long> countByCheck = new LinkedHashMap<>();
  private final Map<String, long[]> countByFile = new LinkedHashMap<>();

  public Problems(int maxPerCheck) {
    if (maxPerCheck < 0) {
      throw new IllegalArgumentException("maxPerCheck must be >= 0");
    }
    this.maxPerCheck = maxPerCheck;
  }

  /** Keeps 100 of each check, the contract's default. */
  public Problems() {
    this(100);
  }

  public void add(Problem p) {
    String key = p.file() + "\u0000" + p.check() + "\u0000" + p.severity();
    long n = countByCheck.merge(key, 1L, Long::sum);
    long[] perFile = countByFile.computeIfAbsent(p.file(), f -> new long[2]);
    perFile[p.isError() ? 0 : 1]++;
    if (n <= maxPerCheck) {
      kept.add(p);
    }
  }

  /** The problems kept, in the order found. */
  /**
   * A log for one lane of a file read in lanes ({@link TableReader.Lanes}): it keeps at least the
   * first problem of each check, so that {@link #absorb} learns the order checks first occurred in.
   */
  Problems forLane() {
    return new Problems(Math.max(1, maxPerCheck));
  }

  /**
   * Adds the problems of lanes that each judged a share of one file's rows, exactly as if they had
   * been added one by one in row order: the kept ones are merged by row number (each lane's own
   * order kept on a tie), and those a lane only counted are counted here. A lane keeps the first
   * {@code maxPerCheck} of each check, so the union holds the first {@code maxPerCheck} overall.
   */
  void absorb(List<Problems> lanes) {
    List<Problem> merged = new ArrayList<>();
    int[] next = new int[lanes.size()];
    while (true) {
      int best = -1;
      long bestRow = 0;
      for (int i = 0; i < lanes.size(); i++) {
        List<Problem> k = lanes.get(i).kept;
        if (next[i] < k.size()) {
          Integer row = k.get(next[i]).row();
          long r = row == null ? Long.MIN_VALUE : row;
          if (best < 0 || r < bestRow) {
            best = i;
            bestRow = r;
          }
        }
      }
      if (best < 0) {
        break;
      }
      merged.add(lanes.get(best).kept.get(next[best]++));
    }
    merged.forEach(this::add);
    for (Problems lane : lanes) {
      lane.countByCheck.forEach(
          (key, n) -> {
            long more = n - Math.min(n, lane.maxPerCheck);
            if (more > 0) {
              String[] parts = key.split("\u0000", -1);
              countByCheck.merge(key, more, Long::sum);
              long[] perFile = countByFile.computeIfAbsent(parts[0], f -> new long[2]);
              perFile[Severity.valueOf(parts[2]) == Severity.ERROR ? 0 : 1] += more;
            }
          });
    }
  }

  public List<Problem> kept() {
    return Collections.unmodifiableList(kept);
  }

  public long errors() {
    return countByFile.values().stream().mapToLong(c -> c[0]).sum();
  }

  public long warnings() {
    return countByFile.values().stream().mapToLong(c -> c[1]).sum();
  }

  public long errors(String file) {
    long[] c = countByFile.get(file);
    return c == null ? 0 : c[0];
  }

  public long warnings(String file) {
    long[] c = countByFile.get(file);
    return c == null ? 0 : c[1];
  }

  /** Problems found but not kept, by (file, check, severity), for "and N more" lines. */
  public List<Overflow> overflow() {
    List<Overflow> out = new ArrayList<>();
    countByCheck.forEach(
        (key, n) -> {
          if (n > maxPerCheck) {
            String[] parts = key.split("\u0000", -1);
            out.add(new Overflow(parts[0], parts[1], Severity.valueOf(parts[2]), n - maxPerCheck));
          }
        });
    return out;
  }

  /** Problems of one check in one file beyond the cap. */
  public record Overflow(String file, String check, Severity severity, long more) {}
}
