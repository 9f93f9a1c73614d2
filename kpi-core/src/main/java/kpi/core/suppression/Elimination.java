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

  /**
   * Reduced row echelon form (every pivot 1, alone in its column), pivots taken at each row's first
   * column in key order. The work is done on sparse rows over column numbers (the keys in order),
   * which gives the same rows as working on the keys, only faster: the form is unique.
   */
  @SuppressWarnings("NonApiType") // rows are kept in column order, which the pivoting relies on
  static List<TreeMap<String, Fraction>> reduce(List<TreeMap<String, Fraction>> input) {
    TreeSet<String> keys = new TreeSet<>();
    input.forEach(r -> keys.addAll(r.keySet()));
    String[] names = keys.toArray(new String[0]);
    Map<String, Integer> number = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      number.put(names[i], i);
    }
    List<Sparse> pivots = new ArrayList<>();
    List<Integer> pivotColumns = new ArrayList<>(); // a pivot row's pivot need not stay its first
    Sparse[] pivotOf = new Sparse[names.length];
    for (TreeMap<String, Fraction> original : input) {
      Sparse row = Sparse.of(original, number);
      // Eliminate existing pivots from the new row (adding a pivot row brings in no other
      // pivot's column, so the row's own columns are all there is to look at).
      for (int col : row.cols.clone()) {
        Sparse p = pivotOf[col];
        Fraction f = row.get(col);
        if (p != null && f != null) {
          row = row.plus(p, f.negate());
        }
      }
      if (row.cols.length == 0) {
        continue;
      }
      int col = row.cols[0];
      row = row.dividedBy(row.vals[0]);
      // Eliminate the new pivot from the rows before.
      for (int i = 0; i < pivots.size(); i++) {
        Sparse p = pivots.get(i);
        Fraction f = p.get(col);
        if (f != null) {
          Sparse reduced = p.plus(row, f.negate());
          pivots.set(i, reduced);
          pivotOf[pivotColumns.get(i)] = reduced;
        }
      }
      pivots.add(row);
      pivotColumns.add(col);
      pivotOf[col] = row;
    }
    List<TreeMap<String, Fraction>> out = new ArrayList<>();
    for (Sparse p : pivots) {
      TreeMap<String, Fraction> row = new TreeMap<>();
      for (int i = 0; i < p.cols.length; i++) {
        row.put(names[p.cols[i]], p.vals[i]);
      }
      out.add(row);
    }
    return out;
  }

  /** A row of the system: its non-zero values by column number, columns ascending. Immutable. */
  private static final class Sparse {
    final int[] cols;
    final Fraction[] vals;

    private Sparse(int[] cols, Fraction[] vals) {
      this.cols = cols;
      this.vals = vals;
    }

    static Sparse of(Map<String, Fraction> row, Map<String, Integer> number) {
      int[] cols = new int[row.size()];
      Fraction[] vals = new Fraction[row.size()];
      int n = 0;
      for (Map.Entry<String, Fraction> e : row.entrySet()) { // in key order, so ascending
        if (!e.getValue().isZero()) {
          cols[n] = number.get(e.getKey());
          vals[n++] = e.getValue();
        }
      }
      return new Sparse(Arrays.copyOf(cols, n), Arrays.copyOf(vals, n));
    }

    Fraction get(int col) {
      int i = Arrays.binarySearch(cols, col);
      return i >= 0 ? vals[i] : null;
    }

    /** {@code this + factor * source}, dropping zeros. */
    Sparse plus(Sparse source, Fraction factor) {
      int[] c = new int[cols.length + source.cols.length];
      Fraction[] v = new Fraction[c.length];
      int i = 0;
      int j = 0;
      int n = 0;
      while (i < cols.length || j < source.cols.length) {
        int a = i < cols.length ? cols[i] : Integer.MAX_VALUE;
        int b = j < source.cols.length ? source.cols[j] : Integer.MAX_VALUE;
        Fraction sum;
        int col;
        if (a < b) {
          col = a;
          sum = vals[i++];
        } else if (b < a) {
          col = b;
          sum = source.vals[j++].multiply(factor);
        } else {
          col = a;
          sum = vals[i++].add(source.vals[j++].multiply(factor));
        }
        if (!sum.isZero()) {
          c[n] = col;
          v[n++] = sum;
        }
      }
      return new Sparse(Arrays.copyOf(c, n), Arrays.copyOf(v, n));
    }

    Sparse dividedBy(Fraction lead) {
      Fraction[] v = new Fraction[vals.length];
      for (int i = 0; i < v.length; i++) {
        v[i] = vals[i].divide(lead);
      }
      return new Sparse(cols, v);
    }
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
