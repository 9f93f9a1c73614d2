package kpi.core.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import kpi.core.suppression.DisclosurePlan.Reason;
import kpi.core.suppression.Quantity.Nature;
import org.junit.jupiter.api.Test;

/**
 * The plan against the planner as it was before it solved only the parts a round changed: every
 * round a full solve ({@link Elimination#byComponent}) and every line checked again. On random
 * tables (cells, some never shown alone, row and column totals, a county total over several tables,
 * some rates, some mean scores) both must withhold exactly the same quantities for the same
 * reasons.
 *
 * <p>Can it fail? With the planner's re-check of lines whose terms entered or left the published
 * set removed, it does (tried with three seeds): cells never shown alone and rates over them make
 * such lines. The re-check on withholding alone is not caught: in these tables a quantity that is
 * withheld also leaves the published set in the same round.
 */
class DisclosurePlanOracleTest {

  @Test
  void withholdsWhatTheFullResolveWithholdsOnRandomTables() {
    Random random = new Random(5);
    int secondary = 0;
    for (int trial = 0; trial < 1000; trial++) {
      boolean complement = random.nextBoolean();
      DisclosurePlan.Builder b = DisclosurePlan.builder(3 + random.nextInt(8), complement);
      int tables = 1 + random.nextInt(3);
      List<String> grands = new ArrayList<>();
      int county = 0;
      for (int t = 0; t < tables; t++) {
        county += table(b, random, "t" + t + "-");
        grands.add("t" + t + "-all");
      }
      if (tables > 1) { // the tables' grand totals add up to a county count, linking them
        b.count("county", county).figure(new Figure.Count("county", "county"));
        b.identity(Identity.sum("county", "county", grands));
      }
      DisclosurePlan plan = b.build();
      Map<String, Reason> expected =
          new FullResolve(plan.threshold(), plan.quantities(), plan.figures(), plan.identities())
              .build();
      assertThat(plan.withheld()).as("trial %d", trial).isEqualTo(expected);
      secondary += (int) plan.count(Reason.SECONDARY);
    }
    assertThat(secondary).isGreaterThan(300); // the tables do need secondary suppression
  }

