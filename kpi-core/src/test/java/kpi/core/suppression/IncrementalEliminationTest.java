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
 * The incremental solver against the one-call solve ({@link Elimination#byComponent}, itself
 * checked against ranks in {@link EliminationTest}) as the oracle: the same parts, in the same
 * order, with the same unknowns, call after call.
 */
class IncrementalEliminationTest {

  @Test
  void agreesWithTheFullSolveRoundAfterRoundOnRandomSystems() {
    Random random = new Random(19);
    int reused = 0;
    for (int trial = 0; trial < 400; trial++) {
      List<String> names = new ArrayList<>();
      int keys = 4 + random.nextInt(30);
      for (int i = 0; i < keys; i++) {
        names.add("q" + random.nextInt(1000) + "-" + i); // key order is not creation order
      }
      List<Identity> identities = randomIdentities(random, names);
      IncrementalElimination solver = new IncrementalElimination(identities);
      Set<String> unknown = new TreeSet<>();
      Set<String> interest = new TreeSet<>();
      for (int round = 0; round < 25; round++) {
        // Mostly growing, as in suppression rounds; now and then a key comes back into view.
        String k = names.get(random.nextInt(keys));
        if (random.nextInt(8) == 0) {
          unknown.remove(k);
          interest.remove(k);
        } else {
          unknown.add(k);
          if (random.nextInt(3) == 0) {
            interest.add(k);
          }
        }
        List<Set<String>> expected = Elimination.byComponent(identities, unknown, interest);
        assertThat(solver.byComponent(unknown, interest))
            .as("trial %d round %d", trial, round)
            .isEqualTo(expected);
        // The same sets again: every part is taken from the last call.
        assertThat(solver.byComponent(unknown, interest)).isEqualTo(expected);
        reused += expected.size();
      }
    }
    assertThat(reused).isGreaterThan(1_000); // the trials do reach parts worth solving
  }

  /**
   * Worked by hand: {@code t1 = a + b}, {@code a = c}, {@code t2 = x + y}, with a and x of
   * interest. With a, b, c, x unknown: b and c each sit in one row only, so nothing pins a down; t2
   * - x is known, so x is pinned. With y hidden too, x is free. With b shown again (b, y not
   * unknown): a = t1 - b and x = t2 - y, two parts, in key order.
   */
  @Test
  void aPartIsSolvedAgainOnlyWhenItsRowsChange() {
    List<Identity> ids =
        List.of(
            Identity.sum("t1", "t1", List.of("a", "b")),
            Identity.sum("a=c", "a", List.of("c")),
            Identity.sum("t2", "t2", List.of("x", "y")));
    IncrementalElimination solver = new IncrementalElimination(ids);
    assertThat(solver.byComponent(Set.of("a", "b", "c", "x"), Set.of("a", "x")))
        .containsExactly(Set.of("x"));
    assertThat(solver.byComponent(Set.of("a", "b", "c", "x", "y"), Set.of("a", "x"))).isEmpty();
    assertThat(solver.byComponent(Set.of("a", "c", "x"), Set.of("a", "x")))
        .containsExactly(Set.of("a"), Set.of("x"));
  }

  private static List<Identity> randomIdentities(Random random, List<String> names) {
    List<Identity> out = new ArrayList<>();
    int rows = 1 + random.nextInt(names.size());
    for (int r = 0; r < rows; r++) {
      Map<String, Fraction> terms = new LinkedHashMap<>();
      int size = 2 + random.nextInt(4);
      for (int t = 0; t < size; t++) {
        int v = random.nextInt(5) - 2;
        terms.put(names.get(random.nextInt(names.size())), Fraction.of(v == 0 ? 1 : v));
      }
      if (terms.size() >= 2) {
        out.add(new Identity("i" + r, terms));
      }
    }
    return out;
  }
}
