package kpi.core.apprenticeship;

import java.util.List;

/**
 * Everything the apprenticeship measures read: the starts and the reference lists. Immutable once
 * built (the cube is not changed afterwards).
 */
public record ApprenticeshipData(
    ApprenticeshipCube starts,
    List<Headcount> headcounts,
    List<School> schools,
    List<Population> population) {

  public ApprenticeshipData {
    starts = starts == null ? ApprenticeshipCube.empty() : starts;
    headcounts = headcounts == null ? List.of() : List.copyOf(headcounts);
    schools = schools == null ? List.of() : List.copyOf(schools);
    population = population == null ? List.of() : List.copyOf(population);
  }

  public static ApprenticeshipData empty() {
    return new ApprenticeshipData(null, null, null, null);
  }
}
