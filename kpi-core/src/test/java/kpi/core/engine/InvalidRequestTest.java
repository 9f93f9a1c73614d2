package kpi.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import kpi.core.InvalidRequestException;
import kpi.core.catalog.Catalog;
import kpi.core.catalog.KpiDefinition;
import kpi.core.catalog.Polarity;
import kpi.core.catalog.Target;
import kpi.core.catalog.Unit;
import kpi.core.measure.BreakdownValue;
import kpi.core.measure.DataSet;
import kpi.core.measure.Measure;
import kpi.core.measure.MeasureQuery;
import kpi.core.measure.MeasureResult;
import kpi.core.measure.Measures;
import kpi.core.period.Period;
import org.junit.jupiter.api.Test;

/**
 * A request the measure rejects is the user's (a note on the KPI); any other exception from a
 * measure is a bug and reaches the caller instead of hiding as "no data".
 */
class InvalidRequestTest {
  private static final Period YEAR = Period.parse("2016/17").orElseThrow();

  /** A measure whose computation throws what {@code failure} makes. */
  private record Failing(Supplier<RuntimeException> failure) implements Measure {
    @Override
    public String id() {
      return "test.failing";
    }

    @Override
    public String source() {
      return "neet-tracking";
    }

    @Override
    public Set<String> dimensions() {
      return Set.of();
    }

    @Override
    public Set<String> parameters() {
      return Set.of();
    }

    @Override
    public MeasureResult compute(DataSet data, MeasureQuery query) {
      throw failure.get();
    }

    @Override
    public List<BreakdownValue> breakdownValues(DataSet data, String dimension) {
      return List.of();
    }

    @Override
    public List<Period.AcademicYear> years(DataSet data) {
      return List.of();
    }
  }

  private static Scorecard run(Supplier<RuntimeException> failure) {
    KpiDefinition kpi =
        new KpiDefinition(
            "K",
            "Title",
            "Theme",
            "test.failing",
            null,
            null,
            Unit.PERCENT,
            Polarity.LOWER_IS_BETTER,
            Target.none(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "test",
            null,
            null);
    Catalog catalog = new Catalog("test", "Test", "Kent", null, List.of(kpi), null, null, Map.of());
    ScorecardEngine engine = new ScorecardEngine(Measures.of(List.of(new Failing(failure))));
    return engine.compute(
        catalog, DataSet.builder().build(), new ScorecardRequest(YEAR, List.of(), Map.of(), 0));
  }

  @Test
  void aRejectedRequestIsANoteOnTheKpi() {
    Scorecard s = run(() -> new InvalidRequestException("params.grade must be 4 or 5: 7"));
    KpiResult r = s.kpis().get(0);
    assertThat(r.value()).isNull();
    assertThat(r.notes()).contains("params.grade must be 4 or 5: 7");
  }

  @Test
  void anyOtherIllegalArgumentIsABugAndGoesUp() {
    assertThatThrownBy(() -> run(() -> new IllegalArgumentException("index out of range")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("index out of range");
  }

  @Test
  void aNullPointerIsABugAndGoesUp() {
    assertThatThrownBy(() -> run(NullPointerException::new))
        .isExactlyInstanceOf(NullPointerException.class);
  }

  @Test
  void aCatalogRecordMissingAFieldIsAnInvalidRequest() {
    assertThatThrownBy(
            () ->
                new KpiDefinition(
                    null,
                    "Title",
                    "Theme",
                    "neet.neet_rate",
                    null,
                    null,
                    Unit.PERCENT,
                    Polarity.LOWER_IS_BETTER,
                    Target.none(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "test",
                    null,
                    null))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("id");
  }
}
