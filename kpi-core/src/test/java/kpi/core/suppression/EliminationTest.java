package kpi.core.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Which unknowns a reader can work out, against an independent rule: an unknown x is determined
 * exactly when adding the equation "x = 0" to the system does not raise its rank (its unit vector
 * lies in the row space). Ranks here are taken by elimination modulo the prime 2^31 - 1 on small
 * integer systems, where they equal the rational ranks except with negligible probability.
 */
class EliminationTest {
  private static final long P = 2_147_483_647L;

  @Test
  void agreesWithTheRankRuleOnRandomSystems() {
    Random random = new Random(11);
    for (int trial = 0; trial < 3_000; trial++) {
      int unknowns = 2 + random.nextInt(7);
      List<String> names = new ArrayList<>();
      for (int i = 0; i < unknowns; i++) {
        names.add("u" + (char) ('a' + i));
      }
      List<Identity> identities = new ArrayList<>();
      List<long[]> matrix = new ArrayList<>();
      int rows = 1 + random.nextInt(unknowns + 2);
      for (int r = 0; r < rows; r++) {
        Map<String, Fraction> terms = new LinkedHashMap<>();
        long[] row = new long[unknowns];
        for (int c = 0; c < unknowns; c++) {
          if (random.nextInt(3) == 0) {
            int v = random.nextInt(5) - 2;
            if (v != 0) {
              terms.put(names.get(c), Fraction.of(v));
              row[c] = v;
            }
          }
        }
        if (terms.isEmpty()) {
          continue; // an identity of published quantities only says nothing about the unknowns
        }
        terms.put("known" + r, Fraction.ONE); // a published quantity in every identity
        identities.add(new Identity("i" + r, terms));
        matrix.add(row);
      }
      Set<String> expected = new TreeSet<>();
      int rank = rank(matrix, unknowns);
      for (int c = 0; c < unknowns; c++) {
        List<long[]> with = new ArrayList<>(matrix);
        long[] unit = new long[unknowns];
        unit[c] = 1;
        with.add(unit);
        if (rank(with, unknowns) == rank) {
          expected.add(names.get(c));
        }
      }
      Set<String> all = new TreeSet<>(names);
      assertThat(Elimination.determined(identities, all, all))
          .as("trial %d", trial)
          .isEqualTo(expected);
    }
  }

  private static int rank(List<long[]> input, int columns) {
    List<long[]> m = new ArrayList<>();
    for (long[] r : input) {
      long[] copy = new long[columns];
      for (int c = 0; c < columns; c++) {
        copy[c] = Math.floorMod(r[c], P);
      }
      m.add(copy);
    }
    int rank = 0;
    for (int c = 0; c < columns && rank < m.size(); c++) {
      int pivot = -1;
      for (int r = rank; r < m.size(); r++) {
        if (m.get(r)[c] != 0) {
          pivot = r;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      long[] p = m.get(pivot);
      m.set(pivot, m.get(rank));
      m.set(rank, p);
      long inv = inverse(p[c]);
      for (int r = 0; r < m.size(); r++) {
        long[] row = m.get(r);
        if (r != rank && row[c] != 0) {
          long f = row[c] * inv % P;
          for (int k = 0; k < columns; k++) {
            row[k] = Math.floorMod(row[k] - f * p[k] % P, P);
          }
        }
      }
      rank++;
    }
    return rank;
  }

  private static long inverse(long a) {
    long result = 1;
    long base = a;
    for (long e = P - 2; e > 0; e >>= 1) {
      if ((e & 1) == 1) {
        result = result * base % P;
      }
      base = base * base % P;
    }
    return result;
  }
}
