package kpi.core.suppression;

import java.util.Map;
import java.util.TreeMap;

/**
 * A linear relation that holds between published quantities: the sum of {@code coefficient x
 * quantity} over the terms is zero (a total minus its parts, three months minus three times their
 * average, a county minus its districts). Terms are kept in key order. Immutable.
 *
 * @param name what the relation says, for workings
 * @param terms quantity key to its coefficient (none zero)
 */
public record Identity(String name, Map<String, Fraction> terms) {
  public Identity {
    TreeMap<String, Fraction> sorted = new TreeMap<>();
    terms.forEach(
        (k, v) -> {
          if (!v.isZero()) {
            sorted.merge(k, v, Fraction::add);
          }
        });
    sorted.values().removeIf(Fraction::isZero);
    if (sorted.size() < 2) {
      throw new IllegalArgumentException("an identity links at least two quantities: " + name);
    }
    terms = java.util.Collections.unmodifiableMap(sorted);
  }

  /** {@code total = parts[0] + parts[1] + ...}. */
  public static Identity sum(String name, String total, Iterable<String> parts) {
    TreeMap<String, Fraction> t = new TreeMap<>();
    t.merge(total, Fraction.ONE, Fraction::add);
    for (String p : parts) {
      t.merge(p, Fraction.ONE.negate(), Fraction::add);
    }
    return new Identity(name, t);
  }

  /** {@code n x mean = parts[0] + ... + parts[n-1]} (a Dec-Feb average of monthly counts). */
  public static Identity mean(String name, String mean, java.util.List<String> parts) {
    TreeMap<String, Fraction> t = new TreeMap<>();
    t.merge(mean, Fraction.of(parts.size()), Fraction::add);
    for (String p : parts) {
      t.merge(p, Fraction.ONE.negate(), Fraction::add);
    }
    return new Identity(name, t);
  }
}
