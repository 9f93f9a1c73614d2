package kpi.core.suppression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import kpi.core.suppression.Quantity.Nature;

/**
 * One suppression plan for everything published together (every pack, the county workbook, the
 * index, a suppressed scorecard): which quantities are withheld and so which figures are shown.
 *
 * <ol>
 *   <li>Primary: a count above 0 and below the threshold is withheld; so is a rate whose complement
 *       (denominator minus numerator) is that small, when the complement rule is on; a mean's sum
 *       of scores goes with its number of pupils.
 *   <li>A quantity withheld anywhere is withheld everywhere: every figure that reveals it is
 *       hidden.
 *   <li>Secondary: while exact elimination over the identities can work out a withheld quantity
 *       from the shown ones, or the withheld counts of one identity add up (as the reader can see)
 *       to a small number, one more shown quantity of that identity is withheld: the smallest
 *       non-zero count (never a zero), an amount only when no count will do.
 * </ol>
 *
 * Deterministic: the same registrations give the same plan. Immutable once built.
 */
public final class DisclosurePlan {
  /** Why a quantity is withheld. */
  public enum Reason {
    /** A count of 1 to threshold-1. */
    PRIMARY,
    /** A rate whose complement is 1 to threshold-1. */
    COMPLEMENT,
    /** Hidden so that the others cannot be worked out. */
    SECONDARY
  }

  private final int threshold;
  private final Map<String, Quantity> quantities;
  private final Map<String, Figure> figures;
  private final List<Identity> identities;
  private final Map<String, Reason> withheld;

  private DisclosurePlan(
      int threshold,
      Map<String, Quantity> quantities,
      Map<String, Figure> figures,
      List<Identity> identities,
      Map<String, Reason> withheld) {
    this.threshold = threshold;
    this.quantities = Collections.unmodifiableMap(quantities);
    this.figures = Collections.unmodifiableMap(figures);
    this.identities = List.copyOf(identities);
    this.withheld = Collections.unmodifiableMap(withheld);
  }

  public static Builder builder(int threshold, boolean complementRule) {
    return new Builder(threshold, complementRule);
  }

  public int threshold() {
    return threshold;
  }

  /** True when the figure must be shown as {@code c}. */
  public boolean hidden(String figureId) {
    Figure f = figures.get(figureId);
    if (f == null) {
      throw new IllegalArgumentException("figure not registered: " + figureId);
    }
    return hidden(f);
  }

  public boolean hidden(Figure f) {
    for (String q : f.quantities()) {
      if (withheld.containsKey(q)) {
        return true;
      }
    }
    return false;
  }

  /** Withheld quantities and why, in key order. */
  public Map<String, Reason> withheld() {
    return withheld;
  }

  public Map<String, Quantity> quantities() {
    return quantities;
  }

  public Map<String, Figure> figures() {
    return figures;
  }

  public List<Identity> identities() {
    return identities;
  }

  /** How many withheld quantities have this reason. */
  public long count(Reason r) {
    return withheld.values().stream().filter(r::equals).count();
  }

  /** Collects quantities, figures and identities, then decides. Not thread-safe. */
  public static final class Builder {
    private final int threshold;
    private final boolean complementRule;
    private final Map<String, Quantity> quantities = new TreeMap<>();
    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private final Map<String, Identity> identities = new TreeMap<>();

    private Builder(int threshold, boolean complementRule) {
      this.threshold = threshold;
      this.complementRule = complementRule;
    }

    /** Registers a count (or finds the one already registered under the key). */
    public Builder count(String key, double value) {
      return quantity(key, Nature.COUNT, Fraction.exact(value));
    }

    /** Registers a sum of scores. */
    public Builder amount(String key, double value) {
      return quantity(key, Nature.AMOUNT, Fraction.exact(value));
    }

    public Builder quantity(String key, Nature nature, Fraction value) {
      Quantity old = quantities.get(key);
      if (old != null) {
        if (!old.value().equals(value)) {
          throw new IllegalArgumentException(
              "quantity " + key + " registered as " + old.value() + " and " + value);
        }
        return this;
      }
      quantities.put(key, new Quantity(key, nature, value));
      return this;
    }

    public boolean has(String key) {
      return quantities.containsKey(key);
    }

    /** The value registered under a key. */
    public Fraction value(String key) {
      Quantity q = quantities.get(key);
      if (q == null) {
        throw new IllegalArgumentException("not registered: " + key);
      }
      return q.value();
    }

    /** A registered figure, or null. */
    public Figure figureOf(String id) {
      return figures.get(id);
    }

