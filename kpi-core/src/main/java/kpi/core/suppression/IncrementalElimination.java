package kpi.core.suppression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@link Elimination#byComponent} over one fixed list of identities, asked again and again as the
 * unknowns grow (one round of secondary suppression after another). Each call gives exactly what
 * {@code byComponent} gives, but a part of the system whose rows are the same as at the last call
 * is not reduced again: which unknowns a part pins down depends on its rows only, and a round
 * changes few of them. The peeling and the grouping into parts are redone on every call, as in
 * {@code byComponent} (same rows in the same order, so the same parts under the same roots), on
 * column numbers instead of names. Not thread-safe.
 */
final class IncrementalElimination {
  private final List<Identity> identities;

  /** Every key of the identities, in key order: a column's number is its place here. */
  private final String[] names;

  /** Per identity: its columns, ascending (so in key order), and its coefficients. */
  private final int[][] columns;

  private final Fraction[][] coefficients;

  /** Per identity: which of its columns were unknown at the last call. */
  private final boolean[][] unknownBefore;

  /** Per identity: its terms in those columns, the row byComponent works on. */
  private final List<TreeMap<String, Fraction>> rows = new ArrayList<>();

  private boolean first = true;

  /** The unknowns each part pinned down at the last call (of interest or not), by its rows. */
  private Map<List<Integer>, List<String>> solved = new HashMap<>();

  IncrementalElimination(List<Identity> identities) {
    this.identities = List.copyOf(identities);
    TreeSet<String> keys = new TreeSet<>();
    identities.forEach(id -> keys.addAll(id.terms().keySet()));
    names = keys.toArray(new String[0]);
    Map<String, Integer> number = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      number.put(names[i], i);
    }
    int n = this.identities.size();
    columns = new int[n][];
    coefficients = new Fraction[n][];
    unknownBefore = new boolean[n][];
    for (int i = 0; i < n; i++) {
      Map<String, Fraction> terms = this.identities.get(i).terms();
      columns[i] = new int[terms.size()];
      coefficients[i] = new Fraction[terms.size()];
      unknownBefore[i] = new boolean[terms.size()];
      int j = 0;
      for (Map.Entry<String, Fraction> t : terms.entrySet()) {
        columns[i][j] = number.get(t.getKey());
        coefficients[i][j++] = t.getValue();
      }
      rows.add(new TreeMap<>());
    }
  }

  /** The same as {@code Elimination.byComponent(identities, unknown, ofInterest)}. */
  List<Set<String>> byComponent(Set<String> unknown, Set<String> ofInterest) {
    int n = identities.size();
    boolean[] isUnknown = new boolean[names.length];
    boolean[] interest = new boolean[names.length];
    for (int c = 0; c < names.length; c++) {
      isUnknown[c] = unknown.contains(names[c]);
      interest[c] = isUnknown[c] && ofInterest.contains(names[c]);
    }
    // Rows restricted to unknown columns, rebuilt only where that restriction moved.
    boolean[] changed = new boolean[n];
    int[] occurrences = new int[names.length];
    for (int i = 0; i < n; i++) {
      boolean[] now = new boolean[columns[i].length];
      for (int j = 0; j < now.length; j++) {
        now[j] = isUnknown[columns[i][j]];
      }
      if (first || !Arrays.equals(now, unknownBefore[i])) {
        changed[i] = true;
        unknownBefore[i] = now;
        TreeMap<String, Fraction> row = new TreeMap<>();
        for (int j = 0; j < now.length; j++) {
          if (now[j]) {
            row.put(names[columns[i][j]], coefficients[i][j]);
          }
        }
        rows.set(i, row);
      }
      for (int j = 0; j < now.length; j++) {
        if (now[j]) {
          occurrences[columns[i][j]]++;
        }
      }
    }
    first = false;
    boolean[] dropped = peel(occurrences, isUnknown, interest);
    // Parts as byComponent makes them: the same unions in the same order give the same roots.
    int[] parent = new int[names.length];
    Arrays.fill(parent, -1);
    for (int i = 0; i < n; i++) {
      if (!dropped[i]) {
        int head = -1;
        for (int j = 0; j < columns[i].length; j++) {
          if (unknownBefore[i][j]) {
            head = head < 0 ? columns[i][j] : head;
            union(parent, head, columns[i][j]);
          }
        }
      }
    }
    boolean[] wanted = new boolean[names.length]; // roots of parts with an unknown of interest
    for (int c = 0; c < names.length; c++) {
      if (interest[c] && parent[c] >= 0) {
        wanted[find(parent, c)] = true;
      }
    }
    TreeMap<String, List<Integer>> parts = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      if (!dropped[i]) {
        int root = find(parent, firstUnknown(i));
        if (wanted[root]) {
          parts.computeIfAbsent(names[root], r -> new ArrayList<>()).add(i);
        }
      }
    }
    Map<List<Integer>, List<String>> next = new HashMap<>();
    List<Set<String>> out = new ArrayList<>();
    for (List<Integer> part : parts.values()) {
      List<String> pinned = solved.get(part);
      if (pinned == null || part.stream().anyMatch(i -> changed[i])) {
        pinned = pinnedDown(part);
      }
      next.put(part, pinned);
      Set<String> found = new TreeSet<>();
      for (String k : pinned) {
        if (ofInterest.contains(k)) {
          found.add(k);
        }
      }
      if (!found.isEmpty()) {
        out.add(found);
      }
    }
    solved = next;
    return out;
  }

  /** Which rows byComponent peels off: those holding an unknown found in no other row. */
  private boolean[] peel(int[] occurrences, boolean[] isUnknown, boolean[] interest) {
    int n = identities.size();
    boolean[] dropped = new boolean[n];
    for (int i = 0; i < n; i++) {
      dropped[i] = rows.get(i).isEmpty();
    }
    // Peeling only ever makes more rows peelable, so the rows left do not depend on the order.
    boolean peeled = true;
    while (peeled) {
      peeled = false;
      for (int i = 0; i < n; i++) {
        if (dropped[i]) {
          continue;
        }
        for (int c : columns[i]) {
          if (isUnknown[c] && occurrences[c] == 1 && !interest[c]) {
            dropped[i] = true;
            for (int x : columns[i]) {
              if (isUnknown[x]) {
                occurrences[x]--;
              }
            }
            peeled = true;
            break;
          }
        }
      }
    }
    return dropped;
  }

  private int firstUnknown(int i) {
    for (int j = 0; j < columns[i].length; j++) {
      if (unknownBefore[i][j]) {
        return columns[i][j];
      }
    }
    throw new IllegalStateException("a row with no unknown");
  }

  /** The unknowns a part pins down: its rows of one unknown once reduced. */
  private List<String> pinnedDown(List<Integer> part) {
    List<TreeMap<String, Fraction>> input = new ArrayList<>();
    part.forEach(i -> input.add(rows.get(i)));
    List<String> out = new ArrayList<>();
    for (TreeMap<String, Fraction> row : Elimination.reduce(input)) {
      if (row.size() == 1) {
        out.add(row.firstKey());
      }
    }
    return out;
  }

  private static int find(int[] parent, int k) {
    if (parent[k] < 0) {
      parent[k] = k;
    }
    int root = k;
    while (parent[root] != root) {
      root = parent[root];
    }
    while (k != root) {
      int next = parent[k];
      parent[k] = root;
      k = next;
    }
    return root;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[rb] = ra;
    }
  }
}
