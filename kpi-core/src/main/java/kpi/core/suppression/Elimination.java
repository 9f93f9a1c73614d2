package kpi.core.suppression;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which unknown quantities a reader can work out exactly from the published ones: exact rational
 * Gauss-Jordan elimination over the identities, restricted to the unknowns. An unknown is
 * determined when the reduced system has a row in which it is the only unknown (its unit vector
 * lies in the row space). Only the structure matters, not the values. Pure.
 */
public final class Elimination {
  private Elimination() {}

  /**
   * The unknowns of {@code ofInterest} that the identities pin down once every quantity outside
   * {@code unknown} is known.
   */
  public static Set<String> determined(
      List<Identity> identities, Set<String> unknown, Set<String> ofInterest) {
    Set<String> out = new TreeSet<>();
    byComponent(identities, unknown, ofInterest).forEach(out::addAll);
    return out;
  }

  /**
   * The same, grouped by the independent parts of the system (unknowns linked through the
   * identities), so that one part can be dealt with without looking at the others.
   */
  public static List<Set<String>> byComponent(
      List<Identity> identities, Set<String> unknown, Set<String> ofInterest) {
    // Rows restricted to unknown columns; rows with no unknown say nothing about them.
    List<TreeMap<String, Fraction>> all = new ArrayList<>();
    Map<String, Integer> occurrences = new HashMap<>();
    for (Identity id : identities) {
      TreeMap<String, Fraction> row = new TreeMap<>();
      id.terms()
          .forEach(
              (k, v) -> {
                if (unknown.contains(k)) {
                  row.put(k, v);
                }
              });
      if (!row.isEmpty()) {
        all.add(row);
        row.keySet().forEach(k -> occurrences.merge(k, 1, Integer::sum));
      }
    }
    // A row holding an unknown found in no other row cannot help to pin down anything else:
    // any combination that uses it keeps that unknown. Peel such rows off, repeatedly (the
    // unknowns of interest stay, as a row may pin one of them down).
    boolean peeled = true;
    boolean[] dropped = new boolean[all.size()];
    while (peeled) {
      peeled = false;
      for (int i = 0; i < all.size(); i++) {
        if (dropped[i]) {
          continue;
        }
        for (String k : all.get(i).keySet()) {
          if (occurrences.get(k) == 1 && !ofInterest.contains(k)) {
            dropped[i] = true;
            all.get(i).keySet().forEach(x -> occurrences.merge(x, -1, Integer::sum));
            peeled = true;
            break;
          }
        }
      }
    }
    List<TreeMap<String, Fraction>> rows = new ArrayList<>();
    UnionFind<String> components = new UnionFind<>();
    for (int i = 0; i < all.size(); i++) {
      if (!dropped[i]) {
        TreeMap<String, Fraction> row = all.get(i);
        rows.add(row);
        String first = row.firstKey();
        for (String k : row.keySet()) {
          components.union(first, k);
        }
      }
    }
    Map<String, List<TreeMap<String, Fraction>>> byComponent = new TreeMap<>();
    Set<String> wanted = new TreeSet<>();
    for (String k : ofInterest) {
      if (unknown.contains(k) && components.known(k)) {
        wanted.add(components.find(k));
      }
    }
    for (TreeMap<String, Fraction> row : rows) {
      String root = components.find(row.firstKey());
      if (wanted.contains(root)) {
        byComponent.computeIfAbsent(root, r -> new ArrayList<>()).add(row);
      }
    }
    List<Set<String>> out = new ArrayList<>();
    for (List<TreeMap<String, Fraction>> part : byComponent.values()) {
      Set<String> found = new TreeSet<>();
      for (TreeMap<String, Fraction> row : reduce(part)) {
        if (row.size() == 1 && ofInterest.contains(row.firstKey())) {
          found.add(row.firstKey());
        }
      }
      if (!found.isEmpty()) {
        out.add(found);
      }
    }
    return out;
  }

  /** Reduced row echelon form (every pivot 1, alone in its column). */
  @SuppressWarnings("NonApiType") // rows are kept in column order, which the pivoting relies on
  static List<TreeMap<String, Fraction>> reduce(List<TreeMap<String, Fraction>> input) {
    List<TreeMap<String, Fraction>> pivots = new ArrayList<>();
    Map<String, TreeMap<String, Fraction>> pivotOf = new HashMap<>();
    for (TreeMap<String, Fraction> original : input) {
      TreeMap<String, Fraction> row = new TreeMap<>(original);
      // Eliminate existing pivots from the new row.
      for (String col : new ArrayList<>(row.keySet())) {
        TreeMap<String, Fraction> p = pivotOf.get(col);
        Fraction f = row.get(col);
        if (p != null && f != null) {
          axpy(row, p, f.negate());
        }
      }
      if (row.isEmpty()) {
        continue;
      }
      String col = row.firstKey();
      Fraction lead = row.get(col);
      row.replaceAll((k, v) -> v.divide(lead));
      // Eliminate the new pivot from the rows before.
      for (TreeMap<String, Fraction> p : pivots) {
        Fraction f = p.get(col);
        if (f != null) {
          axpy(p, row, f.negate());
        }
      }
      pivots.add(row);
      pivotOf.put(col, row);
    }
    return pivots;
  }

  /** {@code target += factor * source}, dropping zeros. */
  @SuppressWarnings("NonApiType") // rows are kept in column order, which the pivoting relies on
  private static void axpy(
      TreeMap<String, Fraction> target, TreeMap<String, Fraction> source, Fraction factor) {
    source.forEach(
        (k, v) -> {
          Fraction sum = target.getOrDefault(k, Fraction.ZERO).add(v.multiply(factor));
          if (sum.isZero()) {
            target.remove(k);
          } else {
            target.put(k, sum);
          }
        });
  }

  /** Disjoint sets over keys. */
  private static final class UnionFind<K> {
    private final Map<K, K> parent = new HashMap<>();

    boolean known(K k) {
      return parent.containsKey(k);
    }

    K find(K k) {
      K root = parent.computeIfAbsent(k, x -> x);
      while (!parent.get(root).equals(root)) {
        root = parent.get(root);
      }
      K x = k;
      while (!x.equals(root)) {
        K next = parent.get(x);
        parent.put(x, root);
        x = next;
      }
      return root;
    }

    void union(K a, K b) {
      K ra = find(a);
      K rb = find(b);
      if (!ra.equals(rb)) {
        parent.put(rb, ra);
      }
    }
  }
}