    /** Registers a published figure; its quantities must be registered. */
    public Builder figure(Figure f) {
      for (String q : f.quantities()) {
        if (!quantities.containsKey(q)) {
          throw new IllegalArgumentException("figure " + f.id() + " uses unregistered " + q);
        }
      }
      Figure old = figures.putIfAbsent(f.id(), f);
      if (old != null && !old.equals(f)) {
        throw new IllegalArgumentException("figure " + f.id() + " registered twice, differently");
      }
      if (complementRule && f instanceof Figure.Rate r) {
        complement(r.numerator(), r.denominator());
      }
      return this;
    }

    /** Registers an identity; its quantities must be registered and it must hold exactly. */
    public Builder identity(Identity id) {
      Fraction sum = Fraction.ZERO;
      for (Map.Entry<String, Fraction> t : id.terms().entrySet()) {
        Quantity q = quantities.get(t.getKey());
        if (q == null) {
          throw new IllegalArgumentException(id.name() + " uses unregistered " + t.getKey());
        }
        sum = sum.add(q.value().multiply(t.getValue()));
      }
      if (!sum.isZero()) {
        throw new IllegalArgumentException(
            "identity does not hold: " + id.name() + " (off by " + sum + ")");
      }
      identities.putIfAbsent(id.terms().toString(), id);
      return this;
    }

    private void complement(String numerator, String denominator) {
      String key = "not(" + numerator + ")of(" + denominator + ")";
      if (quantities.containsKey(key)) {
        return;
      }
      Fraction value =
          quantities.get(denominator).value().subtract(quantities.get(numerator).value());
      if (value.signum() < 0) {
        return; // not a share of the denominator (a rate per population)
      }
      quantities.put(key, new Quantity(key, Nature.COMPLEMENT, value));
      TreeMap<String, Fraction> t = new TreeMap<>();
      t.put(denominator, Fraction.ONE);
      t.put(numerator, Fraction.ONE.negate());
      t.put(key, Fraction.ONE.negate());
      if (!numerator.equals(denominator)) {
        identities.putIfAbsent(t.toString(), new Identity("complement", t));
      }
    }

    /** Decides what is withheld. */
    public DisclosurePlan build() {
      Map<String, Reason> withheld = new TreeMap<>();
      List<Identity> ids = new ArrayList<>(identities.values());
      if (threshold <= 0) {
        return new DisclosurePlan(threshold, quantities, figures, ids, withheld);
      }
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
      Map<String, List<Integer>> linesOf = new HashMap<>(); // places in ids
      for (int i = 0; i < ids.size(); i++) {
        for (String k : ids.get(i).terms().keySet()) {
          byQuantity.computeIfAbsent(k, x -> new ArrayList<>()).add(ids.get(i));
          linesOf.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
        }
      }
      // A hidden figure takes all of its quantities out of view; a mean's sum goes with its
      // pupils. Then secondary rounds until nothing withheld can be worked out; a round changes
      // few parts of the system, so only those are solved again.
      IncrementalElimination elimination = new IncrementalElimination(ids);
      // Whether a line is small depends only on which of its terms are unknown or withheld, so
      // a line is looked at again only when one of its terms has changed since the last round.
      boolean[] isSmallLine = new boolean[ids.size()];
      Set<String> lastPublished = Set.of();
      Set<String> lastHidden = Set.of();
      while (true) {
        linkMeans(withheld);
        Set<String> published = published(withheld);
        // Only looked up, never walked: hash sets (the plan's order comes from the tree maps).
        Set<String> unknown = new HashSet<>(quantities.keySet());
        unknown.removeAll(published);
        Set<String> hidden = new HashSet<>(withheld.keySet());
        List<Set<String>> parts = elimination.byComponent(unknown, hidden);
        Set<String> exposed = new TreeSet<>();
        parts.forEach(exposed::addAll);
        Set<String> moved = new HashSet<>();
        changed(published, lastPublished, moved);
        changed(hidden, lastHidden, moved);
        for (String k : moved) {
          for (int i : linesOf.getOrDefault(k, List.of())) {
            isSmallLine[i] = smallLine(ids.get(i), unknown, withheld);
          }
        }
        lastPublished = published;
        lastHidden = hidden;
        List<Identity> smallLines = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
          if (isSmallLine[i]) {
            smallLines.add(ids.get(i));
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
      return new DisclosurePlan(threshold, quantities, figures, ids, withheld);
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
      Set<String> out = new HashSet<>();
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

    /** Adds the keys in one set and not in the other. */
    private static void changed(Set<String> now, Set<String> before, Set<String> out) {
      for (String k : now) {
        if (!before.contains(k)) {
          out.add(k);
        }
      }
      for (String k : before) {
        if (!now.contains(k)) {
          out.add(k);
        }
      }
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
