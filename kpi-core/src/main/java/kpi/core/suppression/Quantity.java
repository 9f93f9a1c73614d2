package kpi.core.suppression;

/**
 * One number behind the published figures, named by a key that is the same wherever the same count
 * is published. Immutable.
 *
 * @param key what is counted (measure, period, filter), the same in every table that shows it
 * @param nature a count of people (judged against the threshold) or an amount (a sum of scores)
 * @param value its exact value
 */
public record Quantity(String key, Nature nature, Fraction value) {
  /** What kind of number a quantity is. */
  public enum Nature {
    /** People, pupils or starts: 1 to threshold-1 is a small number. */
    COUNT,
    /** A sum of scores (may be negative): never small itself, hidden with its count. */
    AMOUNT,
    /** People left out of a rate (denominator minus numerator): never published, only inferred. */
    COMPLEMENT
  }
}
