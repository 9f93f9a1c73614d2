package kpi.core.measure;

import java.util.ArrayList;
import java.util.List;

/**
 * What a measure gives for one period and filter. Rates carry numerator and denominator with {@code
 * value = 100 * numerator / denominator}; a value that cannot be computed is null (never 0 or NaN)
 * with a note saying why. Immutable.
 *
 * @param workings the arithmetic behind the value, one line per step, for {@code kpi explain}
 */
public record MeasureResult(
    Double value, Double numerator, Double denominator, List<String> notes, List<String> workings) {

  public MeasureResult {
    requireFiniteOrNull(value, "value");
    requireFiniteOrNull(numerator, "numerator");
    requireFiniteOrNull(denominator, "denominator");
    notes = List.copyOf(notes);
    workings = List.copyOf(workings);
  }

  /** No value, with the reason. */
  public static MeasureResult noData(String note, List<String> workings) {
    return new MeasureResult(null, null, null, List.of(note), workings);
  }

  /** A rate per {@code scale} (100 for percentages); null with a note when the denominator is 0. */
  public static MeasureResult rate(
      long numerator, long denominator, double scale, List<String> notes, List<String> workings) {
    // Counts of people are far below 2^53, so they are exact as doubles.
    return rate((double) numerator, (double) denominator, scale, notes, workings);
  }

  /** A rate from numerator and denominator that are not whole counts (means of months). */
  public static MeasureResult rate(
      double numerator,
      double denominator,
      double scale,
      List<String> notes,
      List<String> workings) {
    if (denominator == 0) {
      List<String> n = new ArrayList<>(notes);
      n.add("the denominator is 0, so there is no rate");
      return new MeasureResult(null, numerator, denominator, n, workings);
    }
    return new MeasureResult(
        scale * numerator / denominator, numerator, denominator, notes, workings);
  }

  /** A plain value (a count, mean or score) with no numerator or denominator. */
  public static MeasureResult value(double value, List<String> notes, List<String> workings) {
    return new MeasureResult(value, null, null, notes, workings);
  }

  private static void requireFiniteOrNull(Double d, String name) {
    if (d != null && !Double.isFinite(d)) {
      throw new IllegalArgumentException(name + " must be finite or null, was " + d);
    }
  }
}
