package kpi.core.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import kpi.core.InvalidRequestException;
import kpi.core.catalog.Filter;
import kpi.core.catalog.Params;
import kpi.core.measure.BreakdownValue;
import kpi.core.measure.DataSet;
import kpi.core.measure.Measure;
import kpi.core.measure.MeasureQuery;
import kpi.core.measure.MeasureResult;
import kpi.core.period.Period;
import kpi.core.period.Period.AcademicYear;
import org.junit.jupiter.api.Test;

class MeasureResultsTest {
  private static final DataSet DATA = DataSet.builder().build();
  private static final Period Y2016 = new AcademicYear(2016);

  @Test
  void anEqualQueryToTheSameMeasureIsComputedOnce() {
    Counting starts = new Counting("starts");
    MeasureResults results = new MeasureResults(DATA);
    MeasureResult first = results.compute(starts, query("D1"));
    // Built again, equal: the same answer, not a second scan.
    assertThat(results.compute(starts, query("D1"))).isSameAs(first);
    assertThat(results.compute(new Counting("starts"), query("D1"))).isSameAs(first);
    assertThat(starts.calls).isEqualTo(1);
    assertThat(first.numerator()).isEqualTo(1.0);

    assertThat(results.compute(starts, query("D2")).numerator()).isEqualTo(2.0);
    assertThat(starts.calls).isEqualTo(2);
    Counting other = new Counting("leavers");
    results.compute(other, query("D1"));
    assertThat(other.calls).isEqualTo(1);
    assertThat(results.data()).isSameAs(DATA);
  }

  @Test
  void aRefusalIsAskedAgain() {
    Counting refusing = new Counting("refusing");
    MeasureResults results = new MeasureResults(DATA);
    MeasureQuery q = new MeasureQuery(Y2016, Filter.none(), Params.none());
    assertThatThrownBy(() -> results.compute(refusing, q))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> results.compute(refusing, q))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(refusing.calls).isEqualTo(2);
  }

  private static MeasureQuery query(String district) {
    return new MeasureQuery(Y2016, Filter.none().and("district", district), Params.none());
  }

  /** Counts its calls; the answer's numerator is the number of the call; refuses no filter. */
  private static final class Counting implements Measure {
    private final String id;
    int calls;

    Counting(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String source() {
      return "test";
    }

    @Override
    public Set<String> dimensions() {
      return Set.of("district");
    }

    @Override
    public Set<String> parameters() {
      return Set.of();
    }

    @Override
    public MeasureResult compute(DataSet data, MeasureQuery query) {
      calls++;
      if (!query.filter().restricts("district")) {
        throw new InvalidRequestException("a district, please");
      }
      return new MeasureResult(null, (double) calls, null, List.of(), List.of());
    }

    @Override
    public List<BreakdownValue> breakdownValues(DataSet data, String dimension) {
      return List.of();
    }

    @Override
    public List<AcademicYear> years(DataSet data) {
      return List.of();
    }
  }
}