  /**
   * A table of counts, rows by columns, with row and column totals and a grand total (returned);
   * some rows' first cell is also shown as a rate of the row's total.
   */
  private static int table(DisclosurePlan.Builder b, Random random, String prefix) {
    int rows = 2 + random.nextInt(4);
    int cols = 2 + random.nextInt(4);
    int[][] n = new int[rows][cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        int kind = random.nextInt(4);
        n[r][c] = kind == 0 ? 0 : kind == 1 ? 1 + random.nextInt(6) : random.nextInt(40);
      }
    }
    String grand = prefix + "all";
    int all = 0;
    List<String> rowTotals = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      List<String> cells = new ArrayList<>();
      int sum = 0;
      for (int c = 0; c < cols; c++) {
        String k = cell(prefix, r, c);
        b.count(k, n[r][c]);
        // Some cells are never shown on their own (only inside their totals): unknown without
        // being withheld, which is what the small-line rule is about.
        if (random.nextInt(4) != 0) {
          b.figure(new Figure.Count(k, k));
        }
        cells.add(k);
        sum += n[r][c];
      }
      String total = prefix + "r" + r;
      b.count(total, sum).figure(new Figure.Count(total, total));
      b.identity(Identity.sum("row", total, cells));
      if (random.nextBoolean()) {
        String k = cell(prefix, r, 0);
        b.figure(new Figure.Rate("rate " + k, k, total));
      }
      rowTotals.add(total);
      all += sum;
    }
    for (int c = 0; c < cols; c++) {
      List<String> cells = new ArrayList<>();
      int sum = 0;
      for (int r = 0; r < rows; r++) {
        cells.add(cell(prefix, r, c));
        sum += n[r][c];
      }
      String total = prefix + "c" + c;
      b.count(total, sum).figure(new Figure.Count(total, total));
      b.identity(Identity.sum("column", total, cells));
    }
    b.count(grand, all).figure(new Figure.Count(grand, grand));
    b.identity(Identity.sum("grand", grand, rowTotals));
    if (random.nextBoolean()) {
      // A mean score per row over the row's pupils, and over all: the sums add up to the grand
      // sum, and a row's sum is withheld with its pupils (never because it changes a figure).
      List<String> sums = new ArrayList<>();
      int grandSum = 0;
      for (int r = 0; r < rows; r++) {
        String sum = prefix + "score" + r;
        int value = random.nextInt(500) - 100;
        b.amount(sum, value).figure(new Figure.Mean("mean " + sum, sum, prefix + "r" + r));
        sums.add(sum);
        grandSum += value;
      }
      String total = prefix + "score";
      b.amount(total, grandSum).figure(new Figure.Mean("mean " + total, total, grand));
      b.identity(Identity.sum("scores", total, sums));
    }
    return all;
  }

  private static String cell(String prefix, int r, int c) {
    return prefix + r + "," + c;
  }

  /** The planner's rounds as they were: the whole system solved again every round. */
  private static final class FullResolve {
    private final int threshold;
    private final Map<String, Quantity> quantities;
    private final Map<String, Figure> figures;
    private final List<Identity> identities;

    FullResolve(
        int threshold,
        Map<String, Quantity> quantities,
        Map<String, Figure> figures,
        List<Identity> identities) {
      this.threshold = threshold;
      this.quantities = quantities;
      this.figures = figures;
      this.identities = identities;
    }

    Map<String, Reason> build() {
      Map<String, Reason> withheld = new TreeMap<>();
      List<Identity> ids = identities;
      for (Quantity q : quantities.values()) {
        if (small(q.value())) {
          if (q.nature() == Nature.COUNT) {
            withheld.put(q.key(), Reason.PRIMARY);
          } else if (q.nature() == Nature.COMPLEMENT) {
            withheld.put(q.key(), Reason.COMPLEMENT);
          }
        }
      }
      Map<String, List<Identity>> byQuantity = new HashMap<>();
      for (Identity id : ids) {
        for (String k : id.terms().keySet()) {
          byQuantity.computeIfAbsent(k, x -> new ArrayList<>()).add(id);
        }
      }
      // A hidden figure takes all of its quantities out of view; a mean's sum goes with its
      // pupils. Then secondary rounds until nothing withheld can be worked out.
      while (true) {
        linkMeans(withheld);
        Set<String> published = published(withheld);
        Set<String> unknown = new TreeSet<>(quantities.keySet());
        unknown.removeAll(published);
        List<Set<String>> parts = Elimination.byComponent(ids, unknown, withheld.keySet());
        Set<String> exposed = new TreeSet<>();
        parts.forEach(exposed::addAll);
        List<Identity> smallLines = new ArrayList<>();
        for (Identity id : ids) {
          if (smallLine(id, unknown, withheld)) {
            smallLines.add(id);
          }
        }
        if (exposed.isEmpty() && smallLines.isEmpty()) {
          break;
        }
        boolean added = false;
        // One more withheld quantity per independent part of the system and round: the next
        // round may need fewer than one per exposed quantity.
        for (Set<String> part : parts) {
          for (String e : part) {
            Optional<String> pick = pickFor(e, byQuantity, published, unknown, withheld);
            if (pick.isPresent() && !withheld.containsKey(pick.get())) {
              withheld.put(pick.get(), Reason.SECONDARY);
              added = true;
              break;
            }
          }
        }
        if (!added) {
          for (Identity id : smallLines) {
            Optional<String> pick = pickInLine(id, published, withheld);
            if (pick.isPresent()) {
              withheld.put(pick.get(), Reason.SECONDARY);
              added = true;
              break;
            }
          }
        }
        if (!added) {
          // Nothing sensible left: hide every shown quantity linked to what is exposed.
          for (String e : exposed) {
            for (Identity id : byQuantity.getOrDefault(e, List.of())) {
              for (String k : id.terms().keySet()) {
                if (published.contains(k)) {
                  withheld.putIfAbsent(k, Reason.SECONDARY);
                  added = true;
                }
              }
            }
          }
          if (!added) {
            throw new IllegalStateException("suppression cannot protect " + exposed);
          }
        }
      }
      return withheld;
    }

    private boolean small(Fraction v) {
      return v.signum() > 0 && v.compareTo(Fraction.of(threshold)) < 0;
    }

    private void linkMeans(Map<String, Reason> withheld) {
      for (Figure f : figures.values()) {
        List<Figure.Mean> means =
            f instanceof Figure.Mean m
                ? List.of(m)
                : f instanceof Figure.Gap g ? List.of(g.first(), g.second()) : List.of();
        for (Figure.Mean m : means) {
          Reason r = withheld.get(m.pupils());
          if (r != null && !m.sum().equals(m.pupils())) {
            withheld.putIfAbsent(m.sum(), r);
          }
        }
      }
    }

    private Set<String> published(Map<String, Reason> withheld) {
      Set<String> out = new TreeSet<>();
      for (Figure f : figures.values()) {
        boolean shown = true;
        for (String q : f.quantities()) {
          shown &= !withheld.containsKey(q);
        }
        if (shown) {
          out.addAll(f.quantities());
        }
      }
      return out;
    }

    /**
     * A line whose unknowns all sit on one side (parts of a shown total) and include a withheld
     * count: the reader knows their sum, which must not be a small number.
     */
    private boolean smallLine(Identity id, Set<String> unknown, Map<String, Reason> withheld) {
      int sign = 0;
      boolean anyWithheld = false;
      Fraction sum = Fraction.ZERO;
      for (Map.Entry<String, Fraction> t : id.terms().entrySet()) {
        if (!unknown.contains(t.getKey())) {
          continue;
        }
        Quantity q = quantities.get(t.getKey());
        if (q.nature() == Nature.AMOUNT) {
          return false;
        }
        int s = t.getValue().signum();
        if (sign != 0 && s != sign) {
          return false;
        }
        sign = s;
        anyWithheld |= withheld.containsKey(q.key());
        sum = sum.add(q.value().multiply(t.getValue().abs()));
      }
      return anyWithheld && small(sum);
    }

    /** The shown quantity to withhold so that {@code exposed} can no longer be worked out. */
    private Optional<String> pickFor(
        String exposed,
        Map<String, List<Identity>> byQuantity,
        Set<String> published,
        Set<String> unknown,
        Map<String, Reason> withheld) {
      // Widen from the identities of the exposed quantity through unknown neighbours.
      Set<String> seen = new TreeSet<>(List.of(exposed));
      List<String> frontier = List.of(exposed);
      for (int depth = 0; depth < 6 && !frontier.isEmpty(); depth++) {
        // Cells on the same side as the exposed one (its siblings in a line) come before the
        // line's total: hiding a neighbour protects as well and keeps the total in view.
        Set<String> siblings = new TreeSet<>();
        Set<String> candidates = new TreeSet<>();
        List<String> next = new ArrayList<>();
        for (String f : frontier) {
          for (Identity id : byQuantity.getOrDefault(f, List.of())) {
            int side = id.terms().get(f).signum();
            for (Map.Entry<String, Fraction> t : id.terms().entrySet()) {
              String k = t.getKey();
              if (published.contains(k) && !withheld.containsKey(k)) {
                (t.getValue().signum() == side ? siblings : candidates).add(k);
              } else if (unknown.contains(k) && seen.add(k)) {
                next.add(k);
              }
            }
          }
        }
        Optional<String> best = best(siblings);
        if (best.isEmpty()) {
          best = best(candidates);
        }
        if (best.isPresent()) {
          return best;
        }
        frontier = next;
      }
      return Optional.empty();
    }

    private Optional<String> pickInLine(
        Identity id, Set<String> published, Map<String, Reason> withheld) {
      Set<String> candidates = new TreeSet<>();
      for (String k : id.terms().keySet()) {
        if (published.contains(k) && !withheld.containsKey(k)) {
          candidates.add(k);
        }
      }
      return best(candidates);
    }

    /** The smallest non-zero count, else the smallest non-zero amount; never a zero. */
    private Optional<String> best(Set<String> candidates) {
      Comparator<Quantity> order =
          Comparator.comparing((Quantity q) -> q.nature() == Nature.COUNT ? 0 : 1)
              .thenComparing(q -> q.value().abs())
              .thenComparing(Quantity::key);
      return candidates.stream()
          .map(quantities::get)
          .filter(q -> !q.value().isZero() && q.nature() != Nature.COMPLEMENT)
          .min(order)
          .map(Quantity::key);
    }
  }
}
