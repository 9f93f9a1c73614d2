package kpi.core.measure;

import java.util.Objects;
import kpi.core.catalog.Filter;
import kpi.core.catalog.Params;
import kpi.core.period.Period;

/** One request to a measure: period, record filter and parameters. Immutable. */
public record MeasureQuery(Period period, Filter filter, Params params) {
  public MeasureQuery {
    Objects.requireNonNull(period, "period");
    filter = filter == null ? Filter.none() : filter;
    params = params == null ? Params.none() : params;
  }

  public MeasureQuery withPeriod(Period other) {
    return new MeasureQuery(other, filter, params);
  }

  public MeasureQuery withFilter(Filter other) {
    return new MeasureQuery(period, other, params);
  }
}
