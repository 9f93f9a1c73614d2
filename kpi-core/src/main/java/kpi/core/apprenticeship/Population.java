package kpi.core.apprenticeship;

import java.util.Objects;

/**
 * Population of an area in an age band and year, from {@code reference/population}. Immutable.
 *
 * @param area district code, or the authority's name for the whole authority
 * @param ageBand {@code 16-18}, {@code 19-24}, {@code 25+}, {@code 16-64} or {@code all}
 */
public record Population(String area, String ageBand, int year, double population) {
  public Population {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(ageBand, "ageBand");
    if (!(population > 0) || Double.isInfinite(population)) {
      throw new IllegalArgumentException("population must be a number > 0");
    }
  }
}
