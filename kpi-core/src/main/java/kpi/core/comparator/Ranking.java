package kpi.core.comparator;

/**
 * An authority's place among all areas of a geographic level in a published file: rank 1 is the
 * best by the KPI's polarity, tied values share the best rank, quartile 1 is the best quarter.
 * Immutable.
 *
 * @param of how many areas of the level have a value
 * @param among the geographic level
 * @param value the authority's published value
 */
public record Ranking(int rank, int of, int quartile, String among, String period, double value) {
  public Ranking {
    if (rank < 1 || rank > of || quartile < 1 || quartile > 4) {
      throw new IllegalArgumentException(
          "rank " + rank + " of " + of + " (quartile " + quartile + ") is not possible");
    }
  }
}
