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
