package kpi.core.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Equal-count quintiles among areas, as DfE's NEET and participation LA scorecard assigns them: the
 * areas with a value are ordered from the lowest unrounded value to the highest (ties by value,
 * then by area code) and cut into five groups of ⌊N/5⌋ areas, the first N mod 5 groups (at the low
 * end) one larger, like R's {@code dplyr::ntile}. The groups are then numbered from one end or the
 * other, and every output says which: DfE's 2021-2023 files number from the lowest value for every
 * measure; its 2025 file numbers from the best, so for participation and the September Guarantee
 * the lowest (and larger) group is quintile 5.
 */
public final class Quintiles {
  public static final int GROUPS = 5;

  private Quintiles() {}

  /** Which end of the distribution is quintile 1. */
  public enum First {
    LOWEST("lowest value"),
    HIGHEST("highest value");

    private final String words;

    First(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  /** One area's value. */
  public record AreaValue(String code, double value) {
    public AreaValue {
      Objects.requireNonNull(code, "code");
    }
  }

  /**
   * The areas from the lowest value to the highest and the group sizes in that order. Immutable.
   *
   * @param first which end is numbered quintile 1
   * @param ordered every area, lowest value first
   * @param sizes the five group sizes, lowest group first
   */
  public record Distribution(First first, List<AreaValue> ordered, List<Integer> sizes) {
    public Distribution {
      ordered = List.copyOf(ordered);
      sizes = List.copyOf(sizes);
    }

    /** How many areas were grouped. */
    public int n() {
      return ordered.size();
    }

    private int number(int group) {
      return first == First.LOWEST ? group : GROUPS + 1 - group;
    }

    /** Every area's quintile by code, lowest value first. */
    public Map<String, Integer> quintiles() {
      Map<String, Integer> out = new LinkedHashMap<>();
      int i = 0;
      for (int g = 1; g <= GROUPS; g++) {
        for (int k = 0; k < sizes.get(g - 1); k++) {
          out.put(ordered.get(i++).code(), number(g));
        }
      }
      return out;
    }

    /** One area's quintile, or null when the area has no value in the distribution. */
    public Integer quintileOf(String code) {
      return quintiles().get(code);
    }

    /**
     * "Where we would sit": the quintile a value not in the distribution (a district's) would fall
     * in, placed after any area with an equal value. Null for an empty distribution.
     */
    public Integer placeOf(double value) {
      if (ordered.isEmpty()) {
        return null;
      }
      int i = 0;
      int lastGroup = 1;
      for (int g = 1; g <= GROUPS; g++) {
        int size = sizes.get(g - 1);
        if (size == 0) {
          continue;
        }
        lastGroup = g;
        if (value < ordered.get(i + size - 1).value()) {
          return number(g);
        }
        i += size;
      }
      return number(lastGroup);
    }

    /**
     * The lowest and highest value of a quintile (1-5, by this distribution's numbering), or null
     * when it is empty.
     */
    public double[] range(int quintile) {
      int group = first == First.LOWEST ? quintile : GROUPS + 1 - quintile;
      int start = 0;
      for (int g = 1; g < group; g++) {
        start += sizes.get(g - 1);
      }
      int size = sizes.get(group - 1);
      if (size == 0) {
        return null;
      }
      return new double[] {ordered.get(start).value(), ordered.get(start + size - 1).value()};
    }
  }

  /** Groups the areas into quintiles. Areas with a NaN value must be left out by the caller. */
  public static Distribution of(List<AreaValue> areas, First first) {
    List<AreaValue> ordered = new ArrayList<>(areas);
    ordered.sort(Comparator.comparingDouble(AreaValue::value).thenComparing(AreaValue::code));
    int n = ordered.size();
    List<Integer> sizes = new ArrayList<>();
    for (int g = 1; g <= GROUPS; g++) {
      sizes.add(n / GROUPS + (g <= n % GROUPS ? 1 : 0));
    }
    return new Distribution(first, ordered, sizes);
  }
}
