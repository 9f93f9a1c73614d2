package kpi.core.measure;

import java.util.List;
import java.util.Optional;
import kpi.core.apprenticeship.ApprenticeshipData;
import kpi.core.attainment.AttainmentData;
import kpi.core.comparator.ComparatorLookup;
import kpi.core.guarantee.GuaranteeCube;
import kpi.core.levy.LevyCube;
import kpi.core.neet.ActivityGroups;
import kpi.core.neet.NeetCube;
import kpi.core.returns.Returns;

/**
 * Everything the measures read, already aggregated from the data drop. Immutable once built (the
 * cubes are not changed after {@link Builder#build()}).
 */
public final class DataSet {
  private final List<District> districts;
  private final NeetCube neet;
  private final ActivityGroups activityGroups;
  private final ComparatorLookup comparators;
  private final Returns returns;
  private final ApprenticeshipData apprenticeships;
  private final AttainmentData attainment;
  private final GuaranteeCube guarantee;
  private final LevyCube levy;

  private DataSet(Builder b) {
    this.districts = List.copyOf(b.districts);
    this.neet = b.neet == null ? NeetCube.empty() : b.neet;
    this.activityGroups = b.activityGroups == null ? ActivityGroups.standard() : b.activityGroups;
    this.comparators = b.comparators == null ? ComparatorLookup.none() : b.comparators;
    this.returns = b.returns == null ? Returns.none() : b.returns;
    this.apprenticeships =
        b.apprenticeships == null ? ApprenticeshipData.empty() : b.apprenticeships;
    this.attainment = b.attainment == null ? AttainmentData.empty() : b.attainment;
    this.guarantee = b.guarantee == null ? GuaranteeCube.empty() : b.guarantee;
    this.levy = b.levy == null ? LevyCube.empty() : b.levy;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The authority's districts, in reference order. */
  public List<District> districts() {
    return districts;
  }

  public Optional<District> district(String code) {
    return districts.stream().filter(d -> d.code().equals(code)).findFirst();
  }

  public NeetCube neet() {
    return neet;
  }

  public ActivityGroups activityGroups() {
    return activityGroups;
  }

  public ComparatorLookup comparators() {
    return comparators;
  }

  /** Apprenticeship starts and their reference lists. */
  public ApprenticeshipData apprenticeships() {
    return apprenticeships;
  }

  /** KS4, 16-18 and age-19 results. */
  public AttainmentData attainment() {
    return attainment;
  }

  /** The September Guarantee cohort ({@code september-guarantee}). */
  public GuaranteeCube guarantee() {
    return guarantee;
  }

  /** Monthly apprenticeship service statements ({@code levy}). */
  public LevyCube levy() {
    return levy;
  }

  /** Hand-kept figures ({@code returns}). */
  public Returns returns() {
    return returns;
  }

  /** The same data read with other activity groups (a catalog's overrides). */
  public DataSet withActivityGroups(ActivityGroups groups) {
    return toBuilder().activityGroups(groups).build();
  }

  /** A builder holding this data set's parts. */
  public Builder toBuilder() {
    return new Builder()
        .districts(districts)
        .neet(neet)
        .activityGroups(activityGroups)
        .comparators(comparators)
        .returns(returns)
        .apprenticeships(apprenticeships)
        .attainment(attainment)
        .guarantee(guarantee)
        .levy(levy);
  }

  /** Builds a data set. */
  public static final class Builder {
    private List<District> districts = List.of();
    private NeetCube neet;
    private ActivityGroups activityGroups;
    private ComparatorLookup comparators;
    private Returns returns;
    private ApprenticeshipData apprenticeships;
    private AttainmentData attainment;
    private GuaranteeCube guarantee;
    private LevyCube levy;

    public Builder levy(LevyCube value) {
      this.levy = value;
      return this;
    }

    public Builder guarantee(GuaranteeCube value) {
      this.guarantee = value;
      return this;
    }

    public Builder attainment(AttainmentData value) {
      this.attainment = value;
      return this;
    }

    public Builder apprenticeships(ApprenticeshipData value) {
      this.apprenticeships = value;
      return this;
    }

    public Builder returns(Returns value) {
      this.returns = value;
      return this;
    }

    public Builder comparators(ComparatorLookup value) {
      this.comparators = value;
      return this;
    }

    public Builder districts(List<District> value) {
      this.districts = value;
      return this;
    }

    public Builder neet(NeetCube value) {
      this.neet = value;
      return this;
    }

    public Builder activityGroups(ActivityGroups value) {
      this.activityGroups = value;
      return this;
    }

    public DataSet build() {
      return new DataSet(this);
    }
  }
}
